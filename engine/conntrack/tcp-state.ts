/**
 * The TCP state machine of nf_conntrack_proto_tcp.c (tcp_conntracks): the
 * next state from the current one, the packet's direction and its flags.
 * Window tracking is not emulated (every in-window check passes, as with
 * nf_conntrack_tcp_be_liberal=1).
 */
import { TCP_FLAG } from "../netfilter/packet.js";
import type { TcpCtState } from "./types.js";

/** "IV": invalid, "IG": ignore (the state stays, the packet passes). */
type Next = TcpCtState | "IV" | "IG";

const ORDER: readonly TcpCtState[] = ["NONE", "SYN_SENT", "SYN_RECV", "ESTABLISHED", "FIN_WAIT", "CLOSE_WAIT", "LAST_ACK", "TIME_WAIT", "CLOSE", "SYN_SENT2"];

const [sNO, sSS, sSR, sES, sFW, sCW, sLA, sTW, sCL, sS2] = ORDER as [TcpCtState, TcpCtState, TcpCtState, TcpCtState, TcpCtState, TcpCtState, TcpCtState, TcpCtState, TcpCtState, TcpCtState];
const sIV = "IV" as const;
const sIG = "IG" as const;

type Row = readonly Next[];
/** [direction][flag index][current state], flag index: syn, synack, fin, ack, rst, none. */
const TABLE: readonly (readonly Row[])[] = [
  [
    /* ORIGINAL  sNO, sSS, sSR, sES, sFW, sCW, sLA, sTW, sCL, sS2 */
    /* syn    */ [sSS, sSS, sIG, sIG, sIG, sIG, sIG, sSS, sSS, sS2],
    /* synack */ [sIV, sIV, sSR, sIV, sIV, sIV, sIV, sIV, sIV, sSR],
    /* fin    */ [sIV, sIV, sFW, sFW, sLA, sLA, sLA, sTW, sCL, sIV],
    /* ack    */ [sES, sIV, sES, sES, sCW, sCW, sTW, sTW, sCL, sIV],
    /* rst    */ [sIV, sCL, sCL, sCL, sCL, sCL, sCL, sCL, sCL, sCL],
    /* none   */ [sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV],
  ],
  [
    /* REPLY     sNO, sSS, sSR, sES, sFW, sCW, sLA, sTW, sCL, sS2 */
    /* syn    */ [sIV, sS2, sIV, sIV, sIV, sIV, sIV, sSS, sIV, sS2],
    /* synack */ [sIV, sSR, sIG, sIG, sIG, sIG, sIG, sIG, sIG, sSR],
    /* fin    */ [sIV, sIV, sFW, sFW, sLA, sLA, sLA, sTW, sCL, sIV],
    /* ack    */ [sIV, sIG, sSR, sES, sCW, sCW, sTW, sTW, sCL, sIG],
    /* rst    */ [sIV, sCL, sCL, sCL, sCL, sCL, sCL, sCL, sCL, sCL],
    /* none   */ [sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV, sIV],
  ],
];

/** get_conntrack_index */
function flagIndex(flags: number): number {
  if (flags & TCP_FLAG.RST) return 4;
  if (flags & TCP_FLAG.SYN) return flags & TCP_FLAG.ACK ? 1 : 0;
  if (flags & TCP_FLAG.FIN) return 2;
  if (flags & TCP_FLAG.ACK) return 3;
  return 5;
}

export function nextTcpState(state: TcpCtState, reply: boolean, flags: number): Next {
  return TABLE[reply ? 1 : 0]![flagIndex(flags)]![ORDER.indexOf(state)]!;
}

/**
 * tcp_new: the state a connection starts in from its first packet, or
 * undefined when that packet cannot start one (a SYN/ACK, FIN or RST alone).
 * With nf_conntrack_tcp_loose=1 (the default) a bare ACK picks up a
 * connection in the middle, as ESTABLISHED.
 */
export function tcpNewState(flags: number, loose: boolean): TcpCtState | undefined {
  const next = nextTcpState("NONE", false, flags);
  if (next === "SYN_SENT") return next;
  if (next === "ESTABLISHED" && loose) return next;
  return undefined;
}

/** The sysctl that holds a state's timeout (net.netfilter.nf_conntrack_tcp_timeout_*). */
export function tcpTimeoutKey(state: TcpCtState): string {
  const name = state === "SYN_SENT2" ? "syn_sent" : state.toLowerCase();
  return `net.netfilter.nf_conntrack_tcp_timeout_${name}`;
}
