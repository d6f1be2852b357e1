/**
 * path — the packet walk: a packet from a socket or the kernel through
 * OUTPUT, routing, POSTROUTING, links (veth, bridges, lo, the internet), and
 * on the other side PREROUTING, routing, INPUT or FORWARD, to a socket, a
 * drop or an answer; both rule sets at every hook in priority order. The
 * entry points are tcp.ts, udp.ts, ping.ts (and network.ts for the tools);
 * send.ts walks single packets. It changes the world it is given only as
 * the kernel would (counters, conntrack, neighbours, logs).
 */
export {};
