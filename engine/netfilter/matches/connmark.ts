/** -m connmark revision 1 (libxt_connmark.c, xt_connmark.c): (ctmark & mask) == value. */
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { printValMask, x6MarkMask } from "../xt-helpers.js";
import type { MarkData } from "./mark.js";

export const connmarkMatch: MatchModule<MarkData> = {
  name: "connmark",
  options: [{ name: "mark", invert: true, mandatory: true }],
  init: () => ({ mark: 0, mask: 0, invert: false }),
  parse(_d, opt, arg, invert) {
    const v = x6MarkMask("connmark", opt, arg!);
    if ("error" in v) return v;
    return { mark: v.value, mask: v.mask, invert };
  },
  save: (d) => `${d.invert ? " !" : ""} --mark${printValMask(d.mark, d.mask)}`,
  print: (d) => ` connmark match ${d.invert ? "!" : ""}${printValMask(d.mark, d.mask)}`,
  match: (d, p: Packet) => (p.ct !== undefined && ((p.ct.mark & d.mask) >>> 0) === d.mark >>> 0) !== d.invert,
};
