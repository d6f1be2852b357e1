/**
 * -m devgroup (libxt_devgroup.c, xt_devgroup.c): the group of the input
 * (--src-group) or output (--dst-group) device, value[/mask] or a name from
 * /etc/iproute2/group (Debian 12's lists only 0 "default"). The lab's links
 * are all in group 0, as `ip link` creates them; match() compares that.
 */
import type { MatchModule } from "../extension.js";
import type { HookName } from "../types.js";
import { fail } from "../xt-helpers.js";
import { parseValMaskLmap, printValMaskLmap, type Lmap } from "../xt-lmap.js";

interface Group {
  value: number;
  mask: number;
  invert: boolean;
}

export interface DevgroupData {
  src?: Group;
  dst?: Group;
}

/** /etc/iproute2/group of the lab host (Debian 12). */
export const DEVGROUPS: Lmap = new Map([[0, "default"]]);
/** The group of every lab link (dev->group): INIT_NETDEV_GROUP. */
const LINK_GROUP = 0;

const SRC_HOOKS: readonly HookName[] = ["PREROUTING", "INPUT", "FORWARD"];
const DST_HOOKS: readonly HookName[] = ["FORWARD", "OUTPUT", "POSTROUTING"];

function show(prefix: string, d: DevgroupData, numeric: boolean): string {
  let out = "";
  for (const [name, g] of [["src-group", d.src], ["dst-group", d.dst]] as const) {
    if (!g) continue;
    out += `${g.invert ? " !" : ""} ${prefix}${name}${printValMaskLmap(g.value, g.mask, numeric ? undefined : DEVGROUPS)}`;
  }
  return out;
}

const matches = (g: Group | undefined, iface: string | undefined): boolean =>
  !g || iface === undefined || ((((LINK_GROUP ^ g.value) & g.mask) >>> 0 === 0) !== g.invert);

export const devgroupMatch: MatchModule<DevgroupData> = {
  name: "devgroup",
  options: [{ name: "src-group", invert: true }, { name: "dst-group", invert: true }],
  init: () => ({}),
  parse(d, opt, arg, invert) {
    const v = parseValMaskLmap("devgroup", opt, arg!, DEVGROUPS);
    if ("error" in v) return v;
    return { ...d, [opt === "src-group" ? "src" : "dst"]: { ...v, invert } };
  },
  finalCheck: (_d, _c, seen) => (seen.size === 0 ? fail("devgroup match: You must specify either '--src-group' or '--dst-group'") : undefined),
  save: (d) => show("--", d, false),
  print: (d, ctx) => show("", d, ctx.numeric),
  check(d, ctx) {
    // devgroup_mt_checkentry refuses without a word in the log.
    if (d.src && ctx.hooks.some((h) => !SRC_HOOKS.includes(h))) return { dmesg: "" };
    if (d.dst && ctx.hooks.some((h) => !DST_HOOKS.includes(h))) return { dmesg: "" };
    return undefined;
  },
  match: (d, p) => matches(d.src, p.inIface) && matches(d.dst, p.outIface),
};
