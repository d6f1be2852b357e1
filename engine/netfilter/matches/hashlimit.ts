/** -m hashlimit revision 3 (libxt_hashlimit.c, xt_hashlimit.c): limit per source/destination bucket. */
import type { MatchModule, ParseFailure } from "../extension.js";
import type { Packet } from "../packet.js";
import { badValue, fail, x6Uint } from "../xt-helpers.js";
import { xtStrtouiPrefix } from "../xt-number.js";
import { atoi } from "./limit.js";

const SCALE = 1_000_000;
const UINT32 = 0xffffffff;
const BYTE_SHIFT = 4;
const GC_INTERVAL = 1000;
export const MODE = { DIP: 1, DPT: 2, SIP: 4, SPT: 8, INVERT: 0x10, BYTES: 0x20, RATE_MATCH: 0x40 } as const;

export interface HashlimitData {
  mode: number;
  avg: number;
  burst: number;
  size: number;
  max: number;
  gcInterval: number;
  expire: number;
  srcmask: number;
  dstmask: number;
  interval: number;
  name: string;
  /** The rate's unit in seconds (hashlimit_mt_udata.mult): the default expiry. */
  mult: number;
  burstSet?: boolean;
  expireSet?: boolean;
}

const costToBytes = (cost: number): number => (Math.floor(cost ? UINT32 / cost : UINT32) - 1) * 2 ** BYTE_SHIFT;
const bytesToCost = (bytes: number): number => Math.floor(UINT32 / (Math.floor(bytes / 2 ** BYTE_SHIFT) + 1));
const factor = (c: string | undefined): number => (c === "m" ? 1024 * 1024 : c === "k" ? 1024 : 1);

function parseBytes(rate: string): { avg: number } | ParseFailure | undefined {
  const at = rate.indexOf("b/s");
  if (at <= 0) return undefined;
  const r = atoi(rate);
  if (r === 0) return undefined;
  const cost = bytesToCost(r * factor(rate[at - 1]));
  if (cost === 0) return fail(`Rate too high "${rate}"`);
  return { avg: cost };
}

function parseRate(rate: string): { avg: number; mult: number } | ParseFailure | undefined {
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
  const avg = Math.floor((SCALE * mult) / r);
  if (avg === 0) return fail(`Rate too fast "${rate}"`);
  return { avg, mult };
}

const RATES: readonly [string, number][] = [["day", SCALE * 86400], ["hour", SCALE * 3600], ["min", SCALE * 60], ["sec", SCALE]];

/** print_rate: the text and the quantum (ms) it stands for. */
function rateText(period: number): [string, number] {
  if (period === 0) return [" inf", 0];
  let i = 1;
  for (; i < RATES.length; i++) {
    const m = RATES[i]![1];
    if (period > m || Math.floor(m / period) < m % period) break;
  }
  const [name, m] = RATES[i - 1]!;
  return [` ${Math.floor(m / period)}/${name}`, (m / SCALE) * 1000];
}

const UNITS: readonly [string, number][] = [["m", 1024 * 1024], ["k", 1024], ["", 1]];

function bytesText(avg: number, burst: number, prefix: string): [string, number] {
  const r = costToBytes(avg);
  let i = 0;
  for (; i < UNITS.length - 1; i++) if (r >= UNITS[i]![1] && bytesToCost(r - (r % UNITS[i]![1])) === avg) break;
  let s = ` ${Math.floor(r / UNITS[i]![1])}${UNITS[i]![0]}b/s`;
  if (burst === 0) return [s, 15000];
  const total = r * burst;
  let j = 0;
  for (; j < UNITS.length - 1; j++) if (total >= UNITS[j]![1]) break;
  s += ` ${prefix}burst ${Math.floor(total / UNITS[j]![1])}${UNITS[j]![0]}b`;
  return [s, 60000];
}

function modeText(mode: number, sep: string): string {
  const names: string[] = [];
  if (mode & MODE.SIP) names.push("srcip");
  if (mode & MODE.SPT) names.push("srcport");
  if (mode & MODE.DIP) names.push("dstip");
  if (mode & MODE.DPT) names.push("dstport");
  return ` ${names.join(sep)}`;
}

