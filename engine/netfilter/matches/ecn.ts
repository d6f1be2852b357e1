/** -m ecn (libxt_ecn.c, xt_ecn.c): the TCP ECE/CWR flags and the IP header's ECN field. */
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { fail, x6Uint } from "../xt-helpers.js";

const ECE = 0x10;
const CWR = 0x20;
const IP = 0x01;

export interface EcnData {
  /** XT_ECN_OP_MATCH_IP 1, _ECE 0x10, _CWR 0x20. */
  operation: number;
  invert: number;
  ipEct: number;
}

const bang = (d: EcnData, bit: number, s: string): string => ((d.invert & bit) !== 0 ? s : "");

export const ecnMatch: MatchModule<EcnData> = {
  name: "ecn",
  options: [{ name: "ecn-tcp-cwr", arg: "none", invert: true }, { name: "ecn-tcp-ece", arg: "none", invert: true }, { name: "ecn-ip-ect", invert: true }],
  init: () => ({ operation: 0, invert: 0, ipEct: 0 }),
  parse(d, opt, arg, invert) {
    const bit = opt === "ecn-tcp-cwr" ? CWR : opt === "ecn-tcp-ece" ? ECE : IP;
    const data = { ...d, operation: d.operation | bit, invert: d.invert | (invert ? bit : 0) };
    if (bit !== IP) return data;
    const v = x6Uint("ecn", opt, arg!, 0, 3);
    if (typeof v !== "number") return v;
    return { ...data, ipEct: v };
  },
  finalCheck: (_d, _c, seen) => (seen.size === 0 ? fail("ECN match: some option required") : undefined),
  save(d) {
    let s = "";
    if (d.operation & ECE) s += `${bang(d, ECE, " !")} --ecn-tcp-ece`;
    if (d.operation & CWR) s += `${bang(d, CWR, " !")} --ecn-tcp-cwr`;
    if (d.operation & IP) s += `${bang(d, IP, " !")} --ecn-ip-ect ${d.ipEct}`;
    return s;
  },
  print(d) {
    let s = " ECN match";
    if (d.operation & ECE) s += ` ${bang(d, ECE, "!")}ECE`;
    if (d.operation & CWR) s += ` ${bang(d, CWR, "!")}CWR`;
    if (d.operation & IP) s += ` ${bang(d, IP, "!")}ECT=${d.ipEct}`;
    return s;
  },
  check(d, ctx) {
    if (d.operation & (ECE | CWR) && (ctx.ip.proto !== 6 || ctx.ip.invertProto)) return { dmesg: "xt_ecn: cannot match TCP bits for non-tcp packets" };
    return undefined;
  },
  match(d, p: Packet) {
    if (d.operation & IP && ((p.tos & 0x03) === d.ipEct) === ((d.invert & IP) !== 0)) return false;
    if (d.operation & (ECE | CWR)) {
      if (p.proto !== 6 || p.tcpFlags === undefined) return false;
      // The flag byte: ECE 0x40, CWR 0x80.
      if (d.operation & ECE && ((p.tcpFlags & 0x40) !== 0) === ((d.invert & ECE) !== 0)) return false;
      if (d.operation & CWR && ((p.tcpFlags & 0x80) !== 0) === ((d.invert & CWR) !== 0)) return false;
    }
    return true;
  },
};
