/**
 * -m ipvs (libxt_ipvs.c): the IPVS connection a packet belongs to. The lab
 * has no IPVS and its kernel no xt_ipvs (kernel-missing.ts): options are
 * taken, the rule is refused.
 */
import type { MatchModule } from "../extension.js";
import { noKernelModule, warnMissing } from "../kernel-missing.js";
import { fail } from "../xt-helpers.js";

export interface IpvsData {
  options: string[];
}

export const ipvsMatch: MatchModule<IpvsData> = {
  name: "ipvs",
  options: [
    { name: "ipvs", arg: "none", invert: true }, { name: "vproto", invert: true }, { name: "vaddr", invert: true }, { name: "vport", invert: true },
    { name: "vdir" }, { name: "vmethod", invert: true }, { name: "vportctl", invert: true },
  ],
  init(ctx) {
    warnMissing("ipvs", ctx);
    return { options: [] };
  },
  parse: (d, opt, arg, invert) => ({ options: [...d.options, `${invert ? "! " : ""}--${opt}${arg !== undefined ? ` ${arg}` : ""}`] }),
  finalCheck: (_d, _c, seen) => (seen.size === 0 ? fail("IPVS: At least one option is required") : undefined),
  save: (d) => d.options.map((o) => ` ${o}`).join(""),
  print: () => " ipvs",
  check: () => noKernelModule("ipvs"),
  match: () => false,
};
