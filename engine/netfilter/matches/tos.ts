/** -m tos revision 1 (libxt_tos.c, xt_dscp.c): (TOS & mask) == value. */
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { parseTosMask, tosSymbol } from "../dscp.js";
import { hex2 } from "../xt-helpers.js";

export interface TosData {
  value: number;
  mask: number;
  invert: boolean;
}

export const tosMatch: MatchModule<TosData> = {
  name: "tos",
  options: [{ name: "tos", invert: true, mandatory: true }],
  init: () => ({ value: 0, mask: 0, invert: false }),
  parse(_d, _opt, arg, invert) {
    const v = parseTosMask(arg!, 0x3f);
    if ("error" in v) return v;
    return { value: v.value, mask: v.mask, invert };
  },
  save: (d) => `${d.invert ? " !" : ""} --tos ${hex2(d.value)}/${hex2(d.mask)}`,
  print(d, ctx) {
    const sym = ctx.numeric ? undefined : tosSymbol(d.value, d.mask);
    return ` tos match${d.invert ? "!" : ""}${sym ? ` ${sym}` : `${hex2(d.value)}/${hex2(d.mask)}`}`;
  },
  match: (d, p: Packet) => ((p.tos & d.mask) === d.value) !== d.invert,
};
