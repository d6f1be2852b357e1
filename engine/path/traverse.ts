/**
 * One table at one hook, as ipt_do_table (net/ipv4/netfilter/ip_tables.c)
 * walks it and nft_do_chain walks iptables-nft's chains: rules in order; a
 * rule whose fixed part and matches all pass counts the packet and runs its
 * target; a jump pushes the return position on an explicit stack, a goto
 * does not; RETURN, or the end of a user chain, pops it; RETURN with nothing
 * to pop, or the end of the built-in chain, applies the built-in chain's
 * policy (the "underflow" entry, whose counters count those packets).
 *
 * Nothing here allocates per rule: the stack is reused, matches are called
 * with one mutable context.
 */
import type { TargetEffect } from "../netfilter/extension.js";
import type { HookName } from "../netfilter/types.js";
import type { WirePacket } from "../packet/wire.js";
import type { CChain, CRule, CTable } from "./compile.js";
import { T_ACCEPT, T_DROP, T_EXT, T_GOTO, T_JUMP, T_NONE, T_QUEUE, T_RETURN } from "./compile.js";
import type { HookEvalContext } from "./eval-context.js";
import type { ConncountKey } from "./conncount.js";

export const V_DROP = 0;
export const V_ACCEPT = 1;
export const V_STOLEN = 2;
export const V_QUEUE = 3;

/** What decided a table's verdict: a rule (by its place) or the chain's policy. */
export interface Decider {
  readonly kind: "rule" | "policy";
  readonly table: CTable;
  readonly chain: CChain;
  /** The rule, for kind "rule". */
  readonly rule?: CRule;
}

/** How a traced rule ended, in the words nft and xtables-monitor use. */
export type RuleOutcome =
  | { readonly kind: "continue" }
  | { readonly kind: "accept" }
  | { readonly kind: "drop" }
  | { readonly kind: "queue" }
  | { readonly kind: "return" }
  | { readonly kind: "jump"; readonly chain: string }
  | { readonly kind: "goto"; readonly chain: string };

/** Everything one traversal reports to the stack around it. */
export interface TraverseHooks {
  /** A target asked for more than a verdict (LOG, NAT, REJECT, NOTRACK...). Returns a verdict that replaces the target's, or -1. */
  effect(effect: TargetEffect, rule: CRule, table: CTable, chain: CChain, packet: WirePacket): number;
  /** A rule matched (before its target ran): legacy TRACE and the nflab trace want this. */
  ruleMatched?(table: CTable, chain: CChain, rule: CRule, packet: WirePacket): void;
  /** A rule's target ran (nf_tables trace events come now, with the verdict). */
  ruleDone?(table: CTable, chain: CChain, rule: CRule, outcome: RuleOutcome, packet: WirePacket): void;
  /** The end of a user chain was reached (an implicit return). */
  fellOff?(table: CTable, chain: CChain, packet: WirePacket): void;
  /** A built-in chain's policy decided. */
  policy?(table: CTable, chain: CChain, verdict: "ACCEPT" | "DROP", packet: WirePacket): void;
}

export interface TraverseResult {
  verdict: number;
  packet: WirePacket;
  decider: Decider | undefined;
}

const stackChains: CChain[] = [];
const stackPos: number[] = [];

function ifaceOk(name: string | undefined, prefix: boolean, inv: boolean, actual: string | undefined): boolean {
  if (name === undefined) return true;
  const a = actual ?? "";
  const hit = prefix ? a.startsWith(name) : a === name;
  return hit !== inv;
}

