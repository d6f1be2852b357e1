/**
 * getaddrinfo() as the lab host does it: a dotted quad as is, otherwise the
 * names of /etc/hosts (there is no name server). IPv6 answers (::1 for
 * localhost) sort before IPv4 ones, as glibc's RFC 3484 sorting puts them.
 */
import { parseIpv4 } from "../../../addr/ipv4.js";

export interface HostAddress {
  readonly family: 4 | 6;
  readonly address: string;
}

/** The addresses of `host`, or undefined when it does not resolve. */
export function resolveHost(host: string, etcHosts: string | undefined): HostAddress[] | undefined {
  if (parseIpv4(host) !== undefined && /^\d+\.\d+\.\d+\.\d+$/.test(host)) return [{ family: 4, address: host }];
  const numeric = inetAton(host);
  if (numeric !== undefined) return [{ family: 4, address: numeric }];
  const wanted = host.toLowerCase();
  const v6: HostAddress[] = [];
  const v4: HostAddress[] = [];
  for (const raw of (etcHosts ?? "").split("\n")) {
    const line = raw.replace(/#.*/, "").trim();
    if (line === "") continue;
    const [address, ...names] = line.split(/\s+/);
    if (!address || !names.some((n) => n.toLowerCase() === wanted)) continue;
    if (address.includes(":")) {
      if (!v6.some((a) => a.address === address)) v6.push({ family: 6, address });
    } else if (parseIpv4(address) !== undefined && !v4.some((a) => a.address === address)) {
      v4.push({ family: 4, address });
    }
  }
  const all = [...v6, ...v4];
  return all.length > 0 ? all : undefined;
}

/**
 * __inet_aton_exact, which getaddrinfo tries first: one to four parts, each
 * decimal, 0x hex or 0 octal, the last filling the bytes left ("10.1" is
 * 10.0.0.1, "127.1" is 127.0.0.1, "0x7f000001" too).
 */
export function inetAton(text: string): string | undefined {
  const parts = text.split(".");
  if (parts.length > 4) return undefined;
  const values: number[] = [];
  for (const part of parts) {
    const m = /^(?:0[xX]([0-9a-fA-F]+)|0([0-7]*)|([1-9][0-9]*))$/.exec(part);
    if (!m) return undefined;
    values.push(m[1] !== undefined ? parseInt(m[1], 16) : m[2] !== undefined ? parseInt(m[2] || "0", 8) : Number(m[3]));
  }
  const last = values.pop()!;
  if (values.some((v) => v > 255) || last >= 2 ** (8 * (4 - values.length))) return undefined;
  const value = values.reduce((acc, v, i) => acc + v * 2 ** (8 * (3 - i)), 0) + last;
  return [24, 16, 8, 0].map((shift) => Math.floor(value / 2 ** shift) % 256).join(".");
}
