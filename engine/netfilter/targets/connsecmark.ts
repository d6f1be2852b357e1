/**
 * -j CONNSECMARK (libxt_CONNSECMARK.c, xt_CONNSECMARK.c): copy the security
 * mark between packet and connection (mangle or security table). The lab's
 * packets carry no security mark (no LSM), so there is nothing to copy.
 */
import type { TargetModule } from "../extension.js";
import { fail } from "../xt-helpers.js";

export interface ConnsecmarkData {
  mode?: "save" | "restore";
}

export const connsecmarkTarget: TargetModule<ConnsecmarkData> = {
  name: "CONNSECMARK",
  options: [{ name: "save", arg: "none", excl: ["restore"] }, { name: "restore", arg: "none", excl: ["save"] }],
  init: () => ({}),
  parse: (_d, opt) => ({ mode: opt === "save" ? "save" : "restore" }),
  finalCheck: (_d, _c, seen) => (seen.size === 0 ? fail("CONNSECMARK target: parameter required") : undefined),
  save: (d) => (d.mode ? ` --${d.mode}` : ""),
  print: (d) => (d.mode ? ` CONNSECMARK ${d.mode}` : ""),
  check(_d, ctx) {
    if (ctx.table !== "mangle" && ctx.table !== "security") {
      return { dmesg: `x_tables: ip_tables: CONNSECMARK target: only valid in mangle or security table, not ${ctx.table}` };
    }
    return undefined;
  },
  evaluate: () => ({ verdict: "CONTINUE" }),
};
