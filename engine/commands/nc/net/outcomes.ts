/**
 * What the network did with what a tool sent: a TCP connection attempt, a UDP
 * datagram, an ICMP echo request. The packet walk produces these; nc, curl
 * and ping turn them into the real tools' messages. Times are world time.
 */
import type { Socket } from "../../../path/sockets.js";

/** The errno values the socket calls of nc, curl and ping can end with. */
export type Errno =
  | "ECONNREFUSED"
  | "EHOSTUNREACH"
  | "ENETUNREACH"
  | "ENOPROTOOPT"
  | "EACCES"
  | "EPERM"
  | "EINVAL"
  | "ETIMEDOUT"
  | "EADDRNOTAVAIL"
  | "EADDRINUSE"
  | "ENODEV";

/** Where a conversation ended up on the far side. */
export interface Peer {
  /** The namespace id of the socket that answered. */
  readonly ns: string;
  readonly socket: Socket;
}

export type ConnectOutcome =
  /** The handshake completed: the local end's address and port, the server's socket. */
  | {
      readonly kind: "connected";
      readonly local: string;
      readonly localPort: number;
      readonly peer: Peer;
      readonly afterMs: number;
      /** The client's address and port as the server sees them (after any NAT). @default local, localPort */
      readonly seenFrom?: { readonly addr: string; readonly port: number };
    }
  /** connect() failed: RST (ECONNREFUSED), an ICMP error, a failed neighbour lookup, or the route lookup. */
  | { readonly kind: "failed"; readonly errno: Errno; readonly afterMs: number }
  /** Nothing came back: the SYN was dropped or the answer lost. The kernel retransmits until it gives up. */
  | { readonly kind: "unanswered" };

export type DatagramOutcome =
  | { readonly kind: "delivered"; readonly local: string; readonly localPort: number; readonly peer: Peer }
  /** An ICMP error came back; the next send or receive on the connected socket fails with errno. */
  | { readonly kind: "icmp-error"; readonly errno: Errno }
  /** Nothing came back; `localPort` is the port it was sent from. */
  | { readonly kind: "lost"; readonly localPort?: number }
  /** sendto() itself failed (the route lookup). */
  | { readonly kind: "failed"; readonly errno: Errno };

/** An ICMP error as ping prints it: type and code from the header, `from` the sender. */
export interface IcmpError {
  readonly from: string;
  readonly type: number;
  readonly code: number;
}

export type EchoOutcome =
  | { readonly kind: "reply"; readonly from: string; readonly ttl: number; readonly rttMs: number }
  | { readonly kind: "icmp-error"; readonly error: IcmpError; readonly afterMs: number }
  /** The neighbour of the first hop never answered ARP: an error from the sender itself after `afterMs`. */
  | { readonly kind: "neigh-failed"; readonly from: string; readonly afterMs: number }
  | { readonly kind: "lost" };
