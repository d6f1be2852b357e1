/**
 * A packet for this host after INPUT, handed to its protocol: TCP and UDP
 * find their socket (or answer RST / ICMP port unreachable), ICMP echo
 * requests are answered by the kernel, ICMP errors and echo replies go to
 * whoever waits for them, other protocols get ICMP protocol unreachable.
 */
import type { NetNamespace } from "../world/types.js";
import type { PacketEnd } from "../trace/types.js";
import { TCP_FLAG } from "../netfilter/packet.js";
import { closeSocket, lookupSocket, socketAlive, socketsOf, type Socket } from "./sockets.js";
import { formatIpv4 } from "../addr/ipv4.js";
import type { Skb } from "./skb.js";
import type { Walk } from "./walk.js";
import { echoReply, icmpError, tcpReset } from "./answers.js";
import { relatedTo } from "./output.js";
import { isBroadcastAddr, isMulticastAddr } from "./addresses.js";
import { KERNEL_SOCKET, synAck } from "./segments.js";

function owner(s: Socket): string | undefined {
  const o = s.owner;
  if (!o) return undefined;
  const parts = [o.command, o.pid !== undefined ? `pid ${o.pid}` : undefined, o.jobId !== undefined ? `job %${o.jobId}` : undefined].filter(Boolean);
  return parts.length ? parts.join(", ") : undefined;
}

function socketEnd(ns: NetNamespace, s: Socket): PacketEnd {
  const o = owner(s);
  return { kind: "socket", ns: ns.id, proto: s.proto, local: s.local, port: s.localPort, ...(o ? { owner: o } : {}) };
}

export function localDeliver(w: Walk, ns: NetNamespace, skb: Skb): PacketEnd {
  const p = skb.p;
  const world = w.world;
  switch (p.proto) {
    case 6: {
      const s = lookupSocket(world, ns, "tcp", p.dst, p.dport ?? 0, p.src, p.sport ?? 0);
      const f = p.tcpFlags ?? 0;
      if (s && s.state === "LISTEN" && (f & (TCP_FLAG.SYN | TCP_FLAG.ACK | TCP_FLAG.RST)) === TCP_FLAG.SYN) {
        // tcp_v4_conn_request: the listener answers the SYN with a SYN/ACK and keeps a request socket.
        w.generated.push({ ns: ns.id, packet: synAck(world, ns, p), by: "tcp_v4_conn_request (SYN/ACK)" });
        const req: Socket = { proto: "tcp", local: formatIpv4(p.dst), localPort: p.dport ?? 0, remote: formatIpv4(p.src), remotePort: p.sport ?? 0, state: "SYN_RECV" };
        if (s.owner) req.owner = s.owner;
        if (s.replyBytes !== undefined) req.replyBytes = s.replyBytes;
        if (s.sends !== undefined) req.sends = s.sends;
        socketsOf(ns).push(req);
        return socketEnd(ns, s);
      }
      if (s && s.state === "SYN_RECV" && f & TCP_FLAG.RST) {
        closeSocket(ns, s);
        return socketEnd(ns, s);
      }
      if (s && s.state === "SYN_RECV" && f & TCP_FLAG.ACK) {
        // The handshake's last ACK turns the request socket into an accepted connection.
        s.state = "ESTABLISHED";
        closeOnceListener(w, ns, s);
        return socketEnd(ns, s);
      }
      if (s && s.state !== "LISTEN") return socketEnd(ns, s);
      if (f & TCP_FLAG.RST) return { kind: "stack", ns: ns.id, answer: "none", text: "an RST for no connection: discarded" };
      const rst = tcpReset(ns, p);
      if (rst) w.generated.push({ ns: ns.id, packet: { ...rst, socket: KERNEL_SOCKET }, by: "tcp_v4_send_reset" });
      return { kind: "stack", ns: ns.id, answer: "rst", text: s ? "a segment for no connection of the listener: answered with RST" : `nothing listens on TCP port ${p.dport}: answered with RST` };
    }
    case 17: {
      const s = lookupSocket(world, ns, "udp", p.dst, p.dport ?? 0, p.src, p.sport ?? 0);
      if (s) return socketEnd(ns, s);
      if (isBroadcastAddr(ns, p.dst) || isMulticastAddr(p.dst)) return { kind: "stack", ns: ns.id, answer: "none", text: "a broadcast nobody listens for: discarded" };
      const err = icmpError(world, ns, p, 3, 3, p.dst);
      if (err) w.generated.push({ ns: ns.id, packet: err, by: "__udp4_lib_rcv (icmp_send port-unreachable)", ...ctOf(skb) });
      return { kind: "stack", ns: ns.id, answer: "port-unreachable", text: `nothing listens on UDP port ${p.dport}: answered with ICMP port unreachable` };
    }
    case 1: {
      const type = p.icmpType ?? 0;
      if (type === 8) {
        if ((ns.sysctl["net.ipv4.icmp_echo_ignore_all"] ?? "0").trim() === "1") return { kind: "stack", ns: ns.id, answer: "none", text: "echo request ignored (net.ipv4.icmp_echo_ignore_all=1)" };
        w.generated.push({ ns: ns.id, packet: echoReply(world, ns, p), by: "icmp_echo" });
        return { kind: "stack", ns: ns.id, answer: "echo-reply", text: "the kernel answers the echo request" };
      }
      return { kind: "stack", ns: ns.id, answer: "none", text: type === 0 ? "an echo reply, for the ping that waits for it" : "an ICMP error, for the socket it is about" };
    }
    default: {
      const err = icmpError(world, ns, p, 3, 2, p.dst);
      if (err) w.generated.push({ ns: ns.id, packet: err, by: "ip_local_deliver_finish (icmp_send protocol-unreachable)", ...ctOf(skb) });
      return { kind: "stack", ns: ns.id, answer: "proto-unreachable", text: `no handler for IP protocol ${p.proto}: answered with ICMP protocol unreachable` };
    }
  }
}

/** A one-shot listener (nc -l without -k) stops listening once it accepted a connection. */
function closeOnceListener(w: Walk, ns: NetNamespace, conn: Socket): void {
  const listener = socketsOf(ns).find((l) => l.state === "LISTEN" && l.once && l.proto === "tcp" && l.localPort === conn.localPort && (l.local === "0.0.0.0" || l.local === conn.local) && l.owner === conn.owner);
  if (listener && socketAlive(w.world, listener)) closeSocket(ns, listener);
}

function ctOf(skb: Skb): { ct?: ReturnType<typeof relatedTo> } {
  const ct = relatedTo(skb);
  return ct ? { ct } : {};
}
