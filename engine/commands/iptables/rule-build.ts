/**
 * The rules a parsed command stands for: one per source and destination
 * address pair (`-s a,b -d c` is two rules), with the target resolved
 * against the table (an extension, a verdict, or a chain).
 */
import type { NameDb } from "../../netfilter/extension.js";
import type { AddrMatch, Backend, IfaceMatch, IpMatch, Rule, TableName, TargetInstance } from "../../netfilter/types.js";
import { paramProblem, type ErrorContext } from "./errors.js";
import { isKnownTargetName, notEmulated } from "./known-extensions.js";
import type { ParsedCommand } from "./parse.js";
import type { AddrMask } from "../../netfilter/xt-addr.js";

/**
 * One instance per verdict, shared by every rule of every world (nothing
 * changes a target in place; frozen, so that a change would fail loudly).
 */
const ACCEPT: TargetInstance = Object.freeze({ kind: "standard", verdict: "ACCEPT" });
const DROP: TargetInstance = Object.freeze({ kind: "standard", verdict: "DROP" });
const RETURN: TargetInstance = Object.freeze({ kind: "standard", verdict: "RETURN" });
const QUEUE: TargetInstance = Object.freeze({ kind: "standard", verdict: "QUEUE" });

/** The verdict a -j names, or undefined (compared by length first: no hashing of a chain name read from a line). */
function verdictNamed(name: string): TargetInstance | undefined {
  switch (name) {
    case "ACCEPT": return ACCEPT;
    case "DROP": return DROP;
    case "RETURN": return RETURN;
    case "QUEUE": return QUEUE;
    default: return undefined;
  }
}

/** Where jumps find the chains of a table (TableStore.chainTarget). */
export interface ChainTargets {
  /** The jump or goto to a chain that exists, or undefined. */
  chainTarget(table: TableName, name: string, kind: "jump" | "goto"): TargetInstance | undefined;
}

/**
 * The target, or undefined for a rule that only counts. With `lenient`, a
 * jump to a chain that does not exist is taken as it is (iptables-nft-restore --test).
 */
export function resolveTarget(p: ParsedCommand, backend: Backend, err: ErrorContext, chains: ChainTargets, table: TableName, lenient = false): TargetInstance | undefined {
  if (p.target) return { kind: "ext", name: p.target.module.name, data: p.target.data };
  const name = p.jumpto;
  if (name === "") return undefined;
  const verdict = p.goto ? undefined : verdictNamed(name);
  if (verdict) return verdict;
  const kind = p.goto ? "goto" : "jump";
  const toChain = chains.chainTarget(table, name, kind) ?? (lenient ? { kind, chain: name } : undefined);
  if (toChain) return toChain;
  if (isKnownTargetName(name) && !p.goto) throw notEmulated(err, `target \`${name}'`);
  if (backend === "nf_tables") return paramProblem(err, `Chain '${name}' does not exist`);
  if (p.goto) return paramProblem(err, `goto '${name}' is not a chain`);
  return paramProblem(err, `Couldn't load target \`${name}':No such file or directory\n`);
}

const NO_COUNTS = { packets: 0, bytes: 0 } as const;

/**
 * The fixed part of a rule that tests nothing, shared by every such rule
 * (kube-proxy's 30,000 jumps to its endpoint chains): nothing changes a
 * rule's ip in place; frozen, so that a change would fail loudly.
 */
const NO_IP_TESTS: IpMatch = Object.freeze({});

/** iptables-nft drops an interface test that matches every name. */
function everyName(iface: IfaceMatch | undefined, backend: Backend): boolean {
  return backend === "nf_tables" && iface?.name === "+" && !iface.invert;
}

/**
 * The rule's match instances. Up to three are made by array and object
 * literals: V8 learns at each literal that what it makes is kept and from
 * then on allocates it in the old generation, where the young generation's
 * collector need not copy it (a kube-proxy restore: about 4 MB less copied).
 */
