/**
 * Events for the long-running monitors: nf_tables trace events
 * (`nft monitor trace`, `xtables-monitor --trace`) and conntrack events
 * (`conntrack -E`), kept per namespace as the kernel's netlink groups are.
 *
 * A monitor started with `&` subscribes with its job: each event is printed
 * into that job's output as it happens, and the shell shows it after the
 * command that caused it. A monitor run in the foreground cannot wait for
 * packets in the lab (nothing else runs meanwhile); it prints the events
 * recorded since the last foreground run, and says so.
 */
import type { NetNamespace, World } from "../world/types.js";

export type MonitorKind = "xtables-trace" | "nft-trace" | "conntrack-events";

export interface MonitorSub {
  readonly jobId: number;
  readonly kind: MonitorKind;
}

/** One event, already printed in each monitor's format. */
export interface MonitorEvent {
  readonly seq: number;
  readonly atMs: number;
  readonly kind: "trace" | "ct";
  /** Lines xtables-monitor --trace prints (trace events). */
  readonly xtables?: string;
  /** Lines nft monitor trace prints (trace events). */
  readonly nft?: string;
  /** The line conntrack -E prints (conntrack events). */
  readonly ct?: string;
}

export interface MonitorState {
  seq: number;
  events: MonitorEvent[];
  subs: MonitorSub[];
  /** The last event each foreground monitor printed. */
  replayed: Partial<Record<MonitorKind, number>>;
}

/** Events kept for foreground replays. */
export const MONITOR_EVENTS = 2000;

export function monitorOf(ns: NetNamespace): MonitorState {
  ns.monitor ??= { seq: 0, events: [], subs: [], replayed: {} };
  return ns.monitor;
}

export function textFor(kind: MonitorKind, e: MonitorEvent): string | undefined {
  if (kind === "xtables-trace") return e.xtables;
  if (kind === "nft-trace") return e.nft;
  return e.ct;
}

/** Records an event and prints it into every live subscriber's job output. */
export function emitEvent(world: World, ns: NetNamespace, event: Omit<MonitorEvent, "seq">): void {
  const m = monitorOf(ns);
  const full: MonitorEvent = { ...event, seq: ++m.seq };
  m.events.push(full);
  if (m.events.length > MONITOR_EVENTS) m.events.splice(0, m.events.length - MONITOR_EVENTS);
  if (m.subs.length === 0) return;
  m.subs = m.subs.filter((s) => world.processes.jobs.some((j) => j.id === s.jobId && j.state === "Running"));
  for (const sub of m.subs) {
    const text = textFor(sub.kind, full);
    if (!text) continue;
    const job = world.processes.jobs.find((j) => j.id === sub.jobId)!;
    job.output = (job.output ?? "") + text;
  }
}

export function subscribe(ns: NetNamespace, sub: MonitorSub): void {
  monitorOf(ns).subs.push(sub);
}

/** The events since the last foreground run of this monitor, marking them shown. */
export function replay(ns: NetNamespace, kind: MonitorKind): MonitorEvent[] {
  const m = monitorOf(ns);
  const since = m.replayed[kind] ?? 0;
  m.replayed[kind] = m.seq;
  return m.events.filter((e) => e.seq > since && textFor(kind, e) !== undefined);
}


/** What background monitors printed since the shell last showed it (the shell prints it after each statement). */
export function takeJobOutput(world: World): string {
  let out = "";
  for (const job of world.processes.jobs) {
    if (job.output) {
      out += job.output;
      job.output = undefined;
    }
  }
  return out;
}
