/** -j MARK revision 2 (libxt_MARK.c, xt_mark.c): nfmark = (nfmark & ~mask) ^ value. */
import type { TargetModule } from "../extension.js";
import { fail, hex, x6MarkMask, x6Uint } from "../xt-helpers.js";

export interface MarkTargetData {
  mark: number;
  mask: number;
}

const ANY = ["set-xmark", "set-mark", "and-mark", "or-mark", "xor-mark"];

/** How MARK and CONNMARK print a value/mask pair (" MARK and 0xff", " or", " xor", " set", " xset"). */
export function markOp(mark: number, mask: number): string {
  if (mark === 0) return `and ${hex(~mask)}`;
  if (mark === mask) return `or ${hex(mark)}`;
  if (mask === 0) return `xor ${hex(mark)}`;
  if (mask >>> 0 === 0xffffffff) return `set ${hex(mark)}`;
  return `xset ${hex(mark)}/${hex(mask)}`;
}

/** --set-xmark / --set-mark / --and-mark / --or-mark / --xor-mark as (value, mask). */
export function parseMarkOp(ext: string, opt: string, arg: string): MarkTargetData | import("../extension.js").ParseFailure {
  if (opt === "set-xmark" || opt === "set-mark") {
    const v = x6MarkMask(ext, opt, arg);
    if ("error" in v) return v;
    return opt === "set-xmark" ? { mark: v.value, mask: v.mask } : { mark: v.value, mask: (v.value | v.mask) >>> 0 };
  }
  const n = x6Uint(ext, opt, arg, 0, 0xffffffff);
  if (typeof n !== "number") return n;
  if (opt === "and-mark") return { mark: 0, mask: ~n >>> 0 };
  if (opt === "or-mark") return { mark: n, mask: n };
  return { mark: n, mask: 0 };
}

export const markTarget: TargetModule<MarkTargetData> = {
  name: "MARK",
  options: ANY.map((name) => ({ name, excl: ANY })),
  init: () => ({ mark: 0, mask: 0 }),
  parse: (_d, opt, arg) => parseMarkOp("MARK", opt, arg!),
  finalCheck: (_d, _c, seen) => (seen.size === 0 ? fail("MARK: One of the --set-xmark, --{and,or,xor,set}-mark options is required") : undefined),
  save: (d) => ` --set-xmark ${hex(d.mark)}/${hex(d.mask)}`,
  print: (d) => ` MARK ${markOp(d.mark, d.mask)}`,
  evaluate: (d, p) => ({ verdict: "CONTINUE", packet: { ...p, mark: ((p.mark & ~d.mask) ^ d.mark) >>> 0 } }),
};
