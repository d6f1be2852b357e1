/** -m rpfilter (libxt_rpfilter.c, xt_rpfilter.c): would the reply to the source go out where the packet came in? */
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";

export interface RpfilterData {
  loose?: boolean;
  validmark?: boolean;
  acceptLocal?: boolean;
  invert?: boolean;
}

function flags(d: RpfilterData, prefix: string): string {
  let s = "";
  if (d.loose) s += ` ${prefix}loose`;
  if (d.validmark) s += ` ${prefix}validmark`;
  if (d.acceptLocal) s += ` ${prefix}accept-local`;
  if (d.invert) s += ` ${prefix}invert`;
  return s;
}

const KEYS: Record<string, keyof RpfilterData> = { loose: "loose", validmark: "validmark", "accept-local": "acceptLocal", invert: "invert" };

export const rpfilterMatch: MatchModule<RpfilterData> = {
  name: "rpfilter",
  options: [{ name: "loose", arg: "none" }, { name: "validmark", arg: "none" }, { name: "accept-local", arg: "none" }, { name: "invert", arg: "none" }],
  init: () => ({}),
  parse: (d, opt) => ({ ...d, [KEYS[opt]!]: true }),
  save: (d) => flags(d, "--"),
  print: (d) => ` rpfilter${flags(d, "")}`,
  check(_d, ctx) {
    if (ctx.table !== "raw" && ctx.table !== "mangle") return { dmesg: "xt_rpfilter: only valid in 'raw' or 'mangle' table, not 'filter'".replace("'filter'", `'${ctx.table}'`) };
    if (ctx.hooks.some((h) => h !== "PREROUTING")) return { dmesg: `x_tables: ip_tables: rpfilter match: used from hooks ${ctx.hooks.find((h) => h !== "PREROUTING")}, but only usable from PREROUTING` };
    return undefined;
  },
  /** The walk answers the route lookup: ctx.addrType(src, inIface) is UNICAST when the source routes back out of the in interface. */
  match(d, p: Packet, ctx) {
    let ok: boolean;
    if (d.acceptLocal && ctx.addrType(p.src) === "LOCAL") ok = true;
    else {
      const t = d.loose ? ctx.addrType(p.src) : ctx.addrType(p.src, p.inIface);
      ok = t === "UNICAST" || t === "LOCAL";
    }
    return ok !== (d.invert === true);
  },
};
