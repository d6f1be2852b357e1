/**
 * Writing a sysctl of a namespace as the kernel's proc handlers take it:
 * integers must parse (proc_dointvec), and some keys change others —
 * net.ipv4.ip_forward and conf.all.forwarding are one switch that also sets
 * every link's and the default's forwarding (inet_forward_change), and
 * net.ipv6.conf.all.forwarding does the same for IPv6.
 */
import type { NetNamespace } from "../world/types.js";

export type SysctlWriteError = "ENOENT" | "EINVAL";

const INT_MIN = -(2n ** 31n);
const INT_MAX = 2n ** 31n - 1n;
const LONG_MIN = -(2n ** 63n);
const ULONG_MAX = 2n ** 64n - 1n;

const CONGESTION_CONTROLS = new Set(["reno", "cubic"]);

/** The value the kernel stores for a write, or why it refuses it. */
function parseValue(key: string, current: string, text: string): string | SysctlWriteError {
  if (key.endsWith(".tcp_congestion_control")) {
    const name = text.trim();
    return CONGESTION_CONTROLS.has(name) ? name : "ENOENT";
  }
  const fields = current.split("\t");
  if (!fields.every((f) => /^-?\d+$/.test(f))) return text.replace(/\n$/, "");
  const [min, max] = fields.every((f) => BigInt(f) >= INT_MIN && BigInt(f) <= INT_MAX) ? [INT_MIN, INT_MAX] : [LONG_MIN, ULONG_MAX];
  const values: string[] = [];
  let rest = text;
  while (values.length < fields.length) {
    const m = /^\s*(-?\d+)/.exec(rest);
    if (!m) break;
    const value = BigInt(m[1]!);
    // do_proc_dointvec_conv: a number past the int (or, for a long, past strtoul) is EINVAL.
    if (value < min || value > max) return "EINVAL";
    values.push(String(value));
    rest = rest.slice(m[0].length);
  }
  if (values.length === 0) return "EINVAL";
  return [...values, ...fields.slice(values.length)].join("\t");
}

function setForwarding(ns: NetNamespace, family: "ipv4" | "ipv6", on: string): void {
  for (const key of Object.keys(ns.sysctl)) {
    if (key.startsWith(`net.${family}.conf.`) && key.endsWith(".forwarding")) ns.sysctl[key] = on;
  }
  if (family === "ipv4") {
    ns.sysctl["net.ipv4.ip_forward"] = on;
    ns.sysctl["net.ipv4.conf.all.accept_redirects"] = on === "0" ? "1" : "0";
  }
}

export function writeSysctl(ns: NetNamespace, key: string, text: string): SysctlWriteError | undefined {
  const current = ns.sysctl[key];
  if (current === undefined) return "ENOENT";
  const value = parseValue(key, current, text);
  if (value === "ENOENT" || value === "EINVAL") return value;
  if (key === "net.ipv4.ip_forward" || key === "net.ipv4.conf.all.forwarding") setForwarding(ns, "ipv4", value === "0" ? "0" : "1");
  else if (key === "net.ipv6.conf.all.forwarding") setForwarding(ns, "ipv6", value === "0" ? "0" : "1");
  else ns.sysctl[key] = value;
  return undefined;
}
