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
