/**
 * A local port for a socket that did not bind one: random within
 * net.ipv4.ip_local_port_range (inet_hash_connect), skipping ports in use.
 */
import type { NetNamespace, World } from "../../../world/types.js";
import { nextInt } from "../../../world/random.js";
import { portInUse, type SocketProto } from "../../../path/sockets.js";

export function ephemeralPort(world: World, ns: NetNamespace, proto: SocketProto): number {
  const [low, high] = (ns.sysctl["net.ipv4.ip_local_port_range"] ?? "32768\t60999").split(/\s+/).map(Number);
  const lo = Number.isFinite(low) ? low! : 32768;
  const hi = Number.isFinite(high) ? high! : 60999;
  for (let tries = 0; tries < 64; tries++) {
    const port = nextInt(world.random, lo, hi);
    if (!portInUse(ns, proto, port)) return port;
  }
  return lo;
}
