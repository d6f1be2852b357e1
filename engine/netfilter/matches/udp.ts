/** -m udp (libxt_udp.c, xt_tcpudp.c): --sport / --dport ranges. */
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { fail, x6PortRange } from "../xt-helpers.js";
import { ANY_PORT, inRange, printPorts, savePorts } from "./tcp.js";

export interface UdpData {
  spts: [number, number];
  dpts: [number, number];
  /** XT_UDP_INV_SRCPT 1, XT_UDP_INV_DSTPT 2. */
  invflags: number;
}

const UDP_ANY: UdpData = Object.freeze({ spts: ANY_PORT, dpts: ANY_PORT, invflags: 0 });

export const udpMatch: MatchModule<UdpData> = {
  name: "udp",
  options: [
    { name: "source-port", id: "sport", invert: true }, { name: "sport", invert: true },
    { name: "destination-port", id: "dport", invert: true }, { name: "dport", invert: true },
  ],
  // As tcp's: one frozen instance for no options, a literal per option (see TCP_ANY).
  init: () => UDP_ANY,
  parse(d, opt, arg, invert, ctx) {
    const src = opt === "source-port" || opt === "sport";
    const range = x6PortRange("udp", opt, arg!, ctx.names);
    if (!Array.isArray(range)) return range;
    const data: UdpData = { spts: d.spts, dpts: d.dpts, invflags: d.invflags };
    if (src) data.spts = range;
    else data.dpts = range;
    if (invert) data.invflags |= src ? 1 : 2;
    return data;
  },
  finalCheck(d, ctx) {
    const allZero = d.spts[0] === 0 && d.spts[1] === 0xffff && d.dpts[0] === 0 && d.dpts[1] === 0xffff && !d.invflags;
    if (ctx.backend === "nf_tables" && !allZero && ctx.ip.proto !== 17) return fail("UDP match requires '-p udp'");
    return undefined;
  },
  save: (d) => savePorts("sport", d.spts, (d.invflags & 1) !== 0) + savePorts("dport", d.dpts, (d.invflags & 2) !== 0),
  print: (d, ctx) =>
    " udp" + printPorts("spt", d.spts, (d.invflags & 1) !== 0, "udp", ctx.numeric, ctx.names) + printPorts("dpt", d.dpts, (d.invflags & 2) !== 0, "udp", ctx.numeric, ctx.names),
  check(_d, ctx) {
    if (ctx.ip.proto !== 17 || ctx.ip.invertProto) return { dmesg: "x_tables: ip_tables: udp match: only valid for protocol 17" };
    return undefined;
  },
  match: (d, p: Packet) => p.fragOffset === 0 && inRange(p.sport, d.spts, (d.invflags & 1) !== 0) && inRange(p.dport, d.dpts, (d.invflags & 2) !== 0),
};
