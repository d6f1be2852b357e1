/**
 * -j CLUSTERIP (libipt_CLUSTERIP.c): share an address among cluster nodes.
 * Gone from the kernel since 6.3, and so from the lab's (kernel-missing.ts):
 * options are taken, the rule is refused.
 */
import type { TargetModule } from "../extension.js";
import { noKernelModule, warnMissing } from "../kernel-missing.js";

export interface ClusteripData {
  options: string[];
}

export const clusteripTarget: TargetModule<ClusteripData> = {
  name: "CLUSTERIP",
  options: [
    { name: "new", arg: "none" }, { name: "hashmode" }, { name: "clustermac" }, { name: "total-nodes" }, { name: "local-node" }, { name: "hash-init" },
  ],
  init(ctx) {
    warnMissing("CLUSTERIP", ctx);
    return { options: [] };
  },
  parse: (d, opt, arg) => ({ options: [...d.options, `--${opt}${arg !== undefined ? ` ${arg}` : ""}`] }),
  save: (d) => d.options.map((o) => ` ${o}`).join(""),
  print: () => " CLUSTERIP",
  check: () => noKernelModule("CLUSTERIP"),
  evaluate: () => ({ verdict: "CONTINUE" }),
};
