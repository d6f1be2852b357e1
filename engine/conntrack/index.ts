/**
 * conntrack — connection tracking as net/netfilter/nf_conntrack_* does it:
 * tuples, the TCP state machine, timeouts from the world clock, the table of
 * a namespace, NAT bindings on its entries, and conntrack(8)'s line format.
 * It knows packets and namespaces only; the hooks that call it are engine/path.
 */
export {};
