/** -m tcpmss (libxt_tcpmss.c, xt_tcpmss.c): the MSS option of a SYN, in a range. */
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { x6UintRange } from "../xt-helpers.js";

export interface TcpmssData {
  min: number;
  max: number;
  invert: boolean;
}

const show = (d: TcpmssData): string => (d.min === d.max ? `${d.min}` : `${d.min}:${d.max}`);

export const tcpmssMatch: MatchModule<TcpmssData> = {
  name: "tcpmss",
  options: [{ name: "mss", invert: true, mandatory: true }],
  init: () => ({ min: 0, max: 0, invert: false }),
  parse(_d, opt, arg, invert) {
    const v = x6UintRange("tcpmss", opt, arg!, 0xffff);
    if (!Array.isArray(v)) return v;
    return { min: v[0]!, max: v.length >= 2 ? v[1]! : v[0]!, invert };
  },
  save: (d) => `${d.invert ? " !" : ""} --mss ${show(d)}`,
  print: (d) => ` tcpmss match ${d.invert ? "!" : ""}${show(d)}`,
  check(_d, ctx) {
    if (ctx.ip.proto !== 6 || ctx.ip.invertProto) return { dmesg: "x_tables: ip_tables: tcpmss match: only valid for protocol 6" };
    return undefined;
  },
  match(d, p: Packet) {
    // Only packets carrying the MSS option are judged; the others match under `!` alone.
    if (p.tcpMss === undefined) return d.invert;
    return (p.tcpMss >= d.min && p.tcpMss <= d.max) !== d.invert;
  },
};
