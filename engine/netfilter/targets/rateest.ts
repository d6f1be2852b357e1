/**
 * -j RATEEST (libxt_RATEEST.c, xt_RATEEST.c): count the packets into a named
 * rate estimator that -m rateest reads, then go on. --rateest-interval and
 * --rateest-ewmalog are times ("250ms", "1s"; a bare number is microseconds)
 * that libxt_RATEEST turns into a period 250 ms << (0..5) and a log2
 * averaging weight; the name keeps 15 characters. A second rule with the
 * same name must use the same period and weight (the kernel shares the
 * estimator).
 */
import type { TargetModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { fail } from "../xt-helpers.js";
import type { Table } from "../types.js";
import { advance, estimator } from "./rateest-estimator.js";

const US = 1_000_000;

export interface RateestTargetData {
  name: string;
  /** The times as given, in microseconds (what the kernel gets is quantize()'s). */
  intervalUs: number;
  ewmaUs: number;
}

/** RATEEST_final_check: info->interval (the period is 250 ms << (interval + 2)) and info->ewma_log; 0 for ewmaLog when out of range. */
export function quantize(d: RateestTargetData): { interval: number; ewmaLog: number } | "interval" | "ewmalog" {
  let interval = 0;
  while (interval <= 5 && d.intervalUs > 2 ** interval * (US / 4)) interval++;
  if (interval > 5) return "interval";
  let ewmaLog = 1;
  for (; ewmaLog < 32; ewmaLog++) {
    const w = 1 - 1 / 2 ** ewmaLog;
    if (d.intervalUs / -Math.log(w) > d.ewmaUs) break;
  }
  ewmaLog--;
  if (ewmaLog === 0 || ewmaLog >= 31) return "ewmalog";
  return { interval: interval - 2, ewmaLog };
}

const params = (d: RateestTargetData): { interval: number; ewmaLog: number } => {
  const q = quantize(d);
  return typeof q === "string" ? { interval: -2, ewmaLog: 1 } : q;
};


/** RATEEST_get_time: strtod, then an optional s/sec/secs, ms/msec/msecs, us/usec/usecs (any case). */
function time(text: string): number | undefined {
  const m = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(text);
  if (!m) return undefined;
  let t = Number(m[0]);
  const unit = text.slice(m[0].length).toLowerCase();
  if (unit === "s" || unit === "sec" || unit === "secs") t *= US;
  else if (unit === "ms" || unit === "msec" || unit === "msecs") t *= US / 1000;
  else if (unit !== "" && unit !== "us" && unit !== "usec" && unit !== "usecs") return undefined;
  return Math.trunc(t) >>> 0;
}

/** RATEEST_print_time. */
function showTime(us: number): string {
  if (us >= US) return ` ${(us / US).toFixed(1)}s`;
  if (us >= US / 1000) return ` ${(us / (US / 1000)).toFixed(1)}ms`;
  return ` ${us}us`;
}

/** The RATEEST rules of a table that name `name`: the estimator exists while one does. */
export function estimatorRules(table: Table | undefined, name: string): { interval: number; ewmaLog: number }[] {
  const out: { interval: number; ewmaLog: number }[] = [];
  for (const chain of table?.chains ?? []) {
    for (const rule of chain.rules) {
      const t = rule.target;
      if (t?.kind === "ext" && t.name === "RATEEST") {
        const d = t.data as RateestTargetData;
        const q = quantize(d);
        if (d.name === name && typeof q !== "string") out.push(q);
      }
    }
  }
  return out;
}

const periodUs = (interval: number): number => (US * 2 ** (interval + 2)) / 4;

function show(prefix: string, d: RateestTargetData): string {
  const q = params(d);
  const interval = periodUs(q.interval);
  return ` ${prefix}name ${d.name} ${prefix}interval${showTime(interval)} ${prefix}ewmalog${showTime((interval * 2 ** q.ewmaLog) % 2 ** 32)}`;
}

export const rateestTarget: TargetModule<RateestTargetData> = {
  name: "RATEEST",
  options: [{ name: "rateest-name", mandatory: true }, { name: "rateest-interval", mandatory: true }, { name: "rateest-ewmalog", mandatory: true }],
  init: () => ({ name: "", intervalUs: 0, ewmaUs: 0 }),
  parse(d, opt, arg) {
    if (opt === "rateest-name") return { ...d, name: arg!.slice(0, 15) };
    const t = time(arg!);
    const what = opt === "rateest-interval" ? "interval" : "ewmalog";
    if (t === undefined) return fail(`RATEEST: bad ${what} value "${arg}"`);
    return what === "interval" ? { ...d, intervalUs: t } : { ...d, ewmaUs: t };
  },
  finalCheck(d) {
    const q = quantize(d);
    return typeof q === "string" ? fail(`RATEEST: ${q === "interval" ? "interval value is too large" : "ewmalog value is out of range"}`) : undefined;
  },
  save: (d) => show("--rateest-", d),
  print: (d) => show("", d),
  check(d, ctx) {
    const q = params(d);
    const same = estimatorRules(ctx.ruleset, d.name).filter((e) => e.interval !== q.interval || e.ewmaLog !== q.ewmaLog);
    return same.length ? { dmesg: "" } : undefined;
  },
  evaluate(d, p: Packet, ctx) {
    const q = params(d);
    const e = estimator(ctx, d.name, periodUs(q.interval) / 1000, q.ewmaLog);
    advance(e, ctx.nowMs);
    e.bytes += p.length;
    e.packets++;
    return { verdict: "CONTINUE" };
  },
};
