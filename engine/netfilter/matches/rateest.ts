/**
 * -m rateest (libxt_rateest.c, xt_rateest.c): compare a RATEEST estimator's
 * bytes/s or packets/s with a given rate (absolute: --rateest NAME) or with a
 * second estimator (--rateest1, --rateest2), optionally as the difference to
 * given rates (--rateest-delta). On libxtables' old API: each rate option may
 * take the next word as its value. libxt_rateest's quirks are kept: the
 * absolute form prints and compares the second rate, so --rateest-bps1 VALUE
 * stores a value nobody reads. The kernel refuses a rule whose estimator no
 * RATEEST rule of the table names (ENOENT).
 */
import type { MatchModule } from "../extension.js";
import { fail } from "../xt-helpers.js";
import { xtStrtoui } from "../xt-number.js";
import { advance, estimator } from "../targets/rateest-estimator.js";
import { estimatorRules } from "../targets/rateest.js";

/** xt_rateest.h flag bits. */
const INVERT = 1, ABS = 2, REL = 4, DELTA = 8, BPS = 16, PPS = 32;

export interface RateestMatchData {
  name1: string;
  name2: string;
  flags: number;
  mode?: "eq" | "lt" | "gt";
  bps1: number;
  pps1: number;
  bps2: number;
  pps2: number;
  /** The options given (libxt_rateest's *flags), by their canonical name. */
  seen: string[];
}

const SUFFIXES: readonly [string, number][] = [
  ["bit", 1], ["Kibit", 1024], ["kbit", 1000], ["Mibit", 1024 ** 2], ["mbit", 1e6], ["Gibit", 1024 ** 3], ["gbit", 1e9],
  ["Tibit", 1024 ** 4], ["tbit", 1e12], ["Bps", 8], ["KiBps", 8 * 1024], ["KBps", 8000], ["MiBps", 8 * 1024 ** 2], ["MBps", 8e6],
  ["GiBps", 8 * 1024 ** 3], ["GBps", 8e9], ["TiBps", 8 * 1024 ** 4], ["TBps", 8e12],
];

