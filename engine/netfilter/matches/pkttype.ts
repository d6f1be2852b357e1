/** -m pkttype (libxt_pkttype.c, xt_pkttype.c): unicast, broadcast, multicast, otherhost. */
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { fail } from "../xt-helpers.js";

export interface PkttypeData {
  /** PACKET_HOST 0, BROADCAST 1, MULTICAST 2, OTHERHOST 3. */
  pkttype: number;
  invert: boolean;
}

const TYPES: readonly [string, number][] = [
  ["unicast", 0], ["broadcast", 1], ["multicast", 2], ["otherhost", 3], ["bcast", 1], ["mcast", 2], ["host", 0],
];

const typeName = (n: number): string => TYPES.find(([, v]) => v === n)?.[0] ?? String(n);

export const pkttypeMatch: MatchModule<PkttypeData> = {
  name: "pkttype",
  options: [{ name: "pkt-type", invert: true, mandatory: true }],
  init: () => ({ pkttype: 0, invert: false }),
  parse(_d, _opt, arg, invert) {
    const t = TYPES.find(([name]) => name.toLowerCase() === arg!.toLowerCase());
    if (!t) return fail(`Bad packet type '${arg}'`);
    return { pkttype: t[1], invert };
  },
  save: (d) => `${d.invert ? " !" : ""} --pkt-type ${typeName(d.pkttype)}`,
  print: (d) => ` PKTTYPE ${d.invert ? "!" : ""}= ${typeName(d.pkttype)}`,
  match(d, p: Packet) {
    const t = p.pktType === "broadcast" ? 1 : p.pktType === "multicast" ? 2 : 0;
    return (t === d.pkttype) !== d.invert;
  },
};
