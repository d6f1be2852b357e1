/**
 * ss's state filter (iproute2 6.1 ss.c): a set of TCP states. Without -a or
 * -l ss shows SS_CONN (neither LISTEN, CLOSE, TIME-WAIT nor SYN-RECV); -l
 * LISTEN and CLOSE (unconnected UDP); -a all. `state NAME` clears that
 * default the first time and adds a state or a group of them.
 */
import type { SocketState } from "../../path/sockets.js";

/** The lab's socket states, as ss's SS_* states (UNCONN is CLOSE). */
export type SsState = "ESTABLISHED" | "SYN-SENT" | "SYN-RECV" | "FIN-WAIT-1" | "FIN-WAIT-2" | "TIME-WAIT" | "CLOSE" | "CLOSE-WAIT" | "LAST-ACK" | "LISTEN" | "CLOSING";

export const ALL: readonly SsState[] = ["ESTABLISHED", "SYN-SENT", "SYN-RECV", "FIN-WAIT-1", "FIN-WAIT-2", "TIME-WAIT", "CLOSE", "CLOSE-WAIT", "LAST-ACK", "LISTEN", "CLOSING"];
export const SS_CONN: readonly SsState[] = ALL.filter((s) => !["LISTEN", "CLOSE", "TIME-WAIT", "SYN-RECV"].includes(s));
const BUCKET: readonly SsState[] = ["SYN-RECV", "TIME-WAIT"];

/** sstate_name2num and the group names ss accepts after `state` (and `exclude`). */
const NAMES: Readonly<Record<string, readonly SsState[]>> = {
  all: ALL,
  connected: SS_CONN,
  synchronized: SS_CONN.filter((s) => s !== "SYN-SENT"),
  bucket: BUCKET,
  big: ALL.filter((s) => !BUCKET.includes(s)),
  established: ["ESTABLISHED"],
  "syn-sent": ["SYN-SENT"],
  "syn-recv": ["SYN-RECV"],
  "fin-wait-1": ["FIN-WAIT-1"],
  "fin-wait-2": ["FIN-WAIT-2"],
  "time-wait": ["TIME-WAIT"],
  closed: ["CLOSE"],
  "close-wait": ["CLOSE-WAIT"],
  "last-ack": ["LAST-ACK"],
  listening: ["LISTEN"],
  listen: ["LISTEN"],
  closing: ["CLOSING"],
};

export function stateNamed(name: string): readonly SsState[] | undefined {
  return NAMES[name];
}

export function ssStateOf(s: SocketState): SsState {
  switch (s) {
    case "ESTABLISHED":
      return "ESTABLISHED";
    case "UNCONN":
      return "CLOSE";
    case "SYN_SENT":
      return "SYN-SENT";
    case "SYN_RECV":
      return "SYN-RECV";
    case "CLOSE_WAIT":
      return "CLOSE-WAIT";
    case "FIN_WAIT1":
      return "FIN-WAIT-1";
    case "TIME_WAIT":
      return "TIME-WAIT";
    case "LISTEN":
      return "LISTEN";
  }
}
