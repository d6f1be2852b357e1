/**
 * Walking packets: one packet from a namespace's stack to wherever it ends,
 * with its trace; and the kernel's answers it provoked (RSTs, ICMP errors,
 * SYN/ACKs, echo replies), walked after it, breadth first, each from the
 * namespace that built it.
 */
import type { NetNamespace, World } from "../world/types.js";
import type { WirePacket } from "../packet/wire.js";
import type { SkbCt } from "../conntrack/attach.js";
import type { PacketEnd, PacketSummary, PacketTrace } from "../trace/types.js";
import { newSkb } from "./skb.js";
import { summary, Walk, type Generated } from "./walk.js";
import { localOut } from "./output.js";

/** A packet that was walked: who sent it, what it looked like leaving, its path and end. */
export interface WalkedPacket {
  /** The namespace it left from. */
  readonly ns: string;
  /** What sent it: the tool, or the kernel function that built it. */
  readonly by: string;
  readonly packet: PacketSummary;
  readonly trace: PacketTrace;
}

export interface SendOutcome {
  readonly walked: WalkedPacket;
  readonly end: PacketEnd;
  /** The packet as it was when it ended (after every NAT on the way). */
  readonly last: WirePacket;
  readonly generated: readonly Generated[];
}

/** Walks one packet sent by `ns` (as ip_local_out would send it); `oif` is the link its socket is bound to. */
export function sendOne(world: World, ns: NetNamespace, packet: WirePacket, by: string, record: boolean, ct?: SkbCt, anySrc = false, oif?: string): SendOutcome {
  const w = new Walk(world, record);
  const skb = newSkb(packet, ct);
  if (oif !== undefined) skb.oif = oif;
  const sent = summary(packet);
  if (w.recording) w.step({ kind: "send", ns: ns.id, by, packet: sent });
  const end = localOut(w, ns, skb, anySrc);
  const walked: WalkedPacket = { ns: ns.id, by, packet: sent, trace: { steps: w.steps ?? [], end } };
  return { walked, end, last: skb.p, generated: w.generated };
}

/** The answers the kernel built, walked until none is left (bounded: answers never answer answers for long). */
export function drain(world: World, first: readonly Generated[], record: boolean, visit: (o: SendOutcome, g: Generated) => void): void {
  const queue = [...first];
  for (let n = 0; queue.length > 0 && n < 32; n++) {
    const g = queue.shift()!;
    const ns = world.namespaces[g.ns];
    if (!ns) continue;
    const o = sendOne(world, ns, g.packet, g.by, record, g.ct, g.anySrc ?? false);
    visit(o, g);
    queue.push(...o.generated);
  }
}
