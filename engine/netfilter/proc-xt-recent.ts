/**
 * /proc/net/xt_recent: one file per recent list that a rule names (in either
 * backend's tables), showing its addresses; writes "+ADDR", "-ADDR" and "/"
 * add, remove and clear, as in xt_recent. Mount it in the shell with
 * `xtRecentMount(() => currentNs().netfilter, () => world.clock.nowMs, () => world.kernel?.bootMs ?? 0)`.
 */
import type { VirtualMount } from "../fs/types.js";
import type { RecentList } from "./matches/recent.js";
import { sharedState, type NetfilterState } from "./types.js";
import { inetAton } from "./xt-host.js";

const DIR = "/proc/net/xt_recent";

/** Names of the recent lists the rules use (the kernel keeps a list while a rule names it). */
export function recentListNames(state: NetfilterState): string[] {
  const names = new Set<string>();
  for (const tables of [state.nft, state.legacy]) {
    for (const table of Object.values(tables)) {
      if (!table) continue;
      for (const chain of table.chains) {
        for (const rule of chain.rules) {
          for (const m of rule.matches) if (m.name === "recent") names.add((m.data as { name: string }).name);
        }
      }
    }
  }
  return [...names];
}

/** Jiffies at HZ 250 since boot, from the kernel's start value (-300 s as a 32-bit number). */
const jiffiesAt = (ms: number, bootMs: number): number => 4294892296 + Math.floor((ms - bootMs) / 4);

export function recentListText(list: RecentList, bootMs: number): string {
  const jiffies = (ms: number): number => jiffiesAt(ms, bootMs);
  let out = "";
  for (const [addr, e] of Object.entries(list.entries ?? {})) {
    if (e.times.length === 0) continue;
    const last = e.times[e.times.length - 1]!;
    out += `src=${addr} ttl: ${e.ttl} last_seen: ${jiffies(last)} oldest_pkt: ${e.times.length} ${e.times.map(jiffies).join(", ")}\n`;
  }
  return out;
}

export function xtRecentMount(state: () => NetfilterState, now: () => number, bootMs: () => number = () => 0): VirtualMount {
  return {
    prefix: DIR,
    list: (path) => (path === DIR ? recentListNames(state()) : undefined),
    file(path) {
      const name = path.slice(DIR.length + 1);
      if (!recentListNames(state()).includes(name)) return undefined;
      const list = (): RecentList => sharedState(state(), `xt_recent/${name}`) as RecentList;
      return {
        mode: 0o600,
        read: () => recentListText(list(), bootMs()),
        write(content) {
          const text = content.trim();
          const l = list();
          if (text === "/") {
            l.entries = {};
            return undefined;
          }
          const addr = inetAton(text.slice(1));
          if ((text[0] !== "+" && text[0] !== "-") || addr === undefined) return "EINVAL: invalid argument";
          const key = `${addr >>> 24}.${(addr >>> 16) & 0xff}.${(addr >>> 8) & 0xff}.${addr & 0xff}`;
          const entries = (l.entries ??= {});
          if (text[0] === "-") delete entries[key];
          else (entries[key] ??= { times: [], ttl: 0 }).times.push(now());
          return undefined;
        },
      };
    },
  };
}
