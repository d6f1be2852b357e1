/**
 * The run of one ping: echo requests leave every interval; each is answered
 * by a reply, an ICMP error, a failed neighbour lookup (reported when ARP
 * gives up, for every packet queued behind it), or nothing. ping stops when
 * every packet is accounted for, or -W after the last one, or at -w.
 */
import type { NetNamespace, World } from "../../world/types.js";
import type { EchoOutcome } from "../nc/net/outcomes.js";
import type { Network } from "../nc/net/network.js";
import { NEIGH_FAIL_MS } from "../nc/net/route-probe.js";

export interface ProbePlan {
  readonly dst: string;
  readonly src: string;
  readonly oif?: string;
  readonly ttl?: number;
  readonly id: number;
  /** Packets to send; Infinity with a deadline only. */
  readonly count: number;
  readonly intervalMs: number;
  readonly waitMs: number;
  readonly deadlineMs?: number;
}

export interface Answer {
  readonly seq: number;
  readonly atMs: number;
  readonly outcome: Exclude<EchoOutcome, { kind: "lost" }>;
  /** Packets outstanding when it came: ntransmitted - seq + 1 (acknowledge() in ping_common.c). */
  readonly pipe: number;
}

export interface ProbeRun {
  readonly transmitted: number;
  readonly sends: readonly number[];
  readonly answers: readonly Answer[];
  readonly endMs: number;
}

export function runProbes(world: World, ns: NetNamespace, network: Network, plan: ProbePlan): ProbeRun {
  const sends: number[] = [];
  const pending: { seq: number; atMs: number; outcome: Answer["outcome"] }[] = [];
  let arpUntil = -1;
  const deadline = plan.deadlineMs;
  // With -w, -c counts replies, not packets sent ("waits for count ECHO_REPLY packets, until the timeout expires").
  const sendLimit = deadline === undefined ? plan.count : Infinity;
  const replyTarget = deadline === undefined ? Infinity : plan.count;
  let replies = 0;
  let doneAt: number | undefined;
  for (let i = 0; i < sendLimit; i++) {
    const at = i * plan.intervalMs;
    if (deadline !== undefined && at >= deadline && i > 0) break;
    sends.push(at);
    const seq = i + 1;
    const outcome = network.echo(world, ns, { dst: plan.dst, src: plan.src, ...(plan.oif ? { oif: plan.oif } : {}), ...(plan.ttl !== undefined ? { ttl: plan.ttl } : {}), id: plan.id, seq });
    if (outcome.kind === "lost") continue;
    if (outcome.kind === "neigh-failed") {
      if (arpUntil < at) arpUntil = at + NEIGH_FAIL_MS;
      pending.push({ seq, atMs: arpUntil, outcome });
    } else if (outcome.kind === "reply") {
      pending.push({ seq, atMs: at + outcome.rttMs, outcome });
      if (++replies >= replyTarget) {
        doneAt = at + outcome.rttMs;
        break;
      }
    } else {
      pending.push({ seq, atMs: at + outcome.afterMs, outcome });
    }
  }
  const lastSend = sends[sends.length - 1] ?? 0;
  const allAnswered = deadline === undefined && pending.length === sends.length;
  const end =
    doneAt ??
    (deadline !== undefined ? deadline : allAnswered ? Math.min(Math.max(lastSend, ...pending.map((p) => p.atMs)), lastSend + plan.waitMs) : lastSend + plan.waitMs);
  const answers = pending
    .filter((p) => p.atMs <= end)
    .sort((a, b) => a.atMs - b.atMs || a.seq - b.seq)
    .map((p) => ({ ...p, pipe: sends.filter((s) => s <= p.atMs).length - p.seq + 1 }));
  return { transmitted: sends.length, sends, answers, endMs: end };
}
