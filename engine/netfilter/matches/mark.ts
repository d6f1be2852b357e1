/** -m mark revision 1 (libxt_mark.c, xt_mark.c): (nfmark & mask) == value. */
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { printValMask, x6MarkMask } from "../xt-helpers.js";

export interface MarkData {
  mark: number;
  mask: number;
  invert: boolean;
}

export const markMatch: MatchModule<MarkData> = {
  name: "mark",
  options: [{ name: "mark", invert: true, mandatory: true }],
  init: () => ({ mark: 0, mask: 0, invert: false }),
  parse(_d, opt, arg, invert) {
    const v = x6MarkMask("mark", opt, arg!);
    if ("error" in v) return v;
    return { mark: v.value, mask: v.mask, invert };
  },
  save: (d) => `${d.invert ? " !" : ""} --mark${printValMask(d.mark, d.mask)}`,
  print: (d) => ` mark match${d.invert ? " !" : ""}${printValMask(d.mark, d.mask)}`,
  match: (d, p: Packet) => (((p.mark & d.mask) >>> 0) === d.mark >>> 0) !== d.invert,
};