function matchInstances(uses: ParsedCommand["matches"]): Rule["matches"] {
  switch (uses.length) {
    case 0: return [];
    case 1: return [{ name: uses[0]!.module.name, data: uses[0]!.data }];
    case 2: return [{ name: uses[0]!.module.name, data: uses[0]!.data }, { name: uses[1]!.module.name, data: uses[1]!.data }];
    case 3:
      return [{ name: uses[0]!.module.name, data: uses[0]!.data }, { name: uses[1]!.module.name, data: uses[1]!.data }, { name: uses[2]!.module.name, data: uses[2]!.data }];
    default: return uses.map((m) => ({ name: m.module.name, data: m.data }));
  }
}

/** One rule per (source, destination) pair, sources outermost. */
export function buildRules(p: ParsedCommand, target: TargetInstance | undefined, backend: Backend): Rule[] {
  const base = p.ip;
  const inIface = everyName(base.inIface, backend) ? undefined : base.inIface;
  const outIface = everyName(base.outIface, backend) ? undefined : base.outIface;
  // Arrays made at their final size (map, literals): a pushed-to [] keeps room for 17 entries, per rule.
  const matches = matchInstances(p.matches);
  const counters = p.counters ?? NO_COUNTS;
  if (p.sources.length === 1 && p.destinations.length === 1) return [ruleFor(p, p.sources[0]!, p.destinations[0]!, inIface, outIface, matches, counters, target)];
  const rules: Rule[] = [];
  for (const s of p.sources) {
    for (const d of p.destinations) rules.push(ruleFor(p, s, d, inIface, outIface, matches, counters, target));
  }
  return rules;
}

function ruleFor(
  p: ParsedCommand, s: AddrMask, d: AddrMask, inIface: IfaceMatch | undefined, outIface: IfaceMatch | undefined,
  matches: Rule["matches"], counters: { readonly packets: number; readonly bytes: number }, target: TargetInstance | undefined,
): Rule {
  const base = p.ip;
  const src = s.mask !== 0 || s.addr !== 0 || p.invSrc ? addrMatch(s, p.invSrc) : undefined;
  const dst = d.mask !== 0 || d.addr !== 0 || p.invDst ? addrMatch(d, p.invDst) : undefined;
  const ip = ipTests(src, dst, inIface, outIface, base);
  // Literals throughout (the counters and the target inside the rule's): see ipTests.
  return target
    ? { ip, matches, counters: { packets: counters.packets, bytes: counters.bytes }, target }
    : { ip, matches, counters: { packets: counters.packets, bytes: counters.bytes } };
}

function addrMatch(a: AddrMask, invert: boolean): AddrMatch {
  return invert ? { addr: a.addr, mask: a.mask, invert: true } : { addr: a.addr, mask: a.mask };
}

/**
 * The rule's fixed part, its fields in the kernel's order (struct ipt_ip),
 * only those that test something. The common kinds are each made by one
 * object literal: V8 allocates what a literal makes in the old generation
 * once it sees that it is kept, where an object that grows field by field
 * is copied by the young generation's collector (a restore of 100,000
 * rules copies megabytes less).
 */
function ipTests(
  src: AddrMatch | undefined, dst: AddrMatch | undefined, inIface: IfaceMatch | undefined, outIface: IfaceMatch | undefined, base: IpMatch,
): IpMatch {
  const proto = base.proto;
  if (!inIface && !outIface && !base.invertProto && !base.fragment) {
    if (proto === undefined) {
      if (src && dst) return { src, dst };
      if (src) return { src };
      if (dst) return { dst };
      return NO_IP_TESTS;
    }
    if (src && dst) return { src, dst, proto };
    if (src) return { src, proto };
    if (dst) return { dst, proto };
    return { proto };
  }
  const ip: IpMatch = {};
  if (src) ip.src = src;
  if (dst) ip.dst = dst;
  if (inIface) ip.inIface = inIface;
  if (outIface) ip.outIface = outIface;
  if (proto !== undefined) ip.proto = proto;
  if (base.invertProto) ip.invertProto = true;
  if (base.fragment) ip.fragment = base.fragment;
  return ip;
}

export type { NameDb };
