/**
 * -j SECMARK (libxt_SECMARK.c, xt_SECMARK.c): label packets with an SELinux
 * context (mangle or security table). The lab host runs no LSM, so the
 * kernel cannot map any context: the rule is refused with ENOENT, as on a
 * Debian host without SELinux.
 */
import type { TargetModule } from "../extension.js";

export interface SecmarkData {
  selctx: string;
}

export const secmarkTarget: TargetModule<SecmarkData> = {
  name: "SECMARK",
  options: [{ name: "selctx", mandatory: true }],
  init: () => ({ selctx: "" }),
  parse: (_d, _opt, arg) => ({ selctx: arg!.slice(0, 255) }),
  save: (d) => ` --selctx ${d.selctx}`,
  print: (d) => ` SECMARK selctx ${d.selctx}`,
  check(d, ctx) {
    if (ctx.table !== "mangle" && ctx.table !== "security") {
      return { dmesg: `x_tables: ip_tables: SECMARK target: only valid in mangle or security table, not ${ctx.table}` };
    }
    return { dmesg: `xt_SECMARK: invalid security context '${d.selctx}'`, errno: "ENOENT" };
  },
  evaluate: () => ({ verdict: "CONTINUE" }),
};
