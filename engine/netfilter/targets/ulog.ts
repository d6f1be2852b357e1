/**
 * -j ULOG (libipt_ULOG.c): the netlink logger NFLOG replaced; the kernel has
 * had no ipt_ULOG since 3.17 (kernel-missing.ts): options are parsed, the
 * rule is refused.
 */
import type { TargetModule } from "../extension.js";
import { noKernelModule, warnMissing } from "../kernel-missing.js";
import { fail, x6Uint } from "../xt-helpers.js";

export interface UlogData {
  options: string[];
}

export const ulogTarget: TargetModule<UlogData> = {
  name: "ULOG",
  options: [{ name: "ulog-nlgroup" }, { name: "ulog-prefix" }, { name: "ulog-cprange" }, { name: "ulog-qthreshold" }],
  init(ctx) {
    warnMissing("ULOG", ctx);
    return { options: [] };
  },
  parse(d, opt, arg) {
    const a = arg!;
    if (opt === "ulog-nlgroup") {
      const v = x6Uint("ULOG", opt, a, 1, 32);
      if (typeof v !== "number") return v;
    } else if (opt === "ulog-prefix") {
      if (a === "") return fail("Argument must have a minimum length of 1 characters\n");
    } else {
      const v = x6Uint("ULOG", opt, a, opt === "ulog-qthreshold" ? 1 : 0, opt === "ulog-qthreshold" ? 50 : Number.MAX_SAFE_INTEGER);
      if (typeof v !== "number") return v;
    }
    return { options: [...d.options, `--${opt} ${a}`] };
  },
  save: (d) => d.options.map((o) => ` ${o}`).join(""),
  print: () => " ULOG",
  check: () => noKernelModule("ULOG"),
  evaluate: () => ({ verdict: "CONTINUE" }),
};
