/** -j NFQUEUE revision 3 (libxt_NFQUEUE.c, xt_NFQUEUE.c): hand the packet to a userspace queue. */
import type { TargetModule } from "../extension.js";
import { fail, x6Uint, x6UintRange } from "../xt-helpers.js";

export interface NfqueueData {
  queuenum: number;
  queuesTotal: number;
  bypass?: boolean;
  cpuFanout?: boolean;
}

function dump(d: NfqueueData, num: string, balance: string, bypass: string, fanout: string): string {
  let s = d.queuesTotal > 1 ? ` ${balance} ${d.queuenum}:${d.queuenum + d.queuesTotal - 1}` : ` ${num} ${d.queuenum}`;
  if (d.bypass) s += ` ${bypass}`;
  if (d.cpuFanout) s += ` ${fanout}`;
  return s;
}

export const nfqueueTarget: TargetModule<NfqueueData> = {
  name: "NFQUEUE",
  options: [
    { name: "queue-num", excl: ["queue-balance"] }, { name: "queue-balance", excl: ["queue-num"] },
    { name: "queue-bypass", arg: "none" }, { name: "queue-cpu-fanout", arg: "none", also: ["queue-balance"] },
  ],
  init: () => ({ queuenum: 0, queuesTotal: 1 }),
  parse(d, opt, arg) {
    switch (opt) {
      case "queue-num": {
        const v = x6Uint("NFQUEUE", opt, arg!, 0, 0xffff);
        return typeof v === "number" ? { ...d, queuenum: v } : v;
      }
      case "queue-balance": {
        const r = x6UintRange("NFQUEUE", opt, arg!, 0xfffe);
        if (!Array.isArray(r)) return r;
        if (r.length !== 2) return fail(`Bad range "${arg}"`);
        if (r[0]! >= r[1]!) return fail(`${r[0]} should be less than ${r[1]}`);
        return { ...d, queuenum: r[0]!, queuesTotal: r[1]! - r[0]! + 1 };
      }
      case "queue-bypass":
        return { ...d, bypass: true };
      default:
        return { ...d, cpuFanout: true };
    }
  },
  save: (d) => dump(d, "--queue-num", "--queue-balance", "--queue-bypass", "--queue-cpu-fanout"),
  print: (d) => ` NFQUEUE${dump(d, "num", "balance", "bypass", "cpu-fanout")}`,
  // No program listens on a queue in the lab: the packet is dropped, or with --queue-bypass goes on.
  evaluate: (d) => ({ verdict: d.bypass ? "ACCEPT" : "DROP", effects: [{ kind: "nfqueue", queue: d.queuenum, bypass: d.bypass === true }] }),
};
