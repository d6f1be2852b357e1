/**
 * engine — the emulated world of nflab: addresses, links, routes, netfilter,
 * conntrack, the lab shell and every command it runs.
 *
 * It is pure: no React, no Node I/O, no processes, no sockets, no real clock
 * and no Math.random. Time and randomness come from the world itself.
 */
export {};
