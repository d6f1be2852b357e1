/**
 * The packet in flight and what the stack keeps beside it (struct sk_buff's
 * fields beyond the headers): its conntrack, a zone or NOTRACK asked for in
 * raw, the nf_trace id, the REJECT answer asked for, the output route.
 */
import { canon, type WirePacket } from "../packet/wire.js";
import type { SkbCt } from "../conntrack/attach.js";
import type { CRule, CTable } from "./compile.js";
import type { OutRoute } from "./route.js";

export interface Skb {
  p: WirePacket;
  ct: SkbCt;
  /** CT --zone from the raw table, for the entry conntrack creates. */
  zone?: number;
  /** The nf_trace id, once TRACE marked the packet. */
  traceId?: number;
  /** REJECT asked for an answer (the packet itself is dropped). */
  reject?: { readonly with: string; readonly table: CTable; readonly rule: CRule };
  /** The output route (POSTROUTING's MASQUERADE needs its next hop). */
  route?: OutRoute;
  /** The link the sending socket is bound to (sk_bound_dev_if: SO_BINDTODEVICE, ping -I). */
  oif?: string;
}

export function newSkb(p: WirePacket, ct?: SkbCt): Skb {
  return { p: canon(p), ct };
}

/** skb_scrub_packet(skb, xnet) and skb_orphan: crossing a link forgets the socket, conntrack and nf_trace; another namespace, the mark too. */
export function scrub(skb: Skb, xnet: boolean): void {
  skb.ct = undefined;
  skb.zone = undefined;
  skb.traceId = undefined;
  skb.reject = undefined;
  skb.route = undefined;
  skb.p = { ...skb.p, ct: undefined, trace: undefined, socket: undefined, physIn: undefined, physOut: undefined, bridged: undefined, inIface: undefined, outIface: undefined, ...(xnet ? { mark: 0 } : {}) };
}
