/** -j TTL (libipt_TTL.c, xt_HL.c): set, decrement or increment the IP TTL (mangle table only). */
import type { TargetModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { fail, x6Uint } from "../xt-helpers.js";

export interface TtlTargetData {
  mode: "set" | "dec" | "inc";
  ttl: number;
}

const LABEL = { set: "set to", dec: "decrement by", inc: "increment by" } as const;

export const ttlTarget: TargetModule<TtlTargetData> = {
  name: "TTL",
  options: [
    { name: "ttl-set", excl: ["ttl-set", "ttl-dec", "ttl-inc"] },
    { name: "ttl-dec", excl: ["ttl-set", "ttl-dec", "ttl-inc"] },
    { name: "ttl-inc", excl: ["ttl-set", "ttl-dec", "ttl-inc"] },
  ],
  init: () => ({ mode: "set", ttl: 0 }),
  parse(_d, opt, arg) {
    const mode = opt.slice(4) as TtlTargetData["mode"];
    const v = x6Uint("TTL", opt, arg!, mode === "set" ? 0 : 1, 255);
    return typeof v === "number" ? { mode, ttl: v } : v;
  },
  finalCheck: (_d, _c, seen) => (seen.size === 0 ? fail("TTL: You must specify an action") : undefined),
  save: (d) => ` --ttl-${d.mode} ${d.ttl}`,
  print: (d) => ` TTL ${LABEL[d.mode]} ${d.ttl}`,
  check(_d, ctx) {
    if (ctx.table !== "mangle") return { dmesg: `x_tables: ip_tables: TTL target: only valid in mangle table, not ${ctx.table}` };
    return undefined;
  },
  evaluate(d, p: Packet) {
    // ttl_tg: the result wraps within a byte.
    const ttl = d.mode === "set" ? d.ttl : d.mode === "dec" ? Math.max(0, p.ttl - d.ttl) : Math.min(255, p.ttl + d.ttl);
    return { verdict: "CONTINUE", packet: { ...p, ttl } };
  },
};
