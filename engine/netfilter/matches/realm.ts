/**
 * -m realm (libipt_realm.c, xt_realm.c): the routing realm of the packet's
 * route (dst->tclassid), value[/mask] or a name from /etc/iproute2/rt_realms
 * (Debian 12's names only 0 "cosmos"). Not in PREROUTING, where no route is
 * chosen yet. The lab's routes carry no realm, so the realm is 0.
 */
import type { MatchModule } from "../extension.js";
import type { HookName } from "../types.js";
import { parseValMaskLmap, printValMaskLmap, type Lmap } from "../xt-lmap.js";

export interface RealmData {
  id: number;
  mask: number;
  invert: boolean;
}

/** /etc/iproute2/rt_realms of the lab host. */
const REALMS: Lmap = new Map([[0, "cosmos"]]);
const HOOKS: readonly HookName[] = ["POSTROUTING", "FORWARD", "OUTPUT", "INPUT"];

export const realmMatch: MatchModule<RealmData> = {
  name: "realm",
  options: [{ name: "realm", invert: true, mandatory: true }],
  init: () => ({ id: 0, mask: 0xffffffff, invert: false }),
  parse(_d, opt, arg, invert) {
    const v = parseValMaskLmap("realm", opt, arg!, REALMS);
    return "error" in v ? v : { id: v.value, mask: v.mask, invert };
  },
  save: (d) => `${d.invert ? " !" : ""} --realm${printValMaskLmap(d.id, d.mask, REALMS)}`,
  print: (d, ctx) => `${d.invert ? " !" : ""} realm${printValMaskLmap(d.id, d.mask, ctx.numeric ? undefined : REALMS)}`,
  check(_d, ctx) {
    const bad = ctx.hooks.find((h) => !HOOKS.includes(h));
    return bad ? { dmesg: `x_tables: ip_tables: realm match: used from hooks ${bad}, but only usable from INPUT/FORWARD/OUTPUT/POSTROUTING` } : undefined;
  },
  match: (d) => ((d.id === (0 & d.mask)) !== d.invert),
};