function dump(d: HashlimitData, save: boolean): string {
  const p = save ? "--hashlimit-" : "";
  let s = save ? (d.mode & MODE.INVERT ? " --hashlimit-above" : " --hashlimit-upto") : d.mode & MODE.INVERT ? " limit: above" : " limit: up to";
  let quantum: number;
  if (d.mode & MODE.BYTES) {
    const [t, q] = bytesText(d.avg, d.burst, save ? "--hashlimit-" : "");
    s += t;
    quantum = q;
  } else {
    const [t, q] = rateText(!save && d.interval ? d.avg * d.interval : d.avg);
    s += `${t} ${p}burst ${d.burst}`;
    quantum = q;
  }
  if (d.mode & (MODE.SIP | MODE.SPT | MODE.DIP | MODE.DPT)) s += ` ${p}mode${modeText(d.mode, save ? "," : "-")}`;
  if (save) s += ` --hashlimit-name ${d.name}`;
  if (d.size) s += ` ${p}htable-size ${d.size}`;
  if (d.max) s += ` ${p}htable-max ${d.max}`;
  if (d.gcInterval !== GC_INTERVAL) s += ` ${p}htable-gcinterval ${d.gcInterval}`;
  if (d.expire !== quantum) s += ` ${p}htable-expire ${d.expire}`;
  if (d.srcmask !== 32) s += ` ${p}srcmask ${d.srcmask}`;
  if (d.dstmask !== 32) s += ` ${p}dstmask ${d.dstmask}`;
  if (d.mode & MODE.RATE_MATCH) {
    s += ` ${p}rate-match`;
    if (d.interval !== 1) s += ` ${p}rate-interval ${d.interval}`;
  }
  return s;
}

const U32 = ["hashlimit-htable-size", "hashlimit-htable-max", "hashlimit-htable-gcinterval", "hashlimit-htable-expire"];
const FIELD: Record<string, "size" | "max" | "gcInterval" | "expire"> = {
  "hashlimit-htable-size": "size", "hashlimit-htable-max": "max", "hashlimit-htable-gcinterval": "gcInterval", "hashlimit-htable-expire": "expire",
};

