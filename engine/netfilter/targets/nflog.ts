/**
 * -j NFLOG (libxt_NFLOG.c, xt_NFLOG.c): log the packet to a netlink group.
 * iptables-nft makes it an nftables `log group` statement, which keeps no
 * --nflog-range and does not cut the prefix.
 */
import type { TargetModule } from "../extension.js";
import { fail, saveString, x6Uint } from "../xt-helpers.js";

export interface NflogData {
  group: number;
  prefix: string;
  /** --nflog-size or --nflog-range. */
  len: number;
  copyLen?: boolean;
  threshold: number;
}

const DEFAULT_THRESHOLD = 1;

function dump(d: NflogData, pfx: string): string {
  let s = "";
  if (d.prefix !== "") s += ` ${pfx}nflog-prefix ${saveString(d.prefix)}`;
  if (d.group) s += ` ${pfx}nflog-group ${d.group}`;
  if (d.copyLen) s += ` ${pfx}nflog-size ${d.len}`;
  else if (d.len) s += ` ${pfx}nflog-range ${d.len}`;
  if (d.threshold !== DEFAULT_THRESHOLD) s += ` ${pfx}nflog-threshold ${d.threshold}`;
  return s;
}

export const nflogTarget: TargetModule<NflogData> = {
  name: "NFLOG",
  options: [
    { name: "nflog-group" }, { name: "nflog-prefix" }, { name: "nflog-range", excl: ["nflog-size"] }, { name: "nflog-size", excl: ["nflog-range"] },
    { name: "nflog-threshold" },
  ],
  init: () => ({ group: 0, prefix: "", len: 0, threshold: DEFAULT_THRESHOLD }),
  parse(d, opt, arg, _invert, ctx) {
    switch (opt) {
      case "nflog-group":
      case "nflog-threshold": {
        const v = x6Uint("NFLOG", opt, arg!, 0, 0xffff);
        if (typeof v !== "number") return v;
        return opt === "nflog-group" ? { ...d, group: v } : { ...d, threshold: v };
      }
      case "nflog-prefix":
        if (arg!.includes("\n")) return fail("Newlines not allowed in --log-prefix");
        return { ...d, prefix: ctx.backend === "legacy" ? arg!.slice(0, 63) : arg! };
      default: {
        const v = x6Uint("NFLOG", opt, arg!, 0, 0xffffffff);
        if (typeof v !== "number") return v;
        if (opt === "nflog-range") ctx.warn("warn: --nflog-range has never worked and is no longer supported, please use --nflog-size instead\n");
        return { ...d, len: v, copyLen: opt === "nflog-size" };
      }
    }
  },
  save: (d, ctx) => dump(ctx.backend === "nf_tables" && !d.copyLen ? { ...d, len: 0 } : d, "--"),
  print: (d, ctx) => dump(ctx.backend === "nf_tables" && !d.copyLen ? { ...d, len: 0 } : d, ""),
  evaluate: (d) => ({ verdict: "CONTINUE", effects: [{ kind: "nflog", group: d.group, prefix: d.prefix }] }),
};