/** ip_packet_match: the rule's fixed part. */
export function ipMatch(r: CRule, p: WirePacket): boolean {
  if (r.hasSrc && (((p.src & r.srcMask) >>> 0) === r.srcAddr) === r.srcInv) return false;
  if (r.hasDst && (((p.dst & r.dstMask) >>> 0) === r.dstAddr) === r.dstInv) return false;
  if (r.proto !== 0 && (p.proto === r.proto) === r.protoInv) return false;
  if (r.inName !== undefined && !ifaceOk(r.inName, r.inPrefix, r.inInv, p.inIface)) return false;
  if (r.outName !== undefined && !ifaceOk(r.outName, r.outPrefix, r.outInv, p.outIface)) return false;
  if (r.frag !== 0 && (p.fragOffset !== 0) !== (r.frag === 1)) return false;
  if (r.l4 !== 0) {
    // tcp_mt / udp_mt: never a fragment; port ranges; TCP flags.
    if (p.fragOffset !== 0) return false;
    const sp = p.sport ?? 0;
    if ((sp >= r.spLo && sp <= r.spHi) === r.spInv) return false;
    const dp = p.dport ?? 0;
    if ((dp >= r.dpLo && dp <= r.dpHi) === r.dpInv) return false;
    if (r.l4 === 6 && (((p.tcpFlags ?? 0) & r.flMask) === r.flCmp) === r.flInv) return false;
  }
  return true;
}

function matchesOk(r: CRule, p: WirePacket, ctx: HookEvalContext): boolean {
  const ms = r.matches;
  for (let i = 0; i < ms.length; i++) {
    const m = ms[i]!;
    ctx.state = m.inst.state ?? (m.inst.state = {});
    if (m.counts) ctx.countConnections(m.inst.data as ConncountKey, p);
    if (!m.module.match(m.inst.data, p, ctx)) return false;
  }
  return true;
}

/** The rules of an indexed chain that may match this packet (see ChainIndex). */
function candidates(chain: CChain, p: WirePacket): Int32Array | undefined {
  const ix = chain.index;
  if (!ix) return undefined;
  if (ix.by === "dst") return ix.map.get(p.dst) ?? ix.rest;
  if ((p.proto !== 6 && p.proto !== 17) || p.fragOffset !== 0) return ix.rest;
  return ix.map.get(p.proto * 65536 + (p.dport ?? 0)) ?? ix.rest;
}

/** The first place in `cand` at or after rule position `i`. */
function lowerBound(cand: Int32Array, i: number): number {
  let lo = 0;
  let hi = cand.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cand[mid]! < i) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Runs the built-in chain `hook` of the table over the packet. */
