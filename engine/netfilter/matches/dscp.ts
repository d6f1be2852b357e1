/** -m dscp (libxt_dscp.c, xt_dscp.c): the DSCP field (TOS >> 2). */
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { classToDscp } from "../dscp.js";
import { fail, hex2, x6Uint } from "../xt-helpers.js";

export interface DscpData {
  dscp: number;
  invert: boolean;
}

export const dscpMatch: MatchModule<DscpData> = {
  name: "dscp",
  options: [{ name: "dscp", invert: true, excl: ["dscp-class"] }, { name: "dscp-class", invert: true, excl: ["dscp"] }],
  init: () => ({ dscp: 0, invert: false }),
  parse(d, opt, arg, invert) {
    const v = opt === "dscp" ? x6Uint("dscp", opt, arg!, 0, 0x3f) : classToDscp(arg!);
    if (typeof v !== "number") return v;
    return { dscp: v, invert: d.invert || invert };
  },
  finalCheck: (_d, _c, seen) => (seen.size === 0 ? fail("DSCP match: Parameter --dscp is required") : undefined),
  save: (d) => `${d.invert ? " !" : ""} --dscp ${hex2(d.dscp)}`,
  print: (d) => ` DSCP match ${d.invert ? "!" : ""}${hex2(d.dscp)}`,
  match: (d, p: Packet) => ((p.tos >> 2) === d.dscp) !== d.invert,
};
