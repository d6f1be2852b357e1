/**
 * -j ECN (libipt_ECN.c, ipt_ECN.c): clear or set the TCP ECE/CWR flags and
 * the IP header's ECN codepoint (mangle table; the TCP operations need -p tcp).
 * --ecn-tcp-remove is ECE=0 CWR=0.
 */
import type { TargetModule } from "../extension.js";
import { TCP_FLAG, type Packet } from "../packet.js";
import { fail, x6Uint } from "../xt-helpers.js";

export interface EcnTargetData {
  ece?: number;
  cwr?: number;
  ect?: number;
}

const isRemove = (d: EcnTargetData): boolean => d.ece === 0 && d.cwr === 0 && d.ect === undefined;

export const ecnTarget: TargetModule<EcnTargetData> = {
  name: "ECN",
  options: [
    { name: "ecn-tcp-remove", arg: "none", excl: ["ecn-tcp-cwr", "ecn-tcp-ece"] },
    { name: "ecn-tcp-cwr", excl: ["ecn-tcp-remove"] },
    { name: "ecn-tcp-ece", excl: ["ecn-tcp-remove"] },
    { name: "ecn-ip-ect" },
  ],
  init: () => ({}),
  parse(d, opt, arg) {
    if (opt === "ecn-tcp-remove") return { ...d, ece: 0, cwr: 0 };
    const v = x6Uint("ECN", opt, arg!, 0, opt === "ecn-ip-ect" ? 3 : 1);
    if (typeof v !== "number") return v;
    return opt === "ecn-tcp-cwr" ? { ...d, cwr: v } : opt === "ecn-tcp-ece" ? { ...d, ece: v } : { ...d, ect: v };
  },
  finalCheck: (_d, _c, seen) => (seen.size === 0 ? fail("ECN target: An operation is required") : undefined),
  save(d) {
    if (isRemove(d)) return " --ecn-tcp-remove";
    return `${d.ece !== undefined ? ` --ecn-tcp-ece ${d.ece}` : ""}${d.cwr !== undefined ? ` --ecn-tcp-cwr ${d.cwr}` : ""}${d.ect !== undefined ? ` --ecn-ip-ect ${d.ect}` : ""}`;
  },
  print(d) {
    if (isRemove(d)) return " ECN TCP remove";
    return ` ECN${d.ece !== undefined ? ` ECE=${d.ece}` : ""}${d.cwr !== undefined ? ` CWR=${d.cwr}` : ""}${d.ect !== undefined ? ` ECT codepoint=${d.ect}` : ""}`;
  },
  check(d, ctx) {
    if (ctx.table !== "mangle") return { dmesg: `x_tables: ip_tables: ECN target: only valid in mangle table, not ${ctx.table}` };
    if ((d.ece !== undefined || d.cwr !== undefined) && (ctx.ip.proto !== 6 || ctx.ip.invertProto)) return { dmesg: "ECN: cannot use operation on non-tcp rule" };
    return undefined;
  },
  evaluate(d, p: Packet) {
    let out = p;
    if (d.ect !== undefined) out = { ...out, tos: (out.tos & ~3) | d.ect };
    if (p.proto === 6 && p.fragOffset === 0 && (d.ece !== undefined || d.cwr !== undefined)) {
      let f = p.tcpFlags ?? 0;
      if (d.ece !== undefined) f = d.ece ? f | TCP_FLAG.ECE : f & ~TCP_FLAG.ECE;
      if (d.cwr !== undefined) f = d.cwr ? f | TCP_FLAG.CWR : f & ~TCP_FLAG.CWR;
      out = { ...out, tcpFlags: f };
    }
    return out === p ? { verdict: "CONTINUE" } : { verdict: "CONTINUE", packet: out };
  },
};
