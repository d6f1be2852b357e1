/**
 * Name lookups as libc does them on the lab host: /etc/services,
 * /etc/protocols, /etc/hosts and /etc/networks, read through the lab
 * filesystem. There is no DNS in the lab: a name not in /etc/hosts does not
 * resolve, an address not in it has no name.
 */
import { ETC_NETWORKS } from "../data/etc-base.js";
import type { NameDb } from "./extension.js";
import { parseIpv4 } from "../addr/ipv4.js";
import { accountsFromFiles } from "./accounts.js";


/** Reads a file, or undefined when it is missing. */
export type ReadFile = (path: string) => string | undefined;

interface Service {
  names: string[];
  port: number;
  proto: string;
}

function words(line: string): string[] {
  const hash = line.indexOf("#");
  return (hash >= 0 ? line.slice(0, hash) : line).split(/\s+/).filter(Boolean);
}

export function nameDbFromFiles(read: ReadFile): NameDb {
  let services: Service[] | undefined;
  let protocols: { names: string[]; num: number }[] | undefined;
  let hosts: { addr: number; names: string[]; v6: boolean }[] | undefined;
  let networks: { addr: number; name: string }[] | undefined;

  const loadServices = (): Service[] =>
    (services ??= (read("/etc/services") ?? "").split("\n").flatMap((line) => {
      const [name, portProto, ...aliases] = words(line);
      const m = portProto ? /^(\d+)\/(\w+)$/.exec(portProto) : null;
      return name && m ? [{ names: [name, ...aliases], port: Number(m[1]), proto: m[2]! }] : [];
    }));
  const loadProtocols = () =>
    (protocols ??= (read("/etc/protocols") ?? "").split("\n").flatMap((line) => {
      const [name, num, ...aliases] = words(line);
      return name && num && /^\d+$/.test(num) ? [{ names: [name, ...aliases], num: Number(num) }] : [];
    }));
  // getaddrinfo(AF_INET) over /etc/hosts with "multi on": every line naming the host counts,
  // and glibc answers the IPv6 loopback line with 127.0.0.1 (so "localhost" is 127.0.0.1 twice).
  const loadHosts = () =>
    (hosts ??= (read("/etc/hosts") ?? "").split("\n").flatMap((line) => {
      const [addr, ...names] = words(line);
      const value = addr === "::1" ? 0x7f000001 : addr ? parseIpv4(addr) : undefined;
      return value !== undefined && names.length > 0 ? [{ addr: value, names, v6: addr === "::1" }] : [];
    }));
  const loadNetworks = () =>
    (networks ??= (read("/etc/networks") ?? ETC_NETWORKS).split("\n").flatMap((line) => {
      const [name, addr] = words(line);
      const value = addr ? parseNetworkNumber(addr) : undefined;
      return name && value !== undefined ? [{ addr: value, name }] : [];
    }));

  const accounts = accountsFromFiles(read);
  return {
    ...accounts,
    servicePort: (name, proto) => loadServices().find((s) => s.proto === proto && s.names.includes(name))?.port,
    serviceName: (port, proto) => loadServices().find((s) => s.proto === proto && s.port === port)?.names[0],
    protoNumber: (name) => loadProtocols().find((p) => p.names.includes(name))?.num,
    protoName: (num) => loadProtocols().find((p) => p.num === num)?.names[0],
    hostAddrs: (name) => loadHosts().filter((h) => h.names.includes(name)).map((h) => h.addr),
    networkAddr: (name) => loadNetworks().find((n) => n.name === name)?.addr,
    hostName: (addr) => loadHosts().find((h) => !h.v6 && h.addr === addr)?.names[0] ?? loadNetworks().find((n) => n.addr === addr)?.name,
  };
}

/** /etc/networks numbers: "169.254.0.0" or the short "169.254". */
function parseNetworkNumber(text: string): number | undefined {
  const parts = text.split(".");
  while (parts.length < 4) parts.push("0");
  return parseIpv4(parts.join("."));
}
