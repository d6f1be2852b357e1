/**
 * What a packet carries of conntrack (skb->_nfct and its ctinfo): the entry,
 * the direction, and whether the packet is NEW, ESTABLISHED or RELATED; or
 * that raw marked it untracked. An entry not yet confirmed lives only here
 * until the packet leaves POSTROUTING or INPUT.
 */
import type { PacketConntrack } from "../netfilter/packet.js";
import type { ConnEntry } from "./types.js";
import type { Direction } from "./table.js";

export type CtInfo = "NEW" | "ESTABLISHED" | "RELATED";

export interface CtAttach {
  readonly kind: "entry";
  /** The namespace whose table holds (or will hold) the entry. */
  readonly ns: string;
  readonly entry: ConnEntry;
  readonly dir: Direction;
  readonly info: CtInfo;
  confirmed: boolean;
}

export type SkbCt = CtAttach | { readonly kind: "untracked" } | undefined;

/** The conntrack view matches read (state, ctstate, conntrack --ctorig*). */
export function packetCtView(ct: SkbCt, nowMs: number): PacketConntrack | undefined {
  if (!ct) return undefined;
  if (ct.kind === "untracked") return { state: "UNTRACKED", direction: "ORIGINAL", status: [], mark: 0 };
  const e = ct.entry;
  const status: PacketConntrack["status"][number][] = [];
  if (e.seenReply) status.push("SEEN_REPLY");
  if (e.assured) status.push("ASSURED");
  if (ct.confirmed) status.push("CONFIRMED");
  const view: PacketConntrack = {
    state: ct.info,
    direction: ct.dir === 0 ? "ORIGINAL" : "REPLY",
    status,
    mark: e.mark,
    original: { src: e.orig.src, dst: e.orig.dst, sport: e.orig.sport, dport: e.orig.dport },
    reply: { src: e.reply.src, dst: e.reply.dst, sport: e.reply.sport, dport: e.reply.dport },
    snat: e.nat.snat === true,
    dnat: e.nat.dnat === true,
    expire: Math.max(0, Math.floor((e.expiresAtMs - nowMs) / 1000)),
  };
  return e.zone ? { ...view, zone: e.zone } : view;
}

/** The state name a trace shows for the packet: NEW, ESTABLISHED, RELATED, INVALID or UNTRACKED. */
export function ctStateName(ct: SkbCt): "NEW" | "ESTABLISHED" | "RELATED" | "INVALID" | "UNTRACKED" {
  if (!ct) return "INVALID";
  return ct.kind === "untracked" ? "UNTRACKED" : ct.info;
}
