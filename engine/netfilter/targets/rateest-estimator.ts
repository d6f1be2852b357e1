/**
 * A rate estimator as gen_estimator keeps one for RATEEST: every period
 * (250 ms << interval) the bytes and packets since the last period become a
 * rate sample, averaged as avg += (sample - avg) / 2^ewma_log. Kept in the
 * namespace's shared state under "rateest/NAME", advanced lazily to `nowMs`.
 */
import type { EvalContext } from "../extension.js";

export interface Estimator {
  periodMs: number;
  ewmaLog: number;
  lastMs?: number;
  bytes: number;
  packets: number;
  bps: number;
  pps: number;
}

export function estimator(ctx: EvalContext, name: string, periodMs: number, ewmaLog: number): Estimator {
  const s = (ctx.shared ? ctx.shared(`rateest/${name}`) : ctx.state) as Partial<Estimator>;
  s.periodMs ??= periodMs;
  s.ewmaLog ??= ewmaLog;
  s.bytes ??= 0;
  s.packets ??= 0;
  s.bps ??= 0;
  s.pps ??= 0;
  return s as Estimator;
}

/** Runs the periods that ended by `nowMs`. */
export function advance(e: Estimator, nowMs: number): void {
  if (e.lastMs === undefined) {
    e.lastMs = nowMs;
    return;
  }
  const w = 2 ** e.ewmaLog;
  while (nowMs - e.lastMs >= e.periodMs) {
    e.bps += (e.bytes / (e.periodMs / 1000) - e.bps) / w;
    e.pps += (e.packets / (e.periodMs / 1000) - e.pps) / w;
    e.bytes = 0;
    e.packets = 0;
    e.lastMs += e.periodMs;
    if (e.bps < 1e-9 && e.pps < 1e-9 && nowMs - e.lastMs > e.periodMs * 64) e.lastMs = nowMs;
  }
}
