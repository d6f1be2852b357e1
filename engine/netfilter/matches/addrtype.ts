/** -m addrtype revision 1 (libxt_addrtype.c, xt_addrtype.c): the route type of source/destination. */
import type { AddrType, MatchModule, ParseFailure } from "../extension.js";
import type { Packet } from "../packet.js";
import { fail } from "../xt-helpers.js";

export const RTN_NAMES: readonly AddrType[] = [
  "UNSPEC", "UNICAST", "LOCAL", "BROADCAST", "ANYCAST", "MULTICAST", "BLACKHOLE", "UNREACHABLE", "PROHIBIT", "THROW", "NAT", "XRESOLVE",
];

export interface AddrtypeData {
  source: number;
  dest: number;
  invertSource: boolean;
  invertDest: boolean;
  limitIn: boolean;
  limitOut: boolean;
}

function parseTypes(arg: string, mask: number): number | ParseFailure {
  const items = arg.split(",");
  let m = mask;
  for (let i = 0; i < items.length; i++) {
    const item = items[i]!;
    const last = i === items.length - 1;
    const idx = item === "" ? -1 : RTN_NAMES.findIndex((n) => n.toLowerCase().startsWith(item.toLowerCase()));
    if (idx < 0) return fail(last ? `addrtype: bad type "${item}"` : `addrtype: bad type \`${items.slice(i).join(",")}'`);
    m |= 1 << idx;
  }
  return m;
}

const types = (mask: number): string => RTN_NAMES.filter((_, i) => mask & (1 << i)).join(",");

export const addrtypeMatch: MatchModule<AddrtypeData> = {
  name: "addrtype",
  options: [
    { name: "src-type", invert: true }, { name: "dst-type", invert: true },
    { name: "limit-iface-in", arg: "none", excl: ["limit-iface-out"] }, { name: "limit-iface-out", arg: "none", excl: ["limit-iface-in"] },
  ],
  init: () => ({ source: 0, dest: 0, invertSource: false, invertDest: false, limitIn: false, limitOut: false }),
  parse(d, opt, arg, invert) {
    switch (opt) {
      case "src-type": {
        const m = parseTypes(arg!, d.source);
        return typeof m === "number" ? { ...d, source: m, invertSource: d.invertSource || invert } : m;
      }
      case "dst-type": {
        const m = parseTypes(arg!, d.dest);
        return typeof m === "number" ? { ...d, dest: m, invertDest: d.invertDest || invert } : m;
      }
      case "limit-iface-in":
        return { ...d, limitIn: true };
      default:
        return { ...d, limitOut: true };
    }
  },
  finalCheck: (_d, _c, seen) => (!seen.has("src-type") && !seen.has("dst-type") ? fail("addrtype: you must specify --src-type or --dst-type") : undefined),
  save(d) {
    let s = "";
    if (d.source) s += `${d.invertSource ? " !" : ""} --src-type ${types(d.source)}`;
    if (d.dest) s += `${d.invertDest ? " !" : ""} --dst-type ${types(d.dest)}`;
    if (d.limitIn) s += " --limit-iface-in";
    if (d.limitOut) s += " --limit-iface-out";
    return s;
  },
  print(d) {
    let s = " ADDRTYPE match";
    if (d.source) s += ` src-type ${d.invertSource ? "!" : ""}${types(d.source)}`;
    if (d.dest) s += ` dst-type ${d.invertDest ? "!" : ""}${types(d.dest)}`;
    if (d.limitIn) s += " limit-in";
    if (d.limitOut) s += " limit-out";
    return s;
  },
  check(d, ctx) {
    if (d.limitIn && ctx.hooks.some((h) => h === "OUTPUT" || h === "POSTROUTING")) return { dmesg: "xt_addrtype: input interface limitation not valid in POSTROUTING and OUTPUT" };
    if (d.limitOut && ctx.hooks.some((h) => h === "PREROUTING" || h === "INPUT")) return { dmesg: "xt_addrtype: output interface limitation not valid in PREROUTING and INPUT" };
    return undefined;
  },
  match(d, p: Packet, ctx) {
    const iface = d.limitIn ? p.inIface : d.limitOut ? p.outIface : undefined;
    const test = (addr: number, mask: number, invert: boolean) => {
      const bit = 1 << RTN_NAMES.indexOf(ctx.addrType(addr, iface));
      return ((mask & bit) !== 0) !== invert;
    };
    if (d.source && !test(p.src, d.source, d.invertSource)) return false;
    if (d.dest && !test(p.dst, d.dest, d.invertDest)) return false;
    return true;
  },
};
