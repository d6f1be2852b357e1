/**
 * -m osf (libxt_osf.c, xt_osf.c / nfnetlink_osf.c): passive OS fingerprinting
 * of a TCP SYN against the fingerprints userspace loaded (nfnl_osf -f
 * pf.os). The lab loads none, so no packet matches, as on a host where
 * nobody loaded them. The genre keeps 31 characters.
 */
import type { MatchModule } from "../extension.js";
import { x6Uint } from "../xt-helpers.js";
import { checkProto } from "./spi.js";

export interface OsfData {
  genre: string;
  invert: boolean;
  ttl?: number;
  log?: number;
}

export const osfMatch: MatchModule<OsfData> = {
  name: "osf",
  options: [{ name: "genre", mandatory: true, invert: true }, { name: "ttl" }, { name: "log" }],
  init: () => ({ genre: "", invert: false }),
  parse(d, opt, arg, invert) {
    if (opt === "genre") return { ...d, genre: arg!.slice(0, 31), invert };
    const v = x6Uint("osf", opt, arg!, 0, 2);
    return typeof v === "number" ? { ...d, [opt]: v } : v;
  },
  save: (d) => `${d.invert ? " !" : ""} --genre ${d.genre}${d.ttl !== undefined ? ` --ttl ${d.ttl}` : ""}${d.log !== undefined ? ` --log ${d.log}` : ""}`,
  print: (d) => ` OS fingerprint match ${d.invert ? "! " : ""}${d.genre}`,
  check: (_d, ctx) => checkProto("osf", 6, ctx.ip),
  match: () => false,
};
