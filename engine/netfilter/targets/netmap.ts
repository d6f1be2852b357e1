/**
 * -j NETMAP (libipt_NETMAP.c, xt_NETMAP.c): map a whole network 1:1 — the
 * destination before routing (PREROUTING, OUTPUT), the source after
 * (POSTROUTING, INPUT) — keeping the host part.
 */
import type { TargetModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { formatIpv4 } from "../ipset.js";
import { maskToCidr } from "../xt-addr.js";
import { x6HostMask } from "../xt-host.js";

export interface NetmapData {
  minAddr: number;
  maxAddr: number;
}

function text(d: NetmapData): string {
  const mask = ~(d.minAddr ^ d.maxAddr) >>> 0;
  const bits = maskToCidr(mask);
  return `${formatIpv4(d.minAddr)}/${bits >= 0 ? bits : formatIpv4(mask)}`;
}

export const netmapTarget: TargetModule<NetmapData> = {
  name: "NETMAP",
  options: [{ name: "to", mandatory: true }],
  init: () => ({ minAddr: 0, maxAddr: 0 }),
  parse(_d, opt, arg, _inv, ctx) {
    const v = x6HostMask("NETMAP", opt, arg!, ctx.names);
    if ("error" in v) return v;
    const minAddr = (v.addr & v.mask) >>> 0;
    return { minAddr, maxAddr: (minAddr | ~v.mask) >>> 0 };
  },
  save: (d) => ` --to ${text(d)}`,
  print: (d) => ` to:${text(d)}`,
  check(_d, ctx) {
    if (ctx.table !== "nat") return { dmesg: `x_tables: ip_tables: NETMAP target: only valid in nat table, not ${ctx.table}` };
    return undefined;
  },
  evaluate(d, p: Packet, ctx) {
    const keep = (d.minAddr ^ d.maxAddr) >>> 0;
    const dnat = ctx.hook === "PREROUTING" || ctx.hook === "OUTPUT";
    const addr = (((dnat ? p.dst : p.src) & keep) | (d.minAddr & ~keep)) >>> 0;
    return { verdict: "ACCEPT", effects: [{ kind: "nat", type: dnat ? "dnat" : "snat", range: { minAddr: addr, maxAddr: addr } }] };
  },
};