export function traverse(t: CTable, hook: HookName, packet: WirePacket, ctx: HookEvalContext, hooks: TraverseHooks): TraverseResult {
  const base = t.chains.get(hook);
  if (!base) return { verdict: V_ACCEPT, packet, decider: undefined };
  ctx.table = t.name;
  ctx.hook = hook;
  let p = packet;
  let chain = base;
  let i = 0;
  let cand = candidates(chain, p);
  let ci = 0;
  const depth0 = stackChains.length;
  let depth = depth0;
  const len = p.length;
  // Enter `c` at rule position `at` (a jump, a goto, a return).
  const enter = (c: CChain, at: number): void => {
    chain = c;
    i = at;
    cand = candidates(c, p);
    if (cand) ci = lowerBound(cand, at);
  };
  try {
    for (;;) {
      const rules = chain.rules;
      if (cand) i = ci < cand.length ? cand[ci++]! : rules.length;
      if (i >= rules.length) {
        if (chain.builtin) return policy(t, base, p, hooks);
        hooks.fellOff?.(t, chain, p);
        if (depth === depth0) return policy(t, base, p, hooks);
        depth--;
        enter(stackChains[depth]!, stackPos[depth]! + 1);
        continue;
      }
      const r = rules[i]!;
      if (!ipMatch(r, p) || (r.matches.length !== 0 && !matchesOk(r, p, ctx))) {
        if (!cand) i++;
        continue;
      }
      const c = r.rule.counters;
      c.packets++;
      c.bytes += len;
      hooks.ruleMatched?.(t, chain, r, p);
      switch (r.tkind) {
        case T_NONE:
          hooks.ruleDone?.(t, chain, r, CONTINUE, p);
          if (!cand) i++;
          continue;
        case T_ACCEPT:
          hooks.ruleDone?.(t, chain, r, ACCEPT, p);
          return { verdict: V_ACCEPT, packet: p, decider: { kind: "rule", table: t, chain, rule: r } };
        case T_DROP:
          hooks.ruleDone?.(t, chain, r, DROP, p);
          return { verdict: V_DROP, packet: p, decider: { kind: "rule", table: t, chain, rule: r } };
        case T_QUEUE:
          // NF_QUEUE with nobody listening on the queue drops the packet (nf_queue: -ESRCH).
          hooks.ruleDone?.(t, chain, r, QUEUE, p);
          return { verdict: V_QUEUE, packet: p, decider: { kind: "rule", table: t, chain, rule: r } };
        case T_RETURN:
          hooks.ruleDone?.(t, chain, r, RETURN, p);
          if (depth === depth0) return policy(t, base, p, hooks);
          depth--;
          enter(stackChains[depth]!, stackPos[depth]! + 1);
          continue;
        case T_JUMP:
          hooks.ruleDone?.(t, chain, r, { kind: "jump", chain: r.targetName }, p);
          stackChains[depth] = chain;
          stackPos[depth] = i;
          depth++;
          enter(r.jump!, 0);
          continue;
        case T_GOTO:
          hooks.ruleDone?.(t, chain, r, { kind: "goto", chain: r.targetName }, p);
          enter(r.jump!, 0);
          continue;
        case T_EXT: {
          ctx.state = r.tstate;
          const res = r.target!.evaluate(r.targetData, p, ctx);
          if (res.packet) {
            p = res.packet as WirePacket;
            // A target that changed the packet may change which rules can match it.
            if (cand) enter(chain, i + 1);
          }
          let v: number = res.verdict === "ACCEPT" ? V_ACCEPT : res.verdict === "DROP" ? V_DROP : res.verdict === "QUEUE" ? V_QUEUE : res.verdict === "STOLEN" ? V_STOLEN : -1;
          if (res.effects) {
            for (const e of res.effects) {
              const o = hooks.effect(e, r, t, chain, p);
              if (o >= 0) v = o;
            }
          }
          if (res.verdict === "RETURN") {
            hooks.ruleDone?.(t, chain, r, RETURN, p);
            if (depth === depth0) return policy(t, base, p, hooks);
            depth--;
            enter(stackChains[depth]!, stackPos[depth]! + 1);
            continue;
          }
          if (v < 0) {
            hooks.ruleDone?.(t, chain, r, CONTINUE, p);
            if (!cand) i++;
            continue;
          }
          hooks.ruleDone?.(t, chain, r, v === V_ACCEPT ? ACCEPT : v === V_QUEUE ? QUEUE : DROP, p);
          return { verdict: v, packet: p, decider: { kind: "rule", table: t, chain, rule: r } };
        }
      }
    }
  } finally {
    stackChains.length = depth0;
    stackPos.length = depth0;
  }
}

function policy(t: CTable, base: CChain, p: WirePacket, hooks: TraverseHooks): TraverseResult {
  // The underflow entry counts in ip_tables; an nf_tables base chain only once it has a counter.
  if (t.backend === "legacy" || base.chain.policyCounter) {
    const c = base.chain.counters;
    c.packets++;
    c.bytes += p.length;
  }
  const pol = base.chain.policy ?? "ACCEPT";
  hooks.policy?.(t, base, pol, p);
  return { verdict: pol === "ACCEPT" ? V_ACCEPT : V_DROP, packet: p, decider: { kind: "policy", table: t, chain: base } };
}

const CONTINUE: RuleOutcome = { kind: "continue" };
const ACCEPT: RuleOutcome = { kind: "accept" };
const DROP: RuleOutcome = { kind: "drop" };
const QUEUE: RuleOutcome = { kind: "queue" };
const RETURN: RuleOutcome = { kind: "return" };
