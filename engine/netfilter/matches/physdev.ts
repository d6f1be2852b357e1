/** -m physdev (libxt_physdev.c, xt_physdev.c): the bridge ports a bridged packet came in by or goes out of. */
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { fail } from "../xt-helpers.js";

export interface PhysdevData {
  physIn?: string;
  physOut?: string;
  isIn?: boolean;
  isOut?: boolean;
  isBridged?: boolean;
  /** Option names given with `!`. */
  invert: string[];
}

const KEYS: Record<string, keyof PhysdevData> = {
  "physdev-in": "physIn", "physdev-out": "physOut", "physdev-is-in": "isIn", "physdev-is-out": "isOut", "physdev-is-bridged": "isBridged",
};

function dump(d: PhysdevData): string {
  const inv = (o: string) => (d.invert.includes(o) ? " !" : "");
  let s = "";
  if (d.isIn) s += `${inv("physdev-is-in")} --physdev-is-in`;
  if (d.physIn !== undefined) s += `${inv("physdev-in")} --physdev-in ${d.physIn}`;
  if (d.isOut) s += `${inv("physdev-is-out")} --physdev-is-out`;
  if (d.physOut !== undefined) s += `${inv("physdev-out")} --physdev-out ${d.physOut}`;
  if (d.isBridged) s += `${inv("physdev-is-bridged")} --physdev-is-bridged`;
  return s;
}

/** An interface test with the "+" wildcard. */
export function ifaceMatches(pattern: string, name: string | undefined): boolean {
  if (name === undefined) return false;
  return pattern.endsWith("+") ? name.startsWith(pattern.slice(0, -1)) : name === pattern;
}

export const physdevMatch: MatchModule<PhysdevData> = {
  name: "physdev",
  options: [
    { name: "physdev-in", invert: true }, { name: "physdev-out", invert: true }, { name: "physdev-is-in", arg: "none", invert: true },
    { name: "physdev-is-out", arg: "none", invert: true }, { name: "physdev-is-bridged", arg: "none", invert: true },
  ],
  init: () => ({ invert: [] }),
  parse(d, opt, arg, invert, ctx) {
    const key = KEYS[opt]!;
    const data: PhysdevData = { ...d, invert: invert ? [...d.invert, opt] : d.invert };
    if (key === "physIn" || key === "physOut") {
      if (arg!.length + 1 > 16) return fail(`interface name \`${arg}' must be shorter than IFNAMSIZ (15)`);
      if (/[/ ]/.test(arg!)) ctx.warn(`Warning: weird character in interface \`${arg}' ('/' and ' ' are not allowed by the kernel).\n`);
      return { ...data, [key]: arg! };
    }
    return { ...data, [key]: true };
  },
  finalCheck: (_d, _c, seen) => (seen.size === 0 ? fail("PHYSDEV: no physdev option specified") : undefined),
  save: (d) => dump(d),
  print: (d) => ` PHYSDEV match${dump(d)}`,
  check(d, ctx) {
    // physdev_mt_check: an output port test needs --physdev-is-bridged (not inverted) where OUTPUT reaches.
    const outTest = d.physOut !== undefined || d.isOut === true;
    const bridgedOnly = d.isBridged === true && !d.invert.includes("physdev-is-bridged");
    if (outTest && !bridgedOnly && ctx.hooks.includes("OUTPUT")) {
      return { dmesg: "xt_physdev: --physdev-out and --physdev-is-out only supported in the FORWARD and POSTROUTING chains with bridged traffic" };
    }
    return undefined;
  },
  match(d, p: Packet) {
    const inv = (o: string) => d.invert.includes(o);
    const bridged = p.bridged === true;
    if (!bridged) {
      // Not bridged: every test of a port fails, unless inverted.
      if (d.isBridged && !inv("physdev-is-bridged")) return false;
      if ((d.isIn || d.physIn !== undefined) && !inv("physdev-is-in") && !inv("physdev-in")) return false;
      if ((d.isOut || d.physOut !== undefined) && !inv("physdev-is-out") && !inv("physdev-out")) return false;
      return true;
    }
    if (d.isBridged && inv("physdev-is-bridged")) return false;
    if (d.isIn && (p.physIn !== undefined) === inv("physdev-is-in")) return false;
    if (d.isOut && (p.physOut !== undefined) === inv("physdev-is-out")) return false;
    if (d.physIn !== undefined && ifaceMatches(d.physIn, p.physIn) === inv("physdev-in")) return false;
    if (d.physOut !== undefined && ifaceMatches(d.physOut, p.physOut) === inv("physdev-out")) return false;
    return true;
  },
};
