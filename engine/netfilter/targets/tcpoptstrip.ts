/**
 * -j TCPOPTSTRIP (libxt_TCPOPTSTRIP.c, xt_TCPOPTSTRIP.c): overwrite the
 * listed TCP options with NOPs (mangle table, -p tcp). Options by number
 * (2-255) or name; -L names the known ones, -S numbers them.
 */
import type { TargetModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { fail } from "../xt-helpers.js";
import { xtStrtoui } from "../xt-number.js";

export interface TcpoptstripData {
  /** Option kinds, ascending. */
  options: number[];
}

const NAMES: readonly [string, number][] = [["wscale", 3], ["mss", 2], ["sack-permitted", 4], ["sack", 5], ["timestamp", 8], ["md5", 19]];
/** The bytes each option Linux sends takes (a stripped option leaves that many NOPs). */
const LENGTH: Record<number, number> = { 2: 4, 3: 3, 4: 2, 8: 10 };

function list(d: TcpoptstripData, numeric: boolean): string {
  return d.options.map((o) => (numeric ? undefined : NAMES.find(([, v]) => v === o)?.[0]) ?? String(o)).join(",");
}

export const tcpoptstripTarget: TargetModule<TcpoptstripData> = {
  name: "TCPOPTSTRIP",
  options: [{ name: "strip-options" }],
  init: () => ({ options: [] }),
  parse(d, _opt, arg) {
    const set = new Set(d.options);
    for (const word of arg!.split(",")) {
      const option = NAMES.find(([n]) => n === word)?.[1] ?? xtStrtoui(word, 0, 255);
      if (option === undefined) return fail(`Bad TCP option value "${word}"`);
      if (option < 2) return fail("Option value may not be 0 or 1");
      if (set.has(option)) return fail(`Option "${word}" already specified`);
      set.add(option);
    }
    return { options: [...set].sort((a, b) => a - b) };
  },
  save: (d) => (d.options.length ? ` --strip-options ${list(d, true)}` : ""),
  print: (d, ctx) => (d.options.length ? ` TCPOPTSTRIP options ${list(d, ctx.numeric)}` : ""),
  check(_d, ctx) {
    if (ctx.table !== "mangle") return { dmesg: `x_tables: ip_tables: TCPOPTSTRIP target: only valid in mangle table, not ${ctx.table}` };
    if (ctx.ip.proto !== 6 || ctx.ip.invertProto) return { dmesg: "x_tables: ip_tables: TCPOPTSTRIP target: only valid for protocol 6" };
    return undefined;
  },
  evaluate(d, p: Packet) {
    if (p.proto !== 6 || p.fragOffset !== 0 || !p.tcpOptions?.some((k) => d.options.includes(k))) return { verdict: "CONTINUE" };
    const tcpOptions = p.tcpOptions.flatMap((k) => (d.options.includes(k) ? Array<number>(LENGTH[k] ?? 1).fill(1) : [k]));
    return { verdict: "CONTINUE", packet: { ...p, tcpOptions, tcpMss: d.options.includes(2) ? undefined : p.tcpMss } };
  },
};
