/**
 * -j TEE (libxt_TEE.c, xt_TEE.c): send a copy of the packet to --gateway
 * (optionally through --oif). The lab does not emulate the clone: the
 * original goes on, which is TEE's verdict (XT_CONTINUE) for it.
 */
import type { NameDb, ParseFailure, TargetModule } from "../extension.js";
import { formatIpv4 } from "../../addr/ipv4.js";
import { inetAton, x6Host } from "../xt-host.js";
import { fail } from "../xt-helpers.js";

export interface TeeData {
  gw: number;
  /** char oif[16]: at most 15 characters are kept. */
  oif: string;
}

/** XTTYPE_HOST as getaddrinfo answers on the lab host: no name server, so a DNS name cannot be resolved now. */
export function hostArg(arg: string, names: NameDb): number | ParseFailure {
  const v = x6Host(arg, names);
  if (typeof v === "number" || inetAton(arg) !== undefined) return v;
  if (names.hostAddrs(arg).length === 0 && /^[A-Za-z0-9._-]+$/.test(arg) && /[A-Za-z]/.test(arg)) {
    return fail("getaddrinfo: Temporary failure in name resolution\n");
  }
  return v;
}

export const teeTarget: TargetModule<TeeData> = {
  name: "TEE",
  options: [{ name: "gateway", mandatory: true }, { name: "oif" }],
  init: () => ({ gw: 0, oif: "" }),
  parse(d, opt, arg, _invert, ctx) {
    if (opt === "oif") return { ...d, oif: arg!.slice(0, 15) };
    const gw = hostArg(arg!, ctx.names);
    return typeof gw === "number" ? { ...d, gw } : gw;
  },
  save: (d) => ` --gateway ${formatIpv4(d.gw)}${d.oif ? ` --oif ${d.oif}` : ""}`,
  print: (d, ctx) => ` TEE gw:${ctx.numeric ? formatIpv4(d.gw) : ctx.names.hostName(d.gw) ?? formatIpv4(d.gw)}${d.oif ? ` oif=${d.oif}` : ""}`,
  check: (d) => (d.gw === 0 ? { dmesg: "" } : undefined),
  evaluate: () => ({ verdict: "CONTINUE" }),
};
