/** -j CLASSIFY (libxt_CLASSIFY.c, xt_CLASSIFY.c): set skb->priority to a tc class MAJOR:MINOR (mangle, output side). */
import type { HookName } from "../types.js";
import type { TargetModule } from "../extension.js";
import { fail } from "../xt-helpers.js";

export interface ClassifyData {
  /** TC_H_MAKE(major << 16, minor). */
  priority: number;
}

const HOOKS: readonly HookName[] = ["OUTPUT", "FORWARD", "POSTROUTING"];
const hex = (v: number, width: number): string => v.toString(16).padStart(width, "0");

export const classifyTarget: TargetModule<ClassifyData> = {
  name: "CLASSIFY",
  options: [{ name: "set-class", mandatory: true }],
  init: () => ({ priority: 0 }),
  parse(_d, _opt, arg) {
    // sscanf("%x:%x"): each number may start with blanks, a sign and 0x; anything may follow.
    const m = /^\s*[+-]?(?:0[xX])?([0-9a-fA-F]+):\s*[+-]?(?:0[xX])?([0-9a-fA-F]+)/.exec(arg!);
    if (!m) return fail(`Bad class value "${arg}"`);
    const major = parseInt(m[1]!.slice(-8), 16) & 0xffff;
    const minor = parseInt(m[2]!.slice(-8), 16) & 0xffff;
    return { priority: ((major << 16) | minor) >>> 0 };
  },
  save: (d) => ` --set-class ${hex(d.priority >>> 16, 4)}:${hex(d.priority & 0xffff, 4)}`,
  print: (d) => ` CLASSIFY set ${hex(d.priority >>> 16, 1)}:${hex(d.priority & 0xffff, 1)}`,
  check(_d, ctx) {
    if (ctx.table !== "mangle") return { dmesg: `x_tables: ip_tables: CLASSIFY target: only valid in mangle table, not ${ctx.table}` };
    const bad = ctx.hooks.find((h) => !HOOKS.includes(h));
    if (bad) return { dmesg: `x_tables: ip_tables: CLASSIFY target: used from hooks ${bad}, but only usable from OUTPUT/FORWARD/POSTROUTING` };
    return undefined;
  },
  evaluate: () => ({ verdict: "CONTINUE" }),
};
