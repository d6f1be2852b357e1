/**
 * -m ipcomp (libxt_ipcomp.c, xt_ipcomp.c): the IPComp header's CPI in a
 * range; --compres is kept and printed but, as in the kernel, not tested.
 * libxt_ipcomp has no init: a bare `-m ipcomp` is the range 0:0. -L calls
 * it "comp". The CPI is read from the payload, where the header would be.
 */
import type { MatchModule } from "../extension.js";
import { packetBytes } from "../packet-bytes.js";
import { checkProto, parseSpi, type SpiData } from "./spi.js";

export interface IpcompData extends SpiData {
  compres: boolean;
}

const full = (d: SpiData): boolean => d.spis[0] === 0 && d.spis[1] === 0xffffffff;

export const ipcompMatch: MatchModule<IpcompData> = {
  name: "ipcomp",
  options: [{ name: "ipcompspi", invert: true }, { name: "compres", arg: "none" }],
  init: () => ({ spis: [0, 0], invert: false, compres: false }),
  parse(d, opt, arg, invert) {
    if (opt === "compres") return { ...d, compres: true };
    const v = parseSpi("ipcomp", opt, arg!, invert);
    return "error" in v ? v : { ...d, ...v };
  },
  save(d) {
    const [a, b] = d.spis;
    const spi = full(d) && !d.invert ? "" : `${d.invert ? " !" : ""} --ipcompspi ${a === b ? a : `${a}:${b}`}`;
    return `${spi}${d.compres ? " --compres" : ""}`;
  },
  print(d) {
    const [a, b] = d.spis;
    const inv = d.invert ? "!" : "";
    const spi = full(d) && !d.invert ? "" : a === b ? `spi:${inv}${a}` : `spis:${inv}${a}:${b}`;
    return ` comp ${spi}${d.compres ? " reserved" : ""}`;
  },
  check: (_d, ctx) => checkProto("ipcomp", 108, ctx.ip),
  match(d, p) {
    if (p.fragOffset !== 0) return false;
    const b = packetBytes(p);
    if (b.length < 24) return false;
    const cpi = (b[22]! << 8) | b[23]!;
    return (cpi >= d.spis[0] && cpi <= d.spis[1]) !== d.invert;
  },
};
