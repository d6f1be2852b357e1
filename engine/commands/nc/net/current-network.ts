/**
 * The Network the packet tools send through: the packet walk of engine/path,
 * which takes every packet through routing, netfilter and conntrack, and
 * carries data and the close over an open connection. The walk already sends
 * what a server writes on accept (`sends`), so the exchange adds only the
 * client's bytes.
 */
import type { World } from "../../../world/types.js";
import { walkNetwork } from "../../../path/network.js";
import { socketAlive, socketsOf } from "../../../path/sockets.js";
import { formatIpv4 } from "../../../addr/ipv4.js";
import { tcpClose, tcpSend, type TcpConnection } from "../../../path/tcp.js";
import type { Network } from "./network.js";
import type { ConnectOutcome, Peer } from "./outcomes.js";

/** The server's socket for the connection: the accepted one (it carries the listener's owner and what it sends). */
function acceptedOf(world: World, c: TcpConnection): Peer | undefined {
  const ns = world.namespaces[c.serverNs];
  if (!ns) return undefined;
  const [local, remote] = [formatIpv4(c.server.src), formatIpv4(c.server.dst)];
  const socket = socketsOf(ns).find(
    (s) => s.proto === "tcp" && s.localPort === c.server.sport && s.remote === remote && s.remotePort === c.server.dport && (s.local === local || s.local === "0.0.0.0") && socketAlive(world, s),
  );
  return socket ? { ns: c.serverNs, socket } : undefined;
}

export const NETWORK: Network = {
  connectTcp(world, ns, req): ConnectOutcome {
    const o = walkNetwork.connectTcp(world, ns, req);
    if (o.kind !== "connected") return o;
    const peer = acceptedOf(world, o.connection) ?? o.peer;
    const seenFrom = { addr: formatIpv4(o.connection.server.dst), port: o.connection.server.dport };
    if (peer) return { ...o, peer, seenFrom };
    throw new Error(`the walk connected to ${req.dst}:${req.dport} but no listener took it`);
  },
  sendUdp: (world, ns, req) => walkNetwork.sendUdp(world, ns, req),
  echo: (world, ns, req) => walkNetwork.echo(world, ns, req),
  converse(world, opened, exchange) {
    const connection = (opened as { connection?: TcpConnection }).connection;
    if (!connection || !connection.open) return;
    if (exchange.clientBytes > 0) tcpSend(world, connection, { from: "client", bytes: exchange.clientBytes, trace: false });
    tcpClose(world, connection, exchange.closer, false);
  },
};