/** rateest_get_rate: a number of bytes/s, or bits with a tc suffix (any case). */
function rate(text: string): number | undefined {
  const m = /^\s*[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?/.exec(text);
  if (!m) return undefined;
  const v = Number(m[0]);
  const suffix = text.slice(m[0].length);
  if (suffix === "") return Math.trunc(v / 8) >>> 0;
  const s = SUFFIXES.find(([name]) => name.toLowerCase() === suffix.toLowerCase());
  return s ? Math.trunc((v * s[1]) / 8) >>> 0 : undefined;
}

/** printf("%.0f"): halves go to the even neighbour. */
function f0(v: number): string {
  const floor = Math.floor(v);
  const diff = v - floor;
  return String(diff > 0.5 || (diff === 0.5 && floor % 2 === 1) ? floor + 1 : floor);
}

/** rateest_print_rate. */
function showRate(r: number, numeric: boolean): string {
  const bits = r * 8;
  if (numeric) return ` ${r}`;
  if (bits >= 1e9) return ` ${f0(bits / 1e6)}Mbit`;
  if (bits >= 1e6) return ` ${f0(bits / 1e3)}Kbit`;
  return ` ${f0(bits)}bit`;
}

const showMode = (d: RateestMatchData, prefix: string): string => `${d.flags & INVERT ? " !" : ""} ${prefix}${d.mode}`;
const abs = (d: RateestMatchData): boolean => !(d.flags & REL);

const CANONICAL: Record<string, string> = { rateest: "rateest1", "rateest-bps": "rateest-bps2", "rateest-pps": "rateest-pps2" };

function saveRate(d: RateestMatchData, name: string, r1: number, r2: number, numeric: boolean): string {
  let out = d.flags & DELTA ? ` --rateest-${name}1${showRate(r1, numeric)}${showMode(d, "--rateest-")} --rateest-${name}2` : `${showMode(d, "--rateest-")} --rateest-${name}`;
  if (abs(d) || d.flags & DELTA) out += showRate(r2, numeric);
  return out;
}

function saveRates(d: RateestMatchData): string {
  return (d.flags & BPS ? saveRate(d, "bps", d.bps1, d.bps2, false) : "") + (d.flags & PPS ? saveRate(d, "pps", d.pps1, d.pps2, true) : "");
}

export const rateestMatch: MatchModule<RateestMatchData> = {
  name: "rateest",
  oldApi: true,
  options: [
    { name: "rateest1" }, { name: "rateest", id: "rateest1" }, { name: "rateest2" },
    { name: "rateest-bps1", arg: "none" }, { name: "rateest-pps1", arg: "none" }, { name: "rateest-bps2", arg: "none" }, { name: "rateest-pps2", arg: "none" },
    { name: "rateest-bps", id: "rateest-bps2", arg: "none" }, { name: "rateest-pps", id: "rateest-pps2", arg: "none" },
    { name: "rateest-delta", arg: "none" }, { name: "rateest-lt", arg: "none" }, { name: "rateest-gt", arg: "none" }, { name: "rateest-eq", arg: "none" },
  ],
  init: () => ({ name1: "", name2: "", flags: 0, bps1: 0, pps1: 0, bps2: 0, pps2: 0, seen: [] }),
  parse(d, opt, arg, invert, ctx) {
    const c = CANONICAL[opt] ?? opt;
    const twice = d.seen.includes(c);
    const out: RateestMatchData = { ...d, seen: [...d.seen, c] };
    if (c === "rateest1" || c === "rateest2") {
      if (invert) return fail("rateest: rateest can't be inverted");
      if (twice) return fail(`rateest: can't specify --${c} twice`);
      if (c === "rateest1") return { ...out, name1: arg!.slice(0, 15) };
      return { ...out, name2: arg!.slice(0, 15), flags: out.flags | REL };
    }
    if (c === "rateest-delta") {
      if (invert) return fail("rateest: rateest-delta can't be inverted");
      if (twice) return fail("rateest: can't specify --rateest-delta twice");
      return { ...out, flags: out.flags | DELTA };
    }
    if (c === "rateest-lt" || c === "rateest-gt" || c === "rateest-eq") {
      if (twice) return fail("rateest: can't specify lt/gt/eq twice");
      return { ...out, mode: c.slice(8) as RateestMatchData["mode"], flags: invert ? out.flags | INVERT : out.flags };
    }
    const kind = c.slice(8, 11) as "bps" | "pps";
    if (invert) return fail(`rateest: rateest-${kind} can't be inverted`);
    if (twice) return fail(`rateest: can't specify --${c} twice`);
    out.flags |= kind === "bps" ? BPS : PPS;
    // The rate is optional (only the absolute and delta forms need one).
    const value = ctx.takeArg();
    if (value === undefined) return out;
    const v = kind === "bps" ? rate(value) : xtStrtoui(value, 0, 0xffffffff);
    if (v === undefined) return fail(kind === "bps" ? `rateest: could not parse rate \`${value}'` : `rateest: could not parse pps \`${value}'`);
    return { ...out, [`${kind}${c.endsWith("1") ? 1 : 2}`]: v };
  },
  save(d) {
    if (d.flags & REL) return `${d.flags & DELTA ? " --rateest-delta" : ""} --rateest1 ${d.name1}${saveRates(d)} --rateest2 ${d.name2}`;
    return `${d.flags & DELTA ? " --rateest-delta" : ""} --rateest ${d.name1}${saveRates(d)}`;
  },
  print(d, ctx) {
    const n = ctx.numeric;
    let out = ` rateest match ${d.name1}`;
    if (d.flags & DELTA) out += " delta";
    if (d.flags & BPS) {
      out += " bps";
      if (d.flags & DELTA) out += showRate(d.bps1, n);
      if (abs(d)) out += showRate(d.bps2, n) + showMode(d, "");
    }
    if (d.flags & PPS) {
      out += " pps";
      if (d.flags & DELTA) out += ` ${d.pps1}`;
      if (abs(d)) out += `${showMode(d, "")} ${d.pps2}`;
    }
    if (d.flags & REL) {
      out += `${showMode(d, "")} ${d.name2}`;
      if (d.flags & BPS) out += ` bps${d.flags & DELTA ? showRate(d.bps2, n) : ""}`;
      if (d.flags & PPS) out += ` pps${d.flags & DELTA ? ` ${d.pps2}` : ""}`;
    }
    return out;
  },
  check(d, ctx) {
    if (!(d.flags & (BPS | PPS)) || !d.mode) return { dmesg: "" };
    if (estimatorRules(ctx.ruleset, d.name1).length === 0) return { dmesg: "", errno: "ENOENT" };
    if (d.flags & REL && estimatorRules(ctx.ruleset, d.name2).length === 0) return { dmesg: "", errno: "ENOENT" };
    return undefined;
  },
  match(d, _p, ctx) {
    const read = (name: string): { bps: number; pps: number } => {
      const e = estimator(ctx, name, 250, 2);
      advance(e, ctx.nowMs);
      return { bps: Math.floor(e.bps), pps: Math.floor(e.pps) };
    };
    const r1 = read(d.name1);
    const delta = (given: number, now: number): number => (given >= now ? given - now : 0);
    const bps1 = d.flags & DELTA ? delta(d.bps1, r1.bps) : r1.bps;
    const pps1 = d.flags & DELTA ? delta(d.pps1, r1.pps) : r1.pps;
    let bps2 = d.bps2;
    let pps2 = d.pps2;
    if (d.flags & REL) {
      const r2 = read(d.name2);
      bps2 = d.flags & DELTA ? delta(d.bps2, r2.bps) : r2.bps;
      pps2 = d.flags & DELTA ? delta(d.pps2, r2.pps) : r2.pps;
    }
    const cmp = (a: number, b: number): boolean => (d.mode === "lt" ? a < b : d.mode === "gt" ? a > b : a === b);
    let ok = true;
    if (d.flags & BPS) ok &&= cmp(bps1, bps2);
    if (d.flags & PPS) ok &&= cmp(pps1, pps2);
    return ok !== ((d.flags & INVERT) !== 0);
  },
};
