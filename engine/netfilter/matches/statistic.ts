/**
 * -m statistic (libxt_statistic.c, xt_statistic.c): random with a
 * probability (stored as lround(2^31 * p), printed with 11 decimals), or
 * every nth packet.
 */
import type { MatchModule } from "../extension.js";
import { fail, x6Uint } from "../xt-helpers.js";

export interface StatisticData {
  mode?: "random" | "nth";
  invert: boolean;
  /** lround(0x80000000 * p). */
  probability: number;
  /** --every minus one, as the kernel keeps it. */
  every: number;
  packet: number;
}

/** strtod over the whole string (leading blanks allowed), or undefined. */
function strtod(text: string): number | undefined {
  if (/^\d\.\d+$/.test(text)) return Number(text);
  const t = text.replace(/^[ \t\n\v\f\r]+/, "");
  if (t === "" || !/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$|^[+-]?(inf|infinity|nan)$/i.test(t)) return undefined;
  return /^[+-]?inf/i.test(t) ? (t.startsWith("-") ? -Infinity : Infinity) : Number(t);
}

/** lround: halves away from zero. */
const lround = (x: number): number => (x < 0 ? -Math.round(-x) : Math.round(x));

/** printf("%.11f") of the stored probability. */
export const probabilityText = (stored: number): string => (stored / 0x80000000).toFixed(11);

/** Before any option: one frozen instance for every use (a rule's data is never changed after parse). */
const NOTHING_GIVEN: StatisticData = Object.freeze({ mode: undefined, invert: false, probability: 0, every: 0, packet: 0 });

export const statisticMatch: MatchModule<StatisticData> = {
  name: "statistic",
  options: [
    { name: "mode", mandatory: true },
    { name: "probability", invert: true, excl: ["every", "packet"] },
    { name: "every", invert: true, excl: ["probability"], also: ["packet"] },
    { name: "packet", excl: ["probability"], also: ["every"] },
  ],
  sharedData: true,
  init: () => NOTHING_GIVEN,
  parse(d, opt, arg, invert) {
    // A new object per option, each option's by its own literal: V8 learns per literal whether what it
    // makes is kept (the --probability of kube-proxy's 20,000 rules) and allocates it in the old generation.
    const inv = d.invert || invert;
    switch (opt) {
      case "mode":
        if (arg !== "random" && arg !== "nth") return fail(`Bad mode "${arg}"`);
        return { mode: arg, invert: inv, probability: d.probability, every: d.every, packet: d.packet };
      case "probability": {
        const v = strtod(arg!);
        if (v === undefined || v < 0 || v > 1) {
          return fail(`statistic: bad value for option "--probability", or out of range (0-1).\n`);
        }
        return { mode: d.mode, invert: inv, probability: lround(0x80000000 * v), every: d.every, packet: d.packet };
      }
      case "every": {
        const v = x6Uint("statistic", opt, arg!, 1, 0xffffffff);
        if (typeof v !== "number") return v;
        return { mode: d.mode, invert: inv, probability: d.probability, every: v - 1, packet: d.packet };
      }
      default: {
        const v = x6Uint("statistic", opt, arg!, 0, 0xffffffff);
        if (typeof v !== "number") return v;
        return { mode: d.mode, invert: inv, probability: d.probability, every: d.every, packet: v };
      }
    }
  },
  finalCheck(d, _c, seen) {
    if (d.mode === "random" && !seen.has("probability")) return fail("--probability must be specified when using random mode");
    if (d.mode === "nth" && !seen.has("every") && !seen.has("packet")) return fail("--every and --packet must be specified when using nth mode");
    if (d.packet > d.every) return fail("the --packet p must be 0 <= p <= n-1");
    return undefined;
  },
  save(d) {
    if (d.mode === "random") return ` --mode random${d.invert ? " !" : ""} --probability ${probabilityText(d.probability)}`;
    return ` --mode nth${d.invert ? " !" : ""} --every ${d.every + 1} --packet ${d.packet}`;
  },
  print(d) {
    if (d.mode === "random") return ` statistic mode random${d.invert ? " !" : ""} probability ${probabilityText(d.probability)}`;
    return ` statistic mode nth${d.invert ? " !" : ""} every ${d.every + 1}${d.packet ? ` packet ${d.packet}` : ""}`;
  },
  match(d, _p, ctx) {
    if (d.mode === "random") return (ctx.random() * 0x80000000 < d.probability) !== d.invert;
    // xt_statistic: count starts at every - packet... the match fires when the counter wraps to 0.
    const s = ctx.state as { count?: number };
    if (s.count === undefined) s.count = d.every - d.packet;
    s.count = s.count >= d.every ? 0 : s.count + 1;
    return (s.count === 0) !== d.invert;
  },
};
