/**
 * A world spec is the small description a scenario (or the default lab)
 * gives; createWorld turns it into a full World. Same spec, same world.
 */
import { DEFAULT_EPOCH_MS } from "./clock.js";
import { nextUint32, seedRandom, type RandomState } from "./random.js";
import { WORLD_VERSION, type IptablesBackend, type Link, type NetNamespace, type World } from "./types.js";
import { etcHosts, labHostFiles, namespaceSysctls } from "./defaults.js";
import { broadcastOf, formatIpv4, networkOf, parseCidr } from "../addr/ipv4.js";
import { emptyNetfilter } from "../netfilter/types.js";

export interface WorldSpec {
  /** Seed of the world's random generator. @default 1 */
  seed?: number;
  /** The world clock at start, in ms since the epoch. @default 2024-01-01T00:00:00Z */
  startTimeMs?: number;
  /** @default "nf_tables" */
  backend?: IptablesBackend;
  /** The lab host's name. @default "lab" */
  hostname?: string;
  /** The lab host's uplink. @default { address: "10.0.2.15/24", gateway: "10.0.2.2" } */
  eth0?: { address: string; gateway?: string };
}

export const LAB_HOST = "lab";

export function createWorld(spec: WorldSpec = {}): World {
  const nowMs = spec.startTimeMs ?? DEFAULT_EPOCH_MS;
  const random = seedRandom(spec.seed ?? 1);
  const hostname = spec.hostname ?? "lab";
  const eth0 = spec.eth0 ?? { address: "10.0.2.15/24", gateway: "10.0.2.2" };
  const host = newNamespace(LAB_HOST, "host", hostname);
  addLoopback(host);
  const uplink = addEthernet(host, "eth0", random);
  const cidr = parseCidr(eth0.address);
  if (!cidr) throw new RangeError(`eth0 address "${eth0.address}" is not an IPv4 address with a prefix`);
  uplink.addrs.push({
    family: 4,
    address: formatIpv4(cidr.address),
    prefixLen: cidr.prefixLen,
    broadcast: formatIpv4(broadcastOf(cidr.address, cidr.prefixLen)),
    scope: "global",
  });
  if (eth0.gateway) host.routes.push({ dst: "default", via: eth0.gateway, dev: "eth0" });
  host.routes.push({
    dst: `${formatIpv4(networkOf(cidr.address, cidr.prefixLen))}/${cidr.prefixLen}`,
    dev: "eth0",
    proto: "kernel",
    scope: "link",
    src: formatIpv4(cidr.address),
  });
  return {
    version: WORLD_VERSION,
    clock: { nowMs },
    random,
    backend: spec.backend ?? "nf_tables",
    namespaces: { [LAB_HOST]: host },
    files: labHostFiles(hostname, nowMs, etcHosts(hostname, formatIpv4(cidr.address))),
    processes: { nextPid: 1000 + (nextUint32(random) % 2000), jobs: [] },
  };
}

export function newNamespace(id: string, kind: NetNamespace["kind"], hostname: string): NetNamespace {
  return {
    id,
    kind,
    hostname,
    links: [],
    nextIfindex: 1,
    routes: [],
    sysctl: namespaceSysctls([]),
    netfilter: emptyNetfilter(),
  };
}

function addLink(ns: NetNamespace, link: Omit<Link, "ifindex">): Link {
  const full: Link = { ifindex: ns.nextIfindex++, ...link };
  ns.links.push(full);
  Object.assign(ns.sysctl, namespaceSysctls([link.name]));
  return full;
}

export function addLoopback(ns: NetNamespace): Link {
  return addLink(ns, {
    name: "lo",
    kind: "loopback",
    mac: "00:00:00:00:00:00",
    mtu: 65536,
    up: true,
    addrs: [{ family: 4, address: "127.0.0.1", prefixLen: 8, scope: "host" }],
  });
}

export function addEthernet(ns: NetNamespace, name: string, random: RandomState): Link {
  return addLink(ns, { name, kind: "ether", mac: randomMac(random, "52:54:00"), mtu: 1500, up: true, addrs: [] });
}

/** A MAC with the given OUI, or a locally administered unicast one. */
export function randomMac(random: RandomState, oui?: string): string {
  const bytes = [nextUint32(random) & 255, nextUint32(random) & 255, nextUint32(random) & 255];
  const tail = bytes.map((b) => b.toString(16).padStart(2, "0")).join(":");
  if (oui) return `${oui}:${tail}`;
  const head = [(nextUint32(random) & 0xfc) | 0x02, nextUint32(random) & 255, nextUint32(random) & 255];
  return `${head.map((b) => b.toString(16).padStart(2, "0")).join(":")}:${tail}`;
}
