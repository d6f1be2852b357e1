/**
 * -j TPROXY (libxt_TPROXY.c revision 1, xt_TPROXY.c): hand a packet to a
 * local socket on --on-ip:--on-port without rewriting it, and mark it.
 * mangle PREROUTING only, with -p tcp or -p udp. The kernel accepts the
 * packet when a socket listens there and drops it otherwise; the lab has no
 * transparent socket lookup, so the packet is marked and accepted as when
 * the proxy listens (policy routing on the mark then delivers it locally).
 */
import type { TargetModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { formatIpv4 } from "../../addr/ipv4.js";
import { fail, portByName, x6MarkMask } from "../xt-helpers.js";
import { hostArg } from "./tee.js";

export interface TproxyData {
  port: number;
  addr: number;
  markValue: number;
  markMask: number;
}

const hex = (v: number): string => `0x${(v >>> 0).toString(16)}`;

export const tproxyTarget: TargetModule<TproxyData> = {
  name: "TPROXY",
  options: [{ name: "on-port", mandatory: true }, { name: "on-ip" }, { name: "tproxy-mark" }],
  init: () => ({ port: 0, addr: 0, markValue: 0, markMask: 0 }),
  parse(d, opt, arg, _invert, ctx) {
    const a = arg!;
    if (opt === "on-port") {
      const port = portByName(a, ctx.names);
      return port === undefined ? fail(`Port "${a}" does not resolve to anything.\n`) : { ...d, port };
    }
    if (opt === "on-ip") {
      const addr = hostArg(a, ctx.names);
      return typeof addr === "number" ? { ...d, addr } : addr;
    }
    const m = x6MarkMask("TPROXY", opt, a);
    return "error" in m ? m : { ...d, markValue: m.value, markMask: m.mask };
  },
  save: (d) => ` --on-port ${d.port} --on-ip ${formatIpv4(d.addr)} --tproxy-mark ${hex(d.markValue)}/${hex(d.markMask)}`,
  print: (d) => ` TPROXY redirect ${formatIpv4(d.addr)}:${d.port} mark ${hex(d.markValue)}/${hex(d.markMask)}`,
  check(_d, ctx) {
    if (ctx.table !== "mangle") return { dmesg: `x_tables: ip_tables: TPROXY target: only valid in mangle table, not ${ctx.table}` };
    const bad = ctx.hooks.find((h) => h !== "PREROUTING");
    if (bad) return { dmesg: `x_tables: ip_tables: TPROXY target: used from hooks ${bad}, but only usable from PREROUTING` };
    if ((ctx.ip.proto !== 6 && ctx.ip.proto !== 17) || ctx.ip.invertProto) return { dmesg: "xt_TPROXY: Can be used only with -p tcp or -p udp" };
    return undefined;
  },
  evaluate(d, p: Packet) {
    const mark = ((p.mark & ~d.markMask) ^ d.markValue) >>> 0;
    return { verdict: "ACCEPT", packet: { ...p, mark } };
  },
};
