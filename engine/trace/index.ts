/**
 * trace — a packet's path as data (types.ts) and its printers: the lab's
 * trace view, the kernel log (LOG, legacy TRACE) and dmesg's ring buffer,
 * nf_tables trace events as xtables-monitor and nft monitor print them.
 * Printers only format; the walk decides what happened.
 */
export {};
