/**
 * -j LED (libxt_LED.c): blink an LED trigger. The lab's kernel has no
 * xt_LED (kernel-missing.ts): options are parsed, the rule is refused.
 */
import type { TargetModule } from "../extension.js";
import { noKernelModule, warnMissing } from "../kernel-missing.js";
import { fail } from "../xt-helpers.js";
import { xtStrtoui } from "../xt-number.js";

export interface LedData {
  id: string;
  delay?: string;
  alwaysBlink: boolean;
}

export const ledTarget: TargetModule<LedData> = {
  name: "LED",
  options: [{ name: "led-trigger-id", mandatory: true }, { name: "led-delay" }, { name: "led-always-blink", arg: "none" }],
  init(ctx) {
    warnMissing("LED", ctx);
    return { id: "", alwaysBlink: false };
  },
  parse(d, opt, arg) {
    if (opt === "led-always-blink") return { ...d, alwaysBlink: true };
    if (opt === "led-trigger-id") return { ...d, id: arg!.slice(0, 26) };
    if (arg !== "inf" && xtStrtoui(arg!, 0, 0xffffffff) === undefined) return fail("Delay value must be within range 0..4294967295");
    return { ...d, delay: arg! };
  },
  save: (d) => ` --led-trigger-id "${d.id}"${d.delay !== undefined ? ` --led-delay ${d.delay}` : ""}${d.alwaysBlink ? " --led-always-blink" : ""}`,
  print: (d) => ` led-trigger-id:"${d.id}"${d.delay !== undefined ? ` led-delay:${d.delay}ms` : ""}${d.alwaysBlink ? " led-always-blink" : ""}`,
  check: () => noKernelModule("LED"),
  evaluate: () => ({ verdict: "CONTINUE" }),
};
