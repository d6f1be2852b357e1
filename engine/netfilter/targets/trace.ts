/**
 * -j TRACE (libxt_TRACE.c, xt_TRACE.c): mark the packet so every rule it
 * meets is logged (TRACE: raw:PREROUTING:rule:1). Legacy accepts it only in
 * the raw table; iptables-nft turns it into `meta nftrace set 1`, allowed anywhere.
 */
import type { TargetModule } from "../extension.js";

export const traceTarget: TargetModule<Record<string, never>> = {
  name: "TRACE",
  options: [],
  init: () => ({}),
  parse: (d) => d,
  save: () => "",
  print: () => "",
  check(_d, ctx) {
    if (ctx.backend === "legacy" && ctx.table !== "raw") return { dmesg: `x_tables: ip_tables: TRACE target: only valid in raw table, not ${ctx.table}` };
    return undefined;
  },
  evaluate: (_d, p) => ({ verdict: "CONTINUE", packet: { ...p, trace: true }, effects: [{ kind: "trace" }] }),
};
