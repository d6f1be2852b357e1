/** -j REJECT (libipt_REJECT.c, ipt_REJECT.c): drop and answer with an ICMP error or a TCP RST. */
import type { HookName } from "../types.js";
import type { TargetModule } from "../extension.js";
import { fail } from "../xt-helpers.js";

/** ipt_reject_with, in the kernel's order; index 4 (echo-reply) is gone. */
export const REJECT_TYPES: readonly ([string, string] | undefined)[] = [
  ["icmp-net-unreachable", "net-unreach"], ["icmp-host-unreachable", "host-unreach"],
  ["icmp-proto-unreachable", "proto-unreach"], ["icmp-port-unreachable", "port-unreach"], undefined,
  ["icmp-net-prohibited", "net-prohib"], ["icmp-host-prohibited", "host-prohib"], ["tcp-reset", "tcp-rst"],
  ["icmp-admin-prohibited", "admin-prohib"],
];

export interface RejectData {
  with: number;
}

const ALLOWED: readonly HookName[] = ["INPUT", "FORWARD", "OUTPUT"];

export const rejectTarget: TargetModule<RejectData> = {
  name: "REJECT",
  options: [{ name: "reject-with" }],
  init: () => ({ with: 3 }),
  parse(_d, _opt, arg) {
    const a = arg!.toLowerCase();
    const i = REJECT_TYPES.findIndex((t) => t !== undefined && (t[0].startsWith(a) || t[1].startsWith(a)));
    if (i >= 0) return { with: i };
    return fail(`unknown reject type "${arg}"`);
  },
  save: (d) => ` --reject-with ${REJECT_TYPES[d.with]![0]}`,
  print: (d) => ` reject-with ${REJECT_TYPES[d.with]![0]}`,
  check(d, ctx) {
    if (ctx.table !== "filter") return { dmesg: `x_tables: ip_tables: REJECT target: only valid in filter table, not ${ctx.table}` };
    if (ctx.hooks.some((h) => !ALLOWED.includes(h))) return { dmesg: "x_tables: ip_tables: REJECT target: used from hooks PREROUTING, but only usable from INPUT/FORWARD/OUTPUT" };
    if (d.with === 7 && (ctx.ip.proto !== 6 || ctx.ip.invertProto)) return { dmesg: "REJECT: TCP_RESET invalid for non-tcp" };
    return undefined;
  },
  evaluate: (d) => ({ verdict: "DROP", effects: [{ kind: "reject", with: REJECT_TYPES[d.with]![0] }] }),
};
