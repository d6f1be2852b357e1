/**
 * packet — a packet on the wire as a value (wire.ts): the header fields
 * netfilter reads plus what logs and traces print, with Linux's sizes.
 */
export {};
