/**
 * -j SNAT, DNAT, MASQUERADE, REDIRECT (libxt_NAT.c; nf_nat_core.c). The
 * target asks for a binding; the NAT layer picks the address and port.
 */
import type { HookName } from "../types.js";
import { isFailure, type CheckFailure, type TargetModule, type TargetResult } from "../extension.js";
import { natText, parseNatPorts, parseNatTo, type NatRangeData } from "./nat-range.js";

function hookCheck(name: string, allowed: readonly HookName[], table: string, hooks: readonly HookName[]): CheckFailure | undefined {
  if (table !== "nat") return { dmesg: `x_tables: ip_tables: ${name} target: only valid in nat table, not ${table}` };
  const bad = hooks.find((h) => !allowed.includes(h));
  if (bad) return { dmesg: `x_tables: ip_tables: ${name} target: used from hooks ${bad}, but only usable from ${allowed.join("/")}` };
  return undefined;
}

function natResult(type: "snat" | "dnat" | "masquerade" | "redirect", d: NatRangeData): TargetResult {
  const range: { minAddr?: number; maxAddr?: number; minPort?: number; maxPort?: number } = {};
  if (d.minAddr !== undefined) range.minAddr = d.minAddr;
  if (d.maxAddr !== undefined) range.maxAddr = d.maxAddr;
  if (d.minPort !== undefined) range.minPort = d.minPort;
  if (d.maxPort !== undefined) range.maxPort = d.maxPort;
  return {
    verdict: "ACCEPT",
    effects: [{ kind: "nat", type, range, random: d.random === true, persistent: d.persistent === true, fully: d.randomFully === true }],
  };
}

/** No options yet: one frozen instance for all (a rule's data is never changed after parse). */
const NO_RANGE: NatRangeData = Object.freeze({});

/**
 * The range parsed from --to-*, with the flags given before it. Without
 * flags it is the range itself, an object literal's (parseNatTo): V8
 * allocates those in the old generation once it sees them kept, where a
 * copy made by Object.assign is copied again by the young generation's
 * collector (kube-proxy's 30,000 DNAT rules).
 */
function withRange(d: NatRangeData, range: NatRangeData): NatRangeData {
  return d === NO_RANGE ? range : Object.assign({}, d, range);
}

function flags(d: NatRangeData, opt: string): NatRangeData {
  if (opt === "random") return { ...d, random: true };
  if (opt === "random-fully") return { ...d, randomFully: true };
  return { ...d, persistent: true };
}

export const snatTarget: TargetModule<NatRangeData> = {
  name: "SNAT",
  options: [{ name: "to-source", mandatory: true }, { name: "random", arg: "none" }, { name: "random-fully", arg: "none" }, { name: "persistent", arg: "none" }],
  init: () => NO_RANGE,
  parse(d, opt, arg, _inv, ctx) {
    if (opt !== "to-source") return flags(d, opt);
    const r = parseNatTo(arg!, ctx.ip.proto, ctx.names);
    return isFailure(r) ? r : withRange(d, r);
  },
  save: (d) => natText(d, "--to-source ", "--", false),
  print: (d) => natText(d, "to:", "", false),
  check: (_d, ctx) => hookCheck("SNAT", ["POSTROUTING", "INPUT"], ctx.table, ctx.hooks),
  evaluate: (d) => natResult("snat", d),
};

export const dnatTarget: TargetModule<NatRangeData> = {
  name: "DNAT",
  options: [{ name: "to-destination", mandatory: true }, { name: "random", arg: "none" }, { name: "persistent", arg: "none" }],
  init: () => NO_RANGE,
  parse(d, opt, arg, _inv, ctx) {
    if (opt !== "to-destination") return flags(d, opt);
    const r = parseNatTo(arg!, ctx.ip.proto, ctx.names);
    return isFailure(r) ? r : withRange(d, r);
  },
  save: (d) => natText(d, "--to-destination ", "--", false),
  print: (d) => natText(d, "to:", "", false),
  check: (_d, ctx) => hookCheck("DNAT", ["PREROUTING", "OUTPUT"], ctx.table, ctx.hooks),
  evaluate: (d) => natResult("dnat", d),
};

export const masqueradeTarget: TargetModule<NatRangeData> = {
  name: "MASQUERADE",
  options: [{ name: "to-ports" }, { name: "random", arg: "none" }, { name: "random-fully", arg: "none" }],
  init: () => NO_RANGE,
  parse(d, opt, arg, _inv, ctx) {
    if (opt !== "to-ports") return flags(d, opt);
    const r = parseNatPorts(arg!, ctx.ip.proto, ctx.names);
    return isFailure(r) ? r : withRange(d, r);
  },
  save: (d) => natText(d, "--to-ports ", "--", true),
  print: (d) => natText(d, "masq ports: ", "", true),
  check: (_d, ctx) => hookCheck("MASQUERADE", ["POSTROUTING"], ctx.table, ctx.hooks),
  evaluate: (d) => natResult("masquerade", d),
};

export const redirectTarget: TargetModule<NatRangeData> = {
  name: "REDIRECT",
  options: [{ name: "to-ports" }, { name: "random", arg: "none" }],
  init: () => NO_RANGE,
  parse(d, opt, arg, _inv, ctx) {
    if (opt !== "to-ports") return flags(d, opt);
    const r = parseNatPorts(arg!, ctx.ip.proto, ctx.names);
    return isFailure(r) ? r : withRange(d, r);
  },
  save: (d) => natText(d, "--to-ports ", "--", true),
  print: (d) => natText(d, "redir ports ", "", true),
  check: (_d, ctx) => hookCheck("REDIRECT", ["PREROUTING", "OUTPUT"], ctx.table, ctx.hooks),
  evaluate: (d) => natResult("redirect", d),
};
