/**
 * -j AUDIT (libxt_AUDIT.c, xt_AUDIT.c): record the packet in the audit log
 * as accepted, dropped or rejected, then go on. The lab keeps no audit log;
 * the verdict is AUDIT's own, XT_CONTINUE.
 */
import type { TargetModule } from "../extension.js";
import { fail } from "../xt-helpers.js";

export interface AuditData {
  type: "accept" | "drop" | "reject";
}

export const auditTarget: TargetModule<AuditData> = {
  name: "AUDIT",
  options: [{ name: "type", mandatory: true }],
  init: () => ({ type: "accept" }),
  parse(_d, _opt, arg) {
    const type = arg!.toLowerCase();
    if (type !== "accept" && type !== "drop" && type !== "reject") return fail(`Bad action type value "${arg}"`);
    return { type };
  },
  save: (d) => ` --type ${d.type}`,
  print: (d) => ` AUDIT ${d.type}`,
  evaluate: () => ({ verdict: "CONTINUE" }),
};
