/**
 * -j SYNPROXY (libxt_SYNPROXY.c, xt_SYNPROXY / ipt_SYNPROXY.c): answer a SYN
 * with a cookie SYN/ACK and open the connection to the server only once the
 * client's ACK proves it. INPUT and FORWARD, -p tcp only; --wscale and --mss
 * are kept in 8 and 16 bits. The lab does not run the cookie handshake: a SYN
 * or a bare ACK (the packets the kernel's proxy consumes) goes on to the
 * server as if the proxy had completed the handshake (ACCEPT); every other
 * packet gets synproxy_tg4's XT_CONTINUE.
 */
import type { TargetModule } from "../extension.js";
import type { HookName } from "../types.js";
import { TCP_FLAG, type Packet } from "../packet.js";
import { x6Uint } from "../xt-helpers.js";

export interface SynproxyData {
  sackPerm: boolean;
  timestamp: boolean;
  ecn: boolean;
  wscale?: number;
  mss?: number;
}

const HOOKS: readonly HookName[] = ["INPUT", "FORWARD"];

export const synproxyTarget: TargetModule<SynproxyData> = {
  name: "SYNPROXY",
  options: [{ name: "sack-perm", arg: "none" }, { name: "timestamp", arg: "none" }, { name: "wscale" }, { name: "mss" }, { name: "ecn", arg: "none" }],
  init: () => ({ sackPerm: false, timestamp: false, ecn: false }),
  parse(d, opt, arg) {
    if (opt === "sack-perm") return { ...d, sackPerm: true };
    if (opt === "timestamp") return { ...d, timestamp: true };
    if (opt === "ecn") return { ...d, ecn: true };
    const v = x6Uint("SYNPROXY", opt, arg!, 0, 0xffffffff);
    if (typeof v !== "number") return v;
    return opt === "wscale" ? { ...d, wscale: v & 0xff } : { ...d, mss: v & 0xffff };
  },
  save: (d) =>
    `${d.sackPerm ? " --sack-perm" : ""}${d.timestamp ? " --timestamp" : ""}${d.wscale !== undefined ? ` --wscale ${d.wscale}` : ""}` +
    `${d.mss !== undefined ? ` --mss ${d.mss}` : ""}${d.ecn ? " --ecn" : ""}`,
  print: (d) =>
    ` SYNPROXY ${d.sackPerm ? "sack-perm " : ""}${d.timestamp ? "timestamp " : ""}${d.wscale !== undefined ? `wscale ${d.wscale} ` : ""}` +
    `${d.mss !== undefined ? `mss ${d.mss} ` : ""}${d.ecn ? "ecn " : ""}`,
  check(_d, ctx) {
    if (ctx.hooks.some((h) => !HOOKS.includes(h))) return { dmesg: "" };
    if (ctx.ip.proto !== 6 || ctx.ip.invertProto) return { dmesg: "" };
    return undefined;
  },
  evaluate(_d, p: Packet) {
    const flags = p.tcpFlags ?? 0;
    const syn = (flags & (TCP_FLAG.SYN | TCP_FLAG.ACK | TCP_FLAG.RST | TCP_FLAG.FIN)) === TCP_FLAG.SYN;
    const ack = (flags & (TCP_FLAG.SYN | TCP_FLAG.ACK | TCP_FLAG.RST | TCP_FLAG.FIN)) === TCP_FLAG.ACK;
    return { verdict: syn || ack ? "ACCEPT" : "CONTINUE" };
  },
};