export const hashlimitMatch: MatchModule<HashlimitData> = {
  name: "hashlimit",
  options: [
    { name: "hashlimit-upto", id: "upto", invert: true, excl: ["above"] }, { name: "hashlimit-above", id: "above", invert: true, excl: ["upto"] },
    { name: "hashlimit", id: "upto", invert: true, excl: ["above"] }, { name: "hashlimit-srcmask" }, { name: "hashlimit-dstmask" },
    { name: "hashlimit-burst" }, ...U32.map((name) => ({ name })), { name: "hashlimit-mode" },
    { name: "hashlimit-name", mandatory: true }, { name: "hashlimit-rate-match", arg: "none" }, { name: "hashlimit-rate-interval" },
  ],
  init: () => ({ mode: 0, avg: 0, burst: 5, size: 0, max: 0, gcInterval: GC_INTERVAL, expire: 0, srcmask: 32, dstmask: 32, interval: 0, name: "", mult: 1 }),
  parse(d, opt, arg, invert) {
    const a = arg!;
    switch (opt) {
      case "hashlimit-upto":
      case "hashlimit":
      case "hashlimit-above": {
        const above = opt === "hashlimit-above";
        let mode = d.mode | ((above ? !invert : invert) ? MODE.INVERT : 0);
        const bytes = parseBytes(a);
        if (bytes && "error" in bytes) return bytes;
        if (bytes) return { ...d, mode: mode | MODE.BYTES, avg: bytes.avg, mult: 15 };
        const rate = parseRate(a);
        if (rate && "error" in rate) return rate;
        if (!rate) return badValue("hashlimit", above ? "--hashlimit-above" : "--hashlimit-upto", a);
        mode &= ~MODE.BYTES;
        return { ...d, mode, avg: rate.avg, mult: rate.mult };
      }
      case "hashlimit-burst": {
        const v = xtStrtouiPrefix(a, 1, Number.MAX_SAFE_INTEGER);
        if (!v || (v.rest === "" && v.value > 1_000_000)) return fail('bad value for option "--hashlimit-burst", or out of range (1-1000000).');
        return { ...d, burst: v.value * factor(v.rest[0]), burstSet: true };
      }
      case "hashlimit-mode": {
        let mode = d.mode;
        for (const tok of a.split(/[,|]/).filter(Boolean)) {
          const bit = ({ dstip: MODE.DIP, srcip: MODE.SIP, srcport: MODE.SPT, dstport: MODE.DPT } as Record<string, number>)[tok];
          if (bit === undefined) return badValue("hashlimit", "--hashlimit-mode", a);
          mode |= bit;
        }
        return { ...d, mode };
      }
      case "hashlimit-srcmask":
      case "hashlimit-dstmask": {
        const v = x6Uint("hashlimit", opt, a, 0, 32);
        if (typeof v !== "number") return fail(`hashlimit: bad value for option "--${opt}", neither a valid network mask nor valid CIDR (0-32).\n`);
        return opt === "hashlimit-srcmask" ? { ...d, srcmask: v } : { ...d, dstmask: v };
      }
      case "hashlimit-name":
        if (a === "") return fail("Argument must have a minimum length of 1 characters\n");
        return { ...d, name: a };
      case "hashlimit-rate-match":
        return { ...d, mode: d.mode | MODE.RATE_MATCH };
      case "hashlimit-rate-interval": {
        const v = /^\d+$/.test(a) ? Number(a) : 0;
        if (!v) return badValue("hashlimit", "--hashlimit-rate-interval", a);
        return { ...d, interval: v };
      }
      default: {
        const v = x6Uint("hashlimit", opt, a, 0, UINT32);
        if (typeof v !== "number") return v;
        return opt === "hashlimit-htable-expire" ? { ...d, expire: v, expireSet: true } : { ...d, [FIELD[opt]!]: v };
      }
    }
  },
  finalCheck(d, _c, seen) {
    if (!seen.has("upto") && !seen.has("above")) return fail("You have to specify --hashlimit");
    // hashlimit_mt_check also fills in the defaults; parse leaves them for the save form to agree.
    if (!(d.mode & MODE.BYTES) && d.burst > 1_000_000) return fail('bad value for option "--hashlimit-burst", or out of range (1-1000000).');
    return undefined;
  },
  save: (d) => dump(finish(d), true),
  print: (d) => dump(finish(d), false),
  match(d, p: Packet, ctx) {
    const f = finish(d);
    const key = [f.mode & MODE.SIP ? p.src & maskOf(f.srcmask) : "", f.mode & MODE.SPT ? p.sport : "", f.mode & MODE.DIP ? p.dst & maskOf(f.dstmask) : "", f.mode & MODE.DPT ? p.dport : ""].join("/");
    // The table is the namespace's, by name (ctx.shared "hashlimit/NAME"), as in xt_hashlimit.
    const table = ctx.shared ? ctx.shared(`hashlimit/${f.name}`) : ctx.state;
    const buckets = ((table.buckets ??= {}) as Record<string, { credit: number; last: number }>);
    const cost = f.mode & MODE.BYTES ? f.avg * 0 + p.length : f.avg;
    const cap = f.mode & MODE.BYTES ? costToBytes(f.avg) * Math.max(1, f.burst) : f.avg * f.burst;
    const b = (buckets[key] ??= { credit: cap, last: ctx.nowMs });
    const refill = f.mode & MODE.BYTES ? ((ctx.nowMs - b.last) / 1000) * costToBytes(f.avg) : (ctx.nowMs - b.last) * (SCALE / 1000);
    b.credit = Math.min(cap, b.credit + refill);
    b.last = ctx.nowMs;
    let under = false;
    if (b.credit >= cost) {
      b.credit -= cost;
      under = true;
    }
    return (f.mode & MODE.INVERT) !== 0 ? !under : under;
  },
};

const maskOf = (bits: number): number => (bits === 0 ? 0 : (UINT32 << (32 - bits)) >>> 0);

/** hashlimit_mt_check's adjustments: the default expiry, bytes bursts in packets. */
function finish(d: HashlimitData): HashlimitData {
  const out = { ...d };
  if (!d.expireSet) out.expire = d.mult * 1000;
  if (out.mode & MODE.BYTES) {
    const per = costToBytes(out.avg);
    out.burst = d.burstSet ? Math.ceil(d.burst / per) : 0;
    if (d.burstSet && !d.expireSet) out.expire = 60000;
  }
  return out;
}
