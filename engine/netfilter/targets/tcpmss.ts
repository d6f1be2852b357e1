/** -j TCPMSS (libxt_TCPMSS.c, xt_TCPMSS.c): set or clamp the MSS option of TCP SYN packets. */
import type { HookName, Rule } from "../types.js";
import type { TargetModule } from "../extension.js";
import { fail, x6Uint } from "../xt-helpers.js";

/** XT_TCPMSS_CLAMP_PMTU. */
export const CLAMP_PMTU = 0xffff;

export interface TcpmssData {
  mss: number;
}

const PMTU_HOOKS: readonly HookName[] = ["FORWARD", "OUTPUT", "POSTROUTING"];

export const tcpmssTarget: TargetModule<TcpmssData> = {
  name: "TCPMSS",
  options: [{ name: "set-mss" }, { name: "clamp-mss-to-pmtu", arg: "none" }],
  init: () => ({ mss: 0 }),
  parse(_d, opt, arg) {
    if (opt === "clamp-mss-to-pmtu") return { mss: CLAMP_PMTU };
    const v = x6Uint("TCPMSS", opt, arg!, 0, 65535 - 20);
    return typeof v === "number" ? { mss: v } : v;
  },
  finalCheck: (_d, _c, seen) => (seen.size === 0 ? fail("TCPMSS target: At least one parameter is required") : undefined),
  save: (d) => (d.mss === CLAMP_PMTU ? " --clamp-mss-to-pmtu" : ` --set-mss ${d.mss}`),
  print: (d) => (d.mss === CLAMP_PMTU ? " TCPMSS clamp to PMTU" : ` TCPMSS set ${d.mss}`),
  check(d, ctx) {
    if (ctx.ip.proto !== 6 || ctx.ip.invertProto) return { dmesg: "x_tables: ip_tables: TCPMSS target: only valid for protocol 6" };
    if (d.mss === CLAMP_PMTU && ctx.hooks.some((h) => !PMTU_HOOKS.includes(h))) return { dmesg: "xt_TCPMSS: path-MTU clamping only supported in FORWARD, OUTPUT and POSTROUTING hooks" };
    if (ctx.backend === "legacy" && !ctx.rule?.matches.some(isSynMatch)) return { dmesg: "xt_TCPMSS: Only works on TCP SYN packets" };
    return undefined;
  },
  evaluate(d, p) {
    if (p.proto !== 6 || !((p.tcpFlags ?? 0) & 0x02)) return { verdict: "CONTINUE" };
    const mss = d.mss === CLAMP_PMTU ? Math.min(p.tcpMss ?? 1460, 1460) : Math.min(p.tcpMss ?? d.mss, d.mss);
    return { verdict: "CONTINUE", packet: { ...p, tcpMss: mss } };
  },
};

/** xt_TCPMSS find_syn_match: a tcp match testing SYN set, not inverted. */
function isSynMatch(m: Rule["matches"][number]): boolean {
  if (m.name !== "tcp") return false;
  const d = m.data as { flgMask: number; flgCmp: number; invflags: number };
  return (d.flgCmp & 0x02) !== 0 && (d.flgMask & 0x02) !== 0 && !(d.invflags & 0x04);
}
