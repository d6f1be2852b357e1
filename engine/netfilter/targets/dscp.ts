/** -j DSCP (libxt_DSCP.c, xt_DSCP.c): set the DSCP field (mangle). */
import type { TargetModule } from "../extension.js";
import { classToDscp } from "../dscp.js";
import { fail, hex2, x6Uint } from "../xt-helpers.js";

export interface DscpTargetData {
  dscp: number;
}

export const dscpTarget: TargetModule<DscpTargetData> = {
  name: "DSCP",
  options: [{ name: "set-dscp", excl: ["set-dscp-class"] }, { name: "set-dscp-class", excl: ["set-dscp"] }],
  init: () => ({ dscp: 0 }),
  parse(_d, opt, arg) {
    const v = opt === "set-dscp" ? x6Uint("DSCP", opt, arg!, 0, 0x3f) : classToDscp(arg!);
    return typeof v === "number" ? { dscp: v } : v;
  },
  finalCheck: (_d, _c, seen) => (seen.size === 0 ? fail("DSCP target: Parameter --set-dscp is required") : undefined),
  save: (d) => ` --set-dscp ${hex2(d.dscp)}`,
  print: (d) => ` DSCP set ${hex2(d.dscp)}`,
  check: (_d, ctx) => (ctx.table !== "mangle" ? { dmesg: `x_tables: ip_tables: DSCP target: only valid in mangle table, not ${ctx.table}` } : undefined),
  evaluate: (d, p) => ({ verdict: "CONTINUE", packet: { ...p, tos: (p.tos & 0x03) | (d.dscp << 2) } }),
};
