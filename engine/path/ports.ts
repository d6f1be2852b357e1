/**
 * Ephemeral ports (net.ipv4.ip_local_port_range, 32768-60999 by default),
 * drawn from the world's generator: connect() takes even ones
 * (__inet_hash_connect since Linux 5.x leaves odd ports to bind(0)), UDP any.
 */
import type { NetNamespace, World } from "../world/types.js";
import { nextInt } from "../world/random.js";
import { portInUse, type SocketProto } from "./sockets.js";

export function localPortRange(ns: NetNamespace): [number, number] {
  const parts = (ns.sysctl["net.ipv4.ip_local_port_range"] ?? "32768\t60999").trim().split(/\s+/).map(Number);
  const lo = parts[0] ?? 32768;
  const hi = parts[1] ?? 60999;
  return Number.isFinite(lo) && Number.isFinite(hi) && lo <= hi ? [lo, hi] : [32768, 60999];
}

export function ephemeralPort(world: World, ns: NetNamespace, proto: SocketProto): number {
  const [lo, hi] = localPortRange(ns);
  for (let i = 0; i < 64; i++) {
    let p = nextInt(world.random, lo, hi);
    if (proto === "tcp") p &= ~1;
    if (p < lo) p += 2;
    if (!portInUse(ns, proto, p)) return p;
  }
  return lo;
}
