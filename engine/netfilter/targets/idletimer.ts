/**
 * -j IDLETIMER (libxt_IDLETIMER.c revision 1, xt_IDLETIMER.c): restart a
 * timer named --label (27 characters kept) whose expiry userspace watches
 * in sysfs. The lab has no sysfs timers; the packet goes on (XT_CONTINUE).
 */
import type { TargetModule } from "../extension.js";
import { x6Uint } from "../xt-helpers.js";

export interface IdletimerData {
  timeout: number;
  label: string;
  alarm: boolean;
}

export const idletimerTarget: TargetModule<IdletimerData> = {
  name: "IDLETIMER",
  options: [{ name: "timeout", mandatory: true }, { name: "label", mandatory: true }, { name: "alarm", arg: "none" }],
  init: () => ({ timeout: 0, label: "", alarm: false }),
  parse(d, opt, arg) {
    if (opt === "alarm") return { ...d, alarm: true };
    if (opt === "label") return { ...d, label: arg!.slice(0, 27) };
    const v = x6Uint("IDLETIMER", opt, arg!, 0, 0xffffffff);
    return typeof v === "number" ? { ...d, timeout: v } : v;
  },
  save: (d) => ` --timeout ${d.timeout} --label ${d.label}${d.alarm ? " --alarm" : ""}`,
  print: (d) => ` timeout:${d.timeout} label:${d.label}${d.alarm ? " alarm" : ""}`,
  check(d) {
    if (d.timeout === 0) return { dmesg: "xt_IDLETIMER: timeout value is zero" };
    if (d.label === "") return { dmesg: "xt_IDLETIMER: label is empty" };
    return undefined;
  },
  evaluate: () => ({ verdict: "CONTINUE" }),
};
