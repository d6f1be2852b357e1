/** -j CONNMARK revision 2 (libxt_CONNMARK.c, xt_connmark.c): set, save or restore the connection mark. */
import type { TargetModule } from "../extension.js";
import { fail, hex, x6Uint } from "../xt-helpers.js";
import { markOp, parseMarkOp } from "./mark.js";

export interface ConnmarkTargetData {
  mode: "set" | "save" | "restore";
  ctmark: number;
  ctmask: number;
  nfmask: number;
  shiftDir: "left" | "right";
  shiftBits: number;
}

const OPS = ["set-xmark", "set-mark", "and-mark", "or-mark", "xor-mark", "save-mark", "restore-mark"];

export const connmarkTarget: TargetModule<ConnmarkTargetData> = {
  name: "CONNMARK",
  options: [
    ...OPS.map((name) => ({ name, excl: OPS, arg: name.endsWith("-mark") && (name === "save-mark" || name === "restore-mark") ? ("none" as const) : ("required" as const) })),
    { name: "left-shift-mark" }, { name: "right-shift-mark" },
    { name: "ctmask", excl: ["mask"] }, { name: "nfmask", excl: ["mask"] }, { name: "mask", excl: ["ctmask", "nfmask"] },
  ],
  init: () => ({ mode: "set", ctmark: 0, ctmask: 0xffffffff, nfmask: 0xffffffff, shiftDir: "left", shiftBits: 0 }),
  parse(d, opt, arg) {
    if (opt === "save-mark") return { ...d, mode: "save" };
    if (opt === "restore-mark") return { ...d, mode: "restore" };
    if (opt === "ctmask" || opt === "nfmask" || opt === "mask") {
      const n = x6Uint("CONNMARK", opt, arg!, 0, 0xffffffff);
      if (typeof n !== "number") return n;
      if (opt === "ctmask") return { ...d, ctmask: n };
      if (opt === "nfmask") return { ...d, nfmask: n };
      return { ...d, ctmask: n, nfmask: n };
    }
    if (opt === "left-shift-mark" || opt === "right-shift-mark") {
      const n = x6Uint("CONNMARK", opt, arg!, 0, 32);
      if (typeof n !== "number") return n;
      return { ...d, shiftDir: opt === "left-shift-mark" ? "left" : "right", shiftBits: n };
    }
    const v = parseMarkOp("CONNMARK", opt, arg!);
    if ("error" in v) return v;
    return { ...d, mode: "set", ctmark: v.mark, ctmask: v.mask };
  },
  finalCheck: (_d, _c, seen) => (!OPS.some((o) => seen.has(o)) ? fail("CONNMARK target: No operation specified") : undefined),
  save(d) {
    const shift = d.shiftBits ? ` --${d.shiftDir}-shift-mark ${d.shiftBits}` : "";
    if (d.mode === "set") return ` --set-xmark ${hex(d.ctmark)}/${hex(d.ctmask)}${shift}`;
    return ` --${d.mode}-mark --nfmask ${hex(d.nfmask)} --ctmask ${hex(d.ctmask)}${shift}`;
  },
  print(d) {
    let s: string;
    const full = 0xffffffff;
    if (d.mode === "set") s = ` CONNMARK ${markOp(d.ctmark, d.ctmask)}`;
    else if (d.mode === "save") {
      s = d.nfmask === full && d.ctmask === full ? " CONNMARK save" : d.nfmask === d.ctmask ? ` CONNMARK save mask ${hex(d.nfmask)}` : ` CONNMARK save nfmask ${hex(d.nfmask)} ctmask ~${hex(d.ctmask)}`;
    } else {
      s = d.ctmask === full && d.nfmask === full ? " CONNMARK restore" : d.ctmask === d.nfmask ? ` CONNMARK restore mask ${hex(d.ctmask)}` : ` CONNMARK restore ctmask ${hex(d.ctmask)} nfmask ~${hex(d.nfmask)}`;
    }
    if (d.shiftBits) s += ` ${d.shiftDir}-shift-mark ${d.shiftBits}`;
    return s;
  },
  evaluate(d, p) {
    const ct = p.ct;
    const shift = (v: number) => (d.shiftDir === "left" ? v << d.shiftBits : v >>> d.shiftBits) >>> 0;
    if (d.mode === "set") {
      if (!ct) return { verdict: "CONTINUE" };
      const mark = ((ct.mark & ~d.ctmask) ^ d.ctmark) >>> 0;
      return { verdict: "CONTINUE", packet: { ...p, ct: { ...ct, mark } }, effects: [{ kind: "connmark", mark }] };
    }
    if (d.mode === "save") {
      if (!ct) return { verdict: "CONTINUE" };
      const mark = ((ct.mark & ~d.ctmask) ^ shift(p.mark & d.nfmask)) >>> 0;
      return { verdict: "CONTINUE", packet: { ...p, ct: { ...ct, mark } }, effects: [{ kind: "connmark", mark }] };
    }
    if (!ct) return { verdict: "CONTINUE" };
    return { verdict: "CONTINUE", packet: { ...p, mark: ((p.mark & ~d.nfmask) ^ shift(ct.mark & d.ctmask)) >>> 0 } };
  },
};
