/**
 * The Network of routing alone: a SYN that reaches a namespace finds a
 * listener (connected) or not (RST: ECONNREFUSED), a datagram finds a bound
 * socket or draws ICMP port unreachable, an echo request draws a reply; the
 * answer must find its own way back. Netfilter is not consulted here.
 */
import type { NetNamespace, World } from "../../../world/types.js";
import { parseIpv4 } from "../../../addr/ipv4.js";
import { lookupSocket } from "../../../path/sockets.js";
import { unreachErrno } from "./errno.js";
import type { ConnectOutcome, DatagramOutcome, EchoOutcome, Errno } from "./outcomes.js";
import type { ConnectRequest, EchoRequest, Network } from "./network.js";
import { ephemeralPort } from "./ephemeral-port.js";
import { NEIGH_FAIL_MS, outputRoute, travel, type Travel } from "./travel.js";

/** Whether an answer sent from `at` (as `from`) to `to` reaches `home`. */
function answerReaches(world: World, at: NetNamespace, from: string, to: string, home: NetNamespace): Travel | undefined {
  const back = travel(world, at, { src: from, dst: to });
  return back.kind === "arrived" && back.ns === home ? back : undefined;
}

function sourceFor(ns: NetNamespace, req: { dst: string; src?: string; oif?: string }): string | Errno {
  const route = outputRoute(ns, req.dst, req.oif);
  if (typeof route === "string") return route;
  return req.src ?? route.src;
}

function errorFromTravel(t: Travel): { errno: Errno; afterMs: number } | undefined {
  if (t.kind === "local-error") return { errno: t.errno, afterMs: 0 };
  if (t.kind === "neigh-failed") return { errno: "EHOSTUNREACH", afterMs: NEIGH_FAIL_MS };
  if (t.kind === "icmp") return { errno: t.error.type === 3 ? unreachErrno(t.error.code) : "EHOSTUNREACH", afterMs: t.afterMs };
  return undefined;
}

export const directNetwork: Network = {
  connectTcp(world, ns, req): ConnectOutcome {
    const src = sourceFor(ns, req);
    if (parseIpv4(src) === undefined) return { kind: "failed", errno: src as Errno, afterMs: 0 };
    const there = travel(world, ns, { src, dst: req.dst });
    const error = errorFromTravel(there);
    if (error) return { kind: "failed", ...error };
    if (there.kind !== "arrived") return { kind: "unanswered" };
    const sport = req.sport ?? ephemeralPort(world, ns, "tcp");
    if (!answerReaches(world, there.ns, req.dst, src, ns)) return { kind: "unanswered" };
    const socket = lookupSocket(world, there.ns, "tcp", parseIpv4(req.dst)!, req.dport, parseIpv4(src)!, sport);
    if (!socket || socket.state !== "LISTEN") return { kind: "failed", errno: "ECONNREFUSED", afterMs: 0 };
    return { kind: "connected", local: src, localPort: sport, peer: { ns: there.ns.id, socket }, afterMs: 0 };
  },

  sendUdp(world, ns, req): DatagramOutcome {
    const src = sourceFor(ns, req);
    if (parseIpv4(src) === undefined) return { kind: "failed", errno: src as Errno };
    const there = travel(world, ns, { src, dst: req.dst });
    const error = errorFromTravel(there);
    if (error) return there.kind === "local-error" ? { kind: "failed", errno: error.errno } : { kind: "icmp-error", errno: error.errno };
    if (there.kind !== "arrived") return { kind: "lost" };
    const sport = req.sport ?? ephemeralPort(world, ns, "udp");
    const socket = lookupSocket(world, there.ns, "udp", parseIpv4(req.dst)!, req.dport, parseIpv4(src)!, sport);
    if (socket) return { kind: "delivered", local: src, localPort: sport, peer: { ns: there.ns.id, socket } };
    return answerReaches(world, there.ns, req.dst, src, ns) ? { kind: "icmp-error", errno: "ECONNREFUSED" } : { kind: "lost" };
  },

  echo(world, ns, req: EchoRequest): EchoOutcome {
    const src = sourceFor(ns, req);
    if (parseIpv4(src) === undefined) return { kind: "lost" };
    const there = travel(world, ns, { src, dst: req.dst, ...(req.oif ? { oif: req.oif } : {}), ...(req.ttl ? { ttl: req.ttl } : {}) });
    if (there.kind === "neigh-failed") return { kind: "neigh-failed", from: src, afterMs: NEIGH_FAIL_MS };
    if (there.kind === "icmp") {
      const back = answerReaches(world, there.router, there.error.from, src, ns);
      return back ? { kind: "icmp-error", error: there.error, afterMs: there.afterMs } : { kind: "lost" };
    }
    if (there.kind !== "arrived") return { kind: "lost" };
    if (there.ns.sysctl["net.ipv4.icmp_echo_ignore_all"] === "1") return { kind: "lost" };
    const back = there.ns === ns ? there : answerReaches(world, there.ns, req.dst, src, ns);
    if (!back || back.kind !== "arrived") return { kind: "lost" };
    return { kind: "reply", from: req.dst, ttl: back.ttl, rttMs: 0.05 };
  },

  converse() {
    // No packets are walked here, so nothing is counted or tracked.
  },
};
