/**
 * The sender's own route lookup before anything is sent (ping's connect()
 * probe, the errno a socket call returns when there is no way out), and how
 * long the neighbour layer tries before it gives up on a next hop.
 */
import type { NetNamespace } from "../../../world/types.js";
import { parseIpv4 } from "../../../addr/ipv4.js";
import { fibLookup, routeGet } from "../../../net/route-get.js";
import { typeOf } from "../../../net/fib4.js";
import type { Errno } from "./outcomes.js";

/** ARP gives up after mcast_solicit (3) probes a retrans_time (1 s) apart. */
export const NEIGH_FAIL_MS = 3000;

export interface OutputRoute {
  readonly dev: string;
  readonly gateway?: string;
  readonly src: string;
  /** The destination is this host (or a broadcast it receives). */
  readonly local: boolean;
}

/** ip_route_output_key as connect() meets it: unreachable -> EHOSTUNREACH, prohibit -> EACCES, blackhole -> EINVAL (recorded). */
export function outputRoute(ns: NetNamespace, dst: string, oif?: string): OutputRoute | Errno {
  const daddr = parseIpv4(dst);
  if (daddr === undefined) return "EINVAL";
  const route = fibLookup(ns, daddr, oif ? { oif } : {});
  if (route) {
    const type = typeOf(route);
    if (type === "unreachable") return "EHOSTUNREACH";
    if (type === "prohibit") return "EACCES";
    if (type === "blackhole") return "EINVAL";
  }
  const result = routeGet(ns, dst, oif ? { oif } : {});
  if (typeof result === "string") return result;
  return { dev: result.dev, ...(result.gateway ? { gateway: result.gateway } : {}), src: result.src, local: result.type === "local" || result.type === "broadcast" };
}
