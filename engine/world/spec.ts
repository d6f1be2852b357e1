/**
 * A world spec is the small description a scenario (or the default lab)
 * gives; createWorld turns it into a full World. Same spec, same world.
 */
import { DEFAULT_EPOCH_MS } from "./clock.js";
import { nextUint32, seedRandom, type RandomState } from "./random.js";
import { WORLD_VERSION, type IptablesBackend, type World } from "./types.js";
import { etcHosts, labHostFiles } from "./defaults.js";
import { formatIpv4, parseCidr } from "../addr/ipv4.js";
import { createNamespace } from "../net/netns.js";
import { registerLink } from "../net/link-ops.js";
import { devOpen } from "../net/device.js";
import { insertIfaddr } from "../net/inet4.js";
import { insertRoute } from "../net/fib4.js";
import { settleLinkwatch } from "../net/linkwatch.js";
import { formatBroadcast } from "../net/inet4.js";

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
  /**
   * A bare lab host, as a fresh `unshare -n` namespace: only lo, down, no
   * eth0, no routes (the ip conformance cases start from this). @default false
   */
  bare?: boolean;
  /** Kernel modules loaded at start ("br_netfilter" adds the net.bridge.* sysctls). @default [] */
  modules?: string[];
}

export const LAB_HOST = "lab";

export function createWorld(spec: WorldSpec = {}): World {
  const nowMs = spec.startTimeMs ?? DEFAULT_EPOCH_MS;
  const random = seedRandom(spec.seed ?? 1);
  const hostname = spec.hostname ?? "lab";
  const eth0 = spec.eth0 ?? { address: "10.0.2.15/24", gateway: "10.0.2.2" };
  const cidr = parseCidr(eth0.address);
  if (!cidr) throw new RangeError(`eth0 address "${eth0.address}" is not an IPv4 address with a prefix`);
  const world: World = {
    version: WORLD_VERSION,
    clock: { nowMs },
    random,
    backend: spec.backend ?? "nf_tables",
    namespaces: {},
    files: labHostFiles(hostname, nowMs, etcHosts(hostname, formatIpv4(cidr.address))),
    processes: { nextPid: 0, jobs: [] },
  };
  if (spec.modules && spec.modules.length > 0) world.modules = [...spec.modules];
  const host = createNamespace(world, LAB_HOST, "host", hostname);
  const ethMac = randomMac(random, "52:54:00");
  world.processes.nextPid = 1000 + (nextUint32(random) % 2000);
  if (spec.bare) return world;
  devOpen(world, host, host.links[0]!);
  const uplink = registerLink(world, host, "ether", { name: "eth0", mac: ethMac });
  if (typeof uplink === "string") throw new Error(`cannot make eth0: ${uplink}`);
  uplink.operstate = "UP";
  devOpen(world, host, uplink);
  const address = formatIpv4(cidr.address);
  insertIfaddr(host, uplink, {
    family: 4,
    address,
    prefixLen: cidr.prefixLen,
    broadcast: formatBroadcast(address, cidr.prefixLen),
    scope: "global",
  });
  if (eth0.gateway) insertRoute(host, { dst: "default", via: eth0.gateway, dev: "eth0" }, "add");
  settleLinkwatch(world);
  // The lab host has been up for a while: duplicate address detection is long over.
  for (const link of host.links) for (const a of link.inet6 ?? []) delete a.dadUntilMs;
  return world;
}

/** A MAC with the given OUI, or a locally administered unicast one. */
export function randomMac(random: RandomState, oui?: string): string {
  const bytes = [nextUint32(random) & 255, nextUint32(random) & 255, nextUint32(random) & 255];
  const tail = bytes.map((b) => b.toString(16).padStart(2, "0")).join(":");
  if (oui) return `${oui}:${tail}`;
  const head = [(nextUint32(random) & 0xfc) | 0x02, nextUint32(random) & 255, nextUint32(random) & 255];
  return `${head.map((b) => b.toString(16).padStart(2, "0")).join(":")}:${tail}`;
}
