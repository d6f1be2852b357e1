/**
 * nc's port operand: a number, a range "20-23", or a service name from
 * /etc/services (build_ports in netcat.c), with its error messages.
 */
import type { NameDb } from "../../netfilter/extension.js";

export type PortList = { ok: true; ports: number[] } | { ok: false; error: string };

function onePort(text: string, proto: string, names: NameDb): number | string {
  if (/^\d+$/.test(text)) {
    const n = Number(text);
    if (n > 65535) return `nc: port number too large: ${text}\n`;
    if (n < 1) return `nc: port number too small: ${text}\n`;
    return n;
  }
  const byName = names.servicePort(text, proto);
  return byName ?? `nc: port number invalid: ${text}\n`;
}

export function parsePorts(text: string, proto: "tcp" | "udp", names: NameDb): PortList {
  const range = /^([^-]+)-([^-]+)$/.exec(text);
  if (range) {
    const lo = onePort(range[1]!, proto, names);
    if (typeof lo === "string") return { ok: false, error: lo };
    const hi = onePort(range[2]!, proto, names);
    if (typeof hi === "string") return { ok: false, error: hi };
    const [a, b] = lo <= hi ? [lo, hi] : [hi, lo];
    return { ok: true, ports: Array.from({ length: b - a + 1 }, (_, i) => a + i) };
  }
  const port = onePort(text, proto, names);
  return typeof port === "string" ? { ok: false, error: port } : { ok: true, ports: [port] };
}
