/** -m helper (libxt_helper.c, xt_helper.c): the conntrack helper of the packet's connection (its master's). */
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { saveString } from "../xt-helpers.js";

export interface HelperData {
  name: string;
  invert: boolean;
}

export const helperMatch: MatchModule<HelperData> = {
  name: "helper",
  options: [{ name: "helper", invert: true, mandatory: true }],
  init: () => ({ name: "", invert: false }),
  // char name[30]: the string is cut to 29 characters.
  parse: (_d, _opt, arg, invert) => ({ name: arg!.slice(0, 29), invert }),
  save: (d) => `${d.invert ? " !" : ""} --helper ${saveString(d.name)}`,
  print: (d) => ` helper match ${d.invert ? "! " : ""}"${d.name}"`,
  match(d, p: Packet) {
    const helper = p.ct?.helper;
    // xt_helper: no connection or no helper never matches, whatever the `!`.
    if (helper === undefined) return false;
    return (d.name === "" || helper === d.name) !== d.invert;
  },
};
