/** `trace --help`: written for a learner. */
export const TRACE_HELP = `Usage: trace [OPTIONS] PROTO DEST[:PORT]

Follow one packet through the lab, hook by hook: which chains it passes, which
rules match it (printed as iptables -S prints them), where NAT rewrites it, what
conntrack makes of it, and where it ends: delivered to a socket, dropped (by
which rule or policy), rejected, or lost for lack of a route. The answer it
provokes (a SYN/ACK, an RST, an ICMP error, an echo reply) is followed too.

PROTO is tcp (a SYN, as connect() sends it), udp (a datagram) or icmp (a ping).

Examples:
  trace tcp 10.0.0.2:80                   a TCP connection attempt from here
  trace --from alice tcp 203.0.113.1:8080  from the machine "alice"
  trace --from lab udp 8.8.8.8:53          a DNS-sized datagram from the lab host
  trace icmp 10.0.0.2                      a ping

Options:
  --from NS      send from another machine or namespace (its name, its
                 \`ip netns\` name or its hostname); default: where you are
  --src ADDR     the source address (default: the one the route picks)
  --sport PORT   the source port (default: a random ephemeral port)
  --bytes N      bytes of payload for udp (default 0)
  --ttl N        the IP TTL for icmp (default 64)
  --all          show every packet of the exchange (for tcp, the last ACK too)
  --send         really send it: counters, conntrack and the kernel log change
                 as they would. Without it the trace is a dry run on a copy of
                 the lab and nothing changes.
  -h, --help     show this help
`;
