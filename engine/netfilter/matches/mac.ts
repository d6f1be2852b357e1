/** -m mac (libxt_mac.c, xt_mac.c): the Ethernet source address (PREROUTING, INPUT, FORWARD). */
import type { HookName } from "../types.js";
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { fail } from "../xt-helpers.js";

export interface MacData {
  /** Lower-case "aa:bb:cc:dd:ee:ff". */
  mac: string;
  invert: boolean;
}

/** xtopt_parse_ethermac: six hex fields of at most two digits. */
export function parseMac(text: string): string | undefined {
  const parts = text.split(":");
  if (parts.length !== 6) return undefined;
  const bytes: string[] = [];
  for (const part of parts) {
    const m = /^\s*[+-]?(?:0[xX])?([0-9a-fA-F]*)/.exec(part);
    if (part.length > 2 || !m || m[0].length !== part.length) return undefined;
    bytes.push((parseInt(m[1] || "0", 16) & 0xff).toString(16).padStart(2, "0"));
  }
  return bytes.join(":");
}

const ALLOWED: readonly HookName[] = ["PREROUTING", "INPUT", "FORWARD"];

export const macMatch: MatchModule<MacData> = {
  name: "mac",
  options: [{ name: "mac-source", invert: true, mandatory: true }],
  init: () => ({ mac: "00:00:00:00:00:00", invert: false }),
  parse(_d, _opt, arg, invert) {
    const mac = parseMac(arg!);
    if (!mac) return fail("Invalid MAC address specified.");
    return { mac, invert };
  },
  save: (d) => `${d.invert ? " !" : ""} --mac-source ${d.mac}`,
  print: (d) => ` MAC ${d.invert ? "! " : ""}${d.mac}`,
  check(_d, ctx) {
    if (ctx.hooks.some((h) => !ALLOWED.includes(h))) return { dmesg: "x_tables: ip_tables: mac match: used from hooks OUTPUT, but only valid from PREROUTING/INPUT/FORWARD" };
    return undefined;
  },
  match: (d, p: Packet) => (p.srcMac !== undefined && p.srcMac.toLowerCase() === d.mac) !== d.invert,
};
