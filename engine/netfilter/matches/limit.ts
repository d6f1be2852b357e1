/**
 * -m limit (libxt_limit.c, xt_limit.c): a token bucket, --limit N/unit with
 * --limit-burst. Rates are kept as the kernel keeps them: the average
 * period in 1/10000 s (XT_LIMIT_SCALE).
 */
import type { MatchModule } from "../extension.js";
import { fail, x6Uint } from "../xt-helpers.js";

export const LIMIT_SCALE = 10000;
const RATES: readonly [string, number][] = [["day", LIMIT_SCALE * 86400], ["hour", LIMIT_SCALE * 3600], ["min", LIMIT_SCALE * 60], ["sec", LIMIT_SCALE]];

export interface LimitData {
  /** Average period between packets, in 1/10000 s. */
  avg: number;
  burst: number;
}

/** parse_rate: "N[/second|minute|hour|day]" (unit prefixes allowed); undefined for a bad rate, "fast" for 0. */
export function parseRate(rate: string): number | undefined | "fast" {
  const slash = rate.indexOf("/");
  let mult = 1;
  if (slash >= 0) {
    const unit = rate.slice(slash + 1).toLowerCase();
    if (unit === "") return undefined;
    const found = ([["second", 1], ["minute", 60], ["hour", 3600], ["day", 86400]] as const).find(([n]) => n.startsWith(unit));
    if (!found) return undefined;
    mult = found[1];
  }
  const r = atoi(rate);
  if (!r) return undefined;
  const v = Math.floor((LIMIT_SCALE * mult) / r) >>> 0;
  return v === 0 ? "fast" : v;
}

/** C atoi: optional spaces and sign, then digits. */
export function atoi(text: string): number {
  const m = /^\s*([+-]?\d+)/.exec(text);
  return m ? Number(m[1]) | 0 : 0;
}

/** print_rate: " 5/min". */
export function printRate(period: number): string {
  if (period === 0) return " inf";
  let i = 1;
  for (; i < RATES.length; i++) {
    const mult = RATES[i]![1];
    if (period > mult || Math.floor(mult / period) < mult % period) break;
  }
  const [name, mult] = RATES[i - 1]!;
  return ` ${Math.floor(mult / period)}/${name}`;
}

export const limitMatch: MatchModule<LimitData> = {
  name: "limit",
  options: [{ name: "limit" }, { name: "limit-burst" }],
  init: () => ({ avg: (LIMIT_SCALE * 3600) / 3, burst: 5 }),
  parse(d, opt, arg, invert, ctx) {
    if (opt === "limit") {
      const v = parseRate(arg!);
      if (v === "fast") return fail(`Rate too fast "${arg}"`);
      if (v === undefined) return fail(`bad rate "${arg}"'`);
      if (invert) return fail("limit does not support invert");
      return { ...d, avg: v };
    }
    const b = x6Uint("limit", opt, arg!, 0, 10000);
    if (typeof b !== "number") return b;
    if (invert) return fail("limit does not support invert");
    // iptables-nft turns the match into an nftables limit, where burst 0 means the default 5.
    return { ...d, burst: b === 0 && ctx.backend === "nf_tables" ? 5 : b };
  },
  save: (d) => ` --limit${printRate(d.avg)}${d.burst !== 5 ? ` --limit-burst ${d.burst}` : ""}`,
  print: (d) => ` limit: avg${printRate(d.avg)} burst ${d.burst}`,
  check(d, ctx) {
    if (ctx.backend === "legacy" && d.burst === 0) return { dmesg: `xt_limit: Overflow, try lower: ${d.avg}/${d.burst}`, errno: "ERANGE" };
    return undefined;
  },
  /** The kernel's credit scheme: credit refills with time, each packet costs avg; burst caps it. */
  match(d, _p, ctx) {
    const s = ctx.state as { credit?: number; last?: number };
    const cost = d.avg;
    const cap = d.avg * d.burst;
    const now = ctx.nowMs;
    if (s.credit === undefined || s.last === undefined) {
      s.credit = cap;
      s.last = now;
    }
    s.credit = Math.min(cap, s.credit + (now - s.last) * (LIMIT_SCALE / 1000));
    s.last = now;
    if (s.credit >= cost) {
      s.credit -= cost;
      return true;
    }
    return false;
  },
};
