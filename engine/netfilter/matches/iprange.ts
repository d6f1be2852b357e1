/** -m iprange revision 1 (libxt_iprange.c, xt_iprange.c): --src-range / --dst-range A-B. */
import type { MatchModule, ParseFailure } from "../extension.js";
import type { Packet } from "../packet.js";
import { badValue, fail } from "../xt-helpers.js";
import { numericToAddr } from "../xt-addr.js";
import { formatIpv4 } from "../../addr/ipv4.js";

interface Range {
  min: number;
  max: number;
  invert: boolean;
}

export interface IprangeData {
  src?: Range;
  dst?: Range;
}

function parseRange(arg: string, opt: string, warn: { text: string }): Omit<Range, "invert"> | ParseFailure {
  const dash = arg.indexOf("-");
  const specs = dash < 0 ? [arg, arg] : [arg.slice(0, dash), arg.slice(dash + 1)];
  const values: number[] = [];
  for (const s of specs) {
    const v = numericToAddr(s);
    if (v === undefined) return badValue("iprange", opt, s);
    values.push(v);
  }
  if (values[0]! > values[1]!) warn.text += `xt_iprange: range ${specs[0]}-${specs[1]} is reversed and will never match\n`;
  return { min: values[0]!, max: values[1]! };
}

const show = (r: Range): string => ` ${formatIpv4(r.min)}-${formatIpv4(r.max)}`;

export const iprangeMatch: MatchModule<IprangeData> = {
  name: "iprange",
  options: [{ name: "src-range", invert: true }, { name: "dst-range", invert: true }],
  init: () => ({}),
  parse(d, opt, arg, invert, ctx) {
    const warn = { text: "" };
    const r = parseRange(arg!, `--${opt}`, warn);
    if ("error" in r) return r;
    if (warn.text) ctx.warn(warn.text);
    return opt === "src-range" ? { ...d, src: { ...r, invert } } : { ...d, dst: { ...r, invert } };
  },
  finalCheck: (_d, _c, seen) => (seen.size === 0 ? fail("iprange match: You must specify `--src-range' or `--dst-range'") : undefined),
  save(d) {
    let s = "";
    if (d.src) s += `${d.src.invert ? " !" : ""} --src-range${show(d.src)}`;
    if (d.dst) s += `${d.dst.invert ? " !" : ""} --dst-range${show(d.dst)}`;
    return s;
  },
  print(d) {
    let s = "";
    if (d.src) s += ` source IP range${d.src.invert ? " !" : ""}${show(d.src)}`;
    if (d.dst) s += ` destination IP range${d.dst.invert ? " !" : ""}${show(d.dst)}`;
    return s;
  },
  match(d, p: Packet) {
    const inR = (a: number, r: Range) => (a >= r.min && a <= r.max) !== r.invert;
    return (!d.src || inR(p.src, d.src)) && (!d.dst || inR(p.dst, d.dst));
  },
};
