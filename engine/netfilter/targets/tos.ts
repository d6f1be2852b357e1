/** -j TOS revision 1 (libxt_TOS.c, xt_DSCP.c): TOS = (TOS & ~mask) ^ value (mangle). */
import type { TargetModule } from "../extension.js";
import { parseTosMask, tosSymbol } from "../dscp.js";
import { fail, hex2, x6Uint } from "../xt-helpers.js";

export interface TosTargetData {
  value: number;
  mask: number;
}

const ANY = ["set-tos", "and-tos", "or-tos", "xor-tos"];

export const tosTarget: TargetModule<TosTargetData> = {
  name: "TOS",
  options: ANY.map((name) => ({ name, excl: ANY })),
  init: () => ({ value: 0, mask: 0 }),
  parse(_d, opt, arg) {
    if (opt === "set-tos") {
      const v = parseTosMask(arg!, 0x3f);
      return "error" in v ? v : { value: v.value, mask: v.mask };
    }
    const n = x6Uint("TOS", opt, arg!, 0, 255);
    if (typeof n !== "number") return n;
    if (opt === "and-tos") return { value: 0, mask: ~n & 0xff };
    if (opt === "or-tos") return { value: n, mask: n };
    return { value: n, mask: 0 };
  },
  finalCheck: (_d, _c, seen) => (!ANY.some((o) => seen.has(o)) ? fail("TOS: An action is required") : undefined),
  save: (d) => ` --set-tos ${hex2(d.value)}/${hex2(d.mask)}`,
  print(d, ctx) {
    if (ctx.numeric) return ` TOS set ${hex2(d.value)}/${hex2(d.mask)}`;
    const sym = tosSymbol(d.value, d.mask);
    if (sym) return `  TOS set${sym}`;
    if (d.value === 0) return ` TOS and ${hex2(~d.mask & 0xff)}`;
    if (d.value === d.mask) return ` TOS or ${hex2(d.value)}`;
    if (d.mask === 0) return ` TOS xor ${hex2(d.value)}`;
    return ` TOS set ${hex2(d.value)}/${hex2(d.mask)}`;
  },
  check: (_d, ctx) => (ctx.table !== "mangle" ? { dmesg: `x_tables: ip_tables: TOS target: only valid in mangle table, not ${ctx.table}` } : undefined),
  evaluate: (d, p) => ({ verdict: "CONTINUE", packet: { ...p, tos: ((p.tos & ~d.mask) ^ d.value) & 0xff } }),
};
