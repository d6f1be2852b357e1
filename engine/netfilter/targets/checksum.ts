/** -j CHECKSUM (libxt_CHECKSUM.c, xt_CHECKSUM.c): fill in a checksum left for the NIC (mangle table only). */
import type { TargetModule } from "../extension.js";

export interface ChecksumData {
  fill: boolean;
}

export const checksumTarget: TargetModule<ChecksumData> = {
  name: "CHECKSUM",
  options: [{ name: "checksum-fill", arg: "none", mandatory: true }],
  init: () => ({ fill: false }),
  parse: () => ({ fill: true }),
  save: (d) => (d.fill ? " --checksum-fill" : ""),
  print: (d) => ` CHECKSUM${d.fill ? " fill" : ""}`,
  check(_d, ctx) {
    if (ctx.table !== "mangle") return { dmesg: `x_tables: ip_tables: CHECKSUM target: only valid in mangle table, not ${ctx.table}` };
    return undefined;
  },
  // The lab's packets carry no checksum to fill: the packet goes on unchanged.
  evaluate: () => ({ verdict: "CONTINUE" }),
};
