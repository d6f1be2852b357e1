/**
 * Name lookups as libc does them on the lab host: /etc/services,
 * /etc/protocols, /etc/hosts and /etc/networks, read through the lab
 * filesystem. There is no DNS in the lab: a name not in /etc/hosts does not
 * resolve, an address not in it has no name.
 */
import { ETC_NETWORKS } from "../data/etc-base.js";
import type { NameDb } from "./extension.js";
import { parseIpv4 } from "../addr/ipv4.js";
import { accountsFromFiles, type Accounts } from "./accounts.js";
import { keepShape } from "../keep-shape.js";

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
  return new FileNameDb(read);
}

/**
 * A class, not an object of closures: the listing and parsing code keeps
 * one shape of database from command to command, where each command's
 * closures would be new functions for V8 to forget with it (keep-shape.ts).
 * Each file is read and parsed on the first lookup that needs it.
 */
class FileNameDb implements NameDb {
  private services: Service[] | undefined = undefined;
  private protocols: { names: string[]; num: number }[] | undefined = undefined;
  private hosts: { addr: number; names: string[]; v6: boolean }[] | undefined = undefined;
  private networks: { addr: number; name: string }[] | undefined = undefined;
  private readonly accounts: Accounts;

  constructor(private readonly read: ReadFile) {
    this.accounts = accountsFromFiles(read);
  }

  servicePort(name: string, proto: string): number | undefined {
    return this.loadServices().find((s) => s.proto === proto && s.names.includes(name))?.port;
  }

  serviceName(port: number, proto: string): string | undefined {
    return this.loadServices().find((s) => s.proto === proto && s.port === port)?.names[0];
  }

  protoNumber(name: string): number | undefined {
    return this.loadProtocols().find((p) => p.names.includes(name))?.num;
  }

  protoName(num: number): string | undefined {
    return this.loadProtocols().find((p) => p.num === num)?.names[0];
  }

  hostAddrs(name: string): readonly number[] {
    return this.loadHosts().filter((h) => h.names.includes(name)).map((h) => h.addr);
  }

  networkAddr(name: string): number | undefined {
    return this.loadNetworks().find((n) => n.name === name)?.addr;
  }

  hostName(addr: number): string | undefined {
    return this.loadHosts().find((h) => !h.v6 && h.addr === addr)?.names[0] ?? this.loadNetworks().find((n) => n.addr === addr)?.name;
  }

  uid(name: string): number | undefined {
    return this.accounts.uid(name);
  }

  userName(uid: number): string | undefined {
    return this.accounts.userName(uid);
  }

  gid(name: string): number | undefined {
    return this.accounts.gid(name);
  }

  groupName(gid: number): string | undefined {
    return this.accounts.groupName(gid);
  }

  private loadServices(): Service[] {
    return (this.services ??= (this.read("/etc/services") ?? "").split("\n").flatMap((line) => {
      const [name, portProto, ...aliases] = words(line);
      const m = portProto ? /^(\d+)\/(\w+)$/.exec(portProto) : null;
      return name && m ? [{ names: [name, ...aliases], port: Number(m[1]), proto: m[2]! }] : [];
    }));
  }

  private loadProtocols(): { names: string[]; num: number }[] {
    return (this.protocols ??= (this.read("/etc/protocols") ?? "").split("\n").flatMap((line) => {
      const [name, num, ...aliases] = words(line);
      return name && num && /^\d+$/.test(num) ? [{ names: [name, ...aliases], num: Number(num) }] : [];
    }));
  }

  /**
   * getaddrinfo(AF_INET) over /etc/hosts with "multi on": every line naming the host counts,
   * and glibc answers the IPv6 loopback line with 127.0.0.1 (so "localhost" is 127.0.0.1 twice).
   */
  private loadHosts(): { addr: number; names: string[]; v6: boolean }[] {
    return (this.hosts ??= (this.read("/etc/hosts") ?? "").split("\n").flatMap((line) => {
      const [addr, ...names] = words(line);
      const value = addr === "::1" ? 0x7f000001 : addr ? parseIpv4(addr) : undefined;
      return value !== undefined && names.length > 0 ? [{ addr: value, names, v6: addr === "::1" }] : [];
    }));
  }

  private loadNetworks(): { addr: number; name: string }[] {
    return (this.networks ??= (this.read("/etc/networks") ?? ETC_NETWORKS).split("\n").flatMap((line) => {
      const [name, addr] = words(line);
      const value = addr ? parseNetworkNumber(addr) : undefined;
      return name && value !== undefined ? [{ addr: value, name }] : [];
    }));
  }
}

keepShape(new FileNameDb(() => undefined));

/** /etc/networks numbers: "169.254.0.0" or the short "169.254". */
function parseNetworkNumber(text: string): number | undefined {
  const parts = text.split(".");
  while (parts.length < 4) parts.push("0");
  return parseIpv4(parts.join("."));
}
