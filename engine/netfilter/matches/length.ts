/** -m length (libxt_length.c, xt_length.c): the IP total length in [min, max]. */
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { x6UintRange } from "../xt-helpers.js";

export interface LengthData {
  min: number;
  max: number;
  invert: boolean;
}

const show = (d: LengthData): string => (d.min === d.max ? `${d.min}` : `${d.min}:${d.max}`);

export const lengthMatch: MatchModule<LengthData> = {
  name: "length",
  options: [{ name: "length", invert: true, mandatory: true }],
  init: () => ({ min: 0, max: 0, invert: false }),
  parse(_d, opt, arg, invert) {
    const v = x6UintRange("length", opt, arg!, 0xffff);
    if (!Array.isArray(v)) return v;
    return { min: v[0]!, max: v.length >= 2 ? v[1]! : v[0]!, invert };
  },
  save: (d) => `${d.invert ? " !" : ""} --length ${show(d)}`,
  print: (d) => ` length ${d.invert ? "!" : ""}${show(d)}`,
  match: (d, p: Packet) => (p.length >= d.min && p.length <= d.max) !== d.invert,
};
