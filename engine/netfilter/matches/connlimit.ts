/** -m connlimit revision 1 (libxt_connlimit.c, xt_connlimit.c): how many connections an address (or network) has. */
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { fail, x6Uint } from "../xt-helpers.js";
import { maskToCidr, numericToAddr, prefixToMask } from "../xt-addr.js";
import { xtStrtoui } from "../xt-number.js";

export interface ConnlimitData {
  limit: number;
  /** XT_CONNLIMIT_INVERT: true for --connlimit-upto (and for ! --connlimit-above). */
  upto: boolean;
  mask: number;
  daddr: boolean;
}

export const connlimitMatch: MatchModule<ConnlimitData> = {
  name: "connlimit",
  options: [
    { name: "connlimit-upto", invert: true, excl: ["connlimit-above"] },
    { name: "connlimit-above", invert: true, excl: ["connlimit-upto"] },
    { name: "connlimit-mask" },
    { name: "connlimit-saddr", arg: "none", excl: ["connlimit-daddr"] },
    { name: "connlimit-daddr", arg: "none", excl: ["connlimit-saddr"] },
  ],
  init: () => ({ limit: 0, upto: false, mask: 0xffffffff, daddr: false }),
  parse(d, opt, arg, invert) {
    switch (opt) {
      case "connlimit-upto":
      case "connlimit-above": {
        const v = x6Uint("connlimit", opt, arg!, 0, 0xffffffff);
        if (typeof v !== "number") return v;
        return { ...d, limit: v, upto: (opt === "connlimit-upto") !== invert };
      }
      case "connlimit-mask": {
        // XTTYPE_PLENMASK parsed as for IPv6 (0-128); the IPv4 mask keeps its first 32 bits.
        const len = xtStrtoui(arg!, 0, 128);
        if (len !== undefined) return { ...d, mask: prefixToMask(Math.min(len, 32)) };
        const dotted = numericToAddr(arg!, true);
        if (dotted !== undefined && maskToCidr(dotted) >= 0) return { ...d, mask: dotted };
        return fail(`connlimit: bad value for option "--connlimit-mask", neither a valid network mask nor valid CIDR (0-128).\n`);
      }
      case "connlimit-saddr":
        return { ...d, daddr: false };
      default:
        return { ...d, daddr: true };
    }
  },
  finalCheck: (_d, _c, seen) => (!seen.has("connlimit-upto") && !seen.has("connlimit-above") ? fail('You must specify "--connlimit-above" or "--connlimit-upto".') : undefined),
  save: (d) => ` --connlimit-${d.upto ? "upto" : "above"} ${d.limit} --connlimit-mask ${maskToCidr(d.mask)} --connlimit-${d.daddr ? "daddr" : "saddr"}`,
  print: (d) => ` #conn ${d.daddr ? "dst" : "src"}/${maskToCidr(d.mask)} ${d.upto ? "<=" : ">"} ${d.limit}`,
  /** The walk counts the connections: ctx.state.count holds the number for this packet's key (set by the conntrack layer). */
  match(d, _p: Packet, ctx) {
    const count = typeof ctx.state.count === "number" ? ctx.state.count : 0;
    return d.upto ? count <= d.limit : count > d.limit;
  },
};
