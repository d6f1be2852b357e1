/** -m recent revision 1 (libxt_recent.c, xt_recent.c): lists of recently seen addresses. */
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { fail, x6Uint } from "../xt-helpers.js";
import { x6Host } from "../xt-host.js";
import { formatIpv4 } from "../../addr/ipv4.js";

export interface RecentData {
  /** SET 1, CHECK 2, UPDATE 4, REMOVE 8, TTL 16, REAP 32 (XT_RECENT_*). */
  checkSet: number;
  invert: boolean;
  seconds: number;
  hitCount: number;
  name: string;
  side: "source" | "dest";
  mask: number;
}

const OPS: Record<string, number> = { set: 1, rcheck: 2, update: 4, remove: 8 };
const ANY_OP = ["set", "rcheck", "update", "remove"];

/** One xt_recent list: address (dotted quad) -> the times it was seen (world ms, oldest first) and its last TTL. */
export interface RecentList {
  entries?: Record<string, { times: number[]; ttl: number }>;
}

export const recentMatch: MatchModule<RecentData> = {
  name: "recent",
  options: [
    ...ANY_OP.map((name) => ({ name, arg: "none" as const, invert: true, excl: ANY_OP })),
    { name: "seconds" }, { name: "reap", arg: "none", also: ["seconds"] }, { name: "hitcount" },
    { name: "rttl", arg: "none", excl: ["set", "remove"] }, { name: "name" }, { name: "rsource", arg: "none" },
    { name: "rdest", arg: "none" }, { name: "mask" },
  ],
  init: () => ({ checkSet: 0, invert: false, seconds: 0, hitCount: 0, name: "DEFAULT", side: "source", mask: 0xffffffff }),
  parse(d, opt, arg, invert, ctx) {
    const op = OPS[opt];
    if (op !== undefined) return { ...d, checkSet: d.checkSet | op, invert: d.invert || invert };
    switch (opt) {
      case "seconds": {
        const v = x6Uint("recent", opt, arg!, 1, 0xffffffff);
        return typeof v === "number" ? { ...d, seconds: v } : v;
      }
      case "hitcount": {
        const v = x6Uint("recent", opt, arg!, 0, 0xffffffff);
        return typeof v === "number" ? { ...d, hitCount: v } : v;
      }
      case "reap":
        return { ...d, checkSet: d.checkSet | 32 };
      case "rttl":
        return { ...d, checkSet: d.checkSet | 16 };
      case "name":
        return { ...d, name: arg!.slice(0, 199) };
      case "rsource":
        return { ...d, side: "source" };
      case "rdest":
        return { ...d, side: "dest" };
      default: {
        const v = x6Host(arg!, ctx.names);
        return typeof v === "number" ? { ...d, mask: v } : v;
      }
    }
  },
  finalCheck: (_d, _c, seen) => (!ANY_OP.some((o) => seen.has(o)) ? fail("recent: you must specify one of `--set', `--rcheck' `--update' or `--remove'") : undefined),
  save(d) {
    let s = d.invert ? " !" : "";
    for (const [name, bit] of Object.entries(OPS)) if (d.checkSet & bit) s += ` --${name}`;
    if (d.seconds) s += ` --seconds ${d.seconds}`;
    if (d.checkSet & 32) s += " --reap";
    if (d.hitCount) s += ` --hitcount ${d.hitCount}`;
    if (d.checkSet & 16) s += " --rttl";
    return `${s} --name ${d.name} --mask ${formatIpv4(d.mask)} --r${d.side}`;
  },
  print(d) {
    let s = `${d.invert ? " !" : ""} recent:`;
    for (const [word, bit] of [["SET", 1], ["CHECK", 2], ["UPDATE", 4], ["REMOVE", 8]] as const) if (d.checkSet & bit) s += ` ${word}`;
    if (d.seconds) s += ` seconds: ${d.seconds}`;
    if (d.checkSet & 32) s += " reap";
    if (d.hitCount) s += ` hit_count: ${d.hitCount}`;
    if (d.checkSet & 16) s += " TTL-Match";
    return `${s} name: ${d.name} side: ${d.side} mask: ${formatIpv4(d.mask)}`;
  },
  check(d) {
    const ops = [1, 2, 4, 8].filter((b) => d.checkSet & b).length;
    if (ops !== 1) return { dmesg: "xt_recent: exactly one of --set, --rcheck, --update, --remove" };
    if (d.checkSet & (1 | 8) && (d.seconds || d.hitCount || d.checkSet & (16 | 32))) return { dmesg: "xt_recent: --set and --remove take no --seconds, --hitcount, --rttl or --reap" };
    if (d.checkSet & 32 && !d.seconds) return { dmesg: "xt_recent: --reap needs --seconds" };
    if (d.name === "" || d.name.includes("/") || d.name === "." || d.name === "..") return { dmesg: "xt_recent: bad list name" };
    return undefined;
  },
  /** The list is the namespace's, by name (ctx.shared "xt_recent/NAME"): address -> times seen (ms) and the TTL last seen. */
  match(d, p: Packet, ctx) {
    const lists = (ctx.shared ? ctx.shared(`xt_recent/${d.name}`) : ctx.state) as RecentList;
    const entries = (lists.entries ??= {});
    const addr = formatIpv4(((d.side === "source" ? p.src : p.dst) & d.mask) >>> 0);
    const now = ctx.nowMs;
    let hit: boolean;
    if (d.checkSet & 1) {
      const e = (entries[addr] ??= { times: [], ttl: p.ttl });
      e.times.push(now);
      e.ttl = p.ttl;
      hit = true;
    } else {
      const e = entries[addr];
      if (!e || (d.checkSet & 16 && e.ttl !== p.ttl)) {
        hit = false;
      } else if (d.checkSet & 8) {
        delete entries[addr];
        hit = true;
      } else {
        const recent = d.seconds ? e.times.filter((t) => now - t <= d.seconds * 1000) : e.times;
        if (d.checkSet & 32) e.times = recent;
        hit = recent.length >= Math.max(1, d.hitCount);
        if (d.checkSet & 4 && hit) e.times.push(now);
      }
    }
    return hit !== d.invert;
  },
};
