/**
 * A table made ready for packets, once per version of it: chains found by
 * name, jumps resolved to the chain they enter, the fixed part of each rule
 * (struct ipt_ip) unpacked into numbers, and each match and target module
 * looked up. Built on first use and kept beside the table (a WeakMap), so a
 * packet never searches for a chain or a module.
 *
 * Missing chains or modules here mean the stored ruleset broke an invariant
 * that loading it should have enforced (validate.ts): that throws.
 */
import { isSealed } from "../netfilter/sealed.js";
import type { MatchModule, TargetModule } from "../netfilter/extension.js";
import { findMatch, findTarget } from "../netfilter/registry.js";
import type { Backend, Chain, MatchInstance, Rule, Table, TableName } from "../netfilter/types.js";

export const T_NONE = 0;
export const T_ACCEPT = 1;
export const T_DROP = 2;
export const T_RETURN = 3;
export const T_QUEUE = 4;
export const T_JUMP = 5;
export const T_GOTO = 6;
export const T_EXT = 7;

export interface CMatch {
  readonly module: MatchModule;
  readonly inst: MatchInstance;
  /** connlimit: the walk counts the connections before the match (EvalContext state.count). */
  readonly counts: boolean;
}

export interface CRule {
  readonly rule: Rule;
  /** 1-based position in its chain. */
  readonly num: number;
  /**
   * A tcp or udp match of ports (and TCP flags) folded into numbers, checked
   * without a call (0: none). Same test as matches/tcp.ts and udp.ts.
   */
  readonly l4: number;
  readonly spLo: number;
  readonly spHi: number;
  readonly spInv: boolean;
  readonly dpLo: number;
  readonly dpHi: number;
  readonly dpInv: boolean;
  readonly flMask: number;
  readonly flCmp: number;
  readonly flInv: boolean;
  readonly hasSrc: boolean;
  readonly srcAddr: number;
  readonly srcMask: number;
  readonly srcInv: boolean;
  readonly hasDst: boolean;
  readonly dstAddr: number;
  readonly dstMask: number;
  readonly dstInv: boolean;
  /** 0: any protocol. */
  readonly proto: number;
  readonly protoInv: boolean;
  /** Interface tests: exact name, or a prefix when `inPrefix` ("veth+"). */
  readonly inName: string | undefined;
  readonly inPrefix: boolean;
  readonly inInv: boolean;
  readonly outName: string | undefined;
  readonly outPrefix: boolean;
  readonly outInv: boolean;
  /** 0: no -f; 1: -f; 2: ! -f. */
  readonly frag: number;
  readonly matches: readonly CMatch[];
  readonly tkind: number;
  /** The chain a jump or goto enters (set once every chain is compiled). */
  jump: CChain | undefined;
  readonly target: TargetModule | undefined;
  readonly targetName: string;
  readonly targetData: unknown;
  /** The target's runtime state (EvalContext.state); it lives as long as this version of the table. */
  readonly tstate: Record<string, unknown>;
}

export interface CChain {
  readonly chain: Chain;
  readonly name: string;
  readonly builtin: boolean;
  readonly rules: readonly CRule[];
  /** For long chains: which rules can match a packet, by its destination or its port (see ChainIndex). */
  readonly index: ChainIndex | undefined;
}

/**
 * An exact-key index of a long chain (kube-proxy's KUBE-SERVICES: one rule
 * per cluster IP). A rule that cannot match a packet does nothing (no
 * counter, no target), so the walk may skip it: for a key, `map` lists the
 * rules with that key and every rule without one, in chain order; `rest`
 * lists the rules without a key. Verdicts are those of the plain walk.
 */
export interface ChainIndex {
  /** "dst": rules with -d ADDR/32; "dport": rules with -p tcp|udp --dport PORT. */
  readonly by: "dst" | "dport";
  readonly map: ReadonlyMap<number, Int32Array>;
  readonly rest: Int32Array;
}

const INDEX_MIN_RULES = 32;

/** Whether long chains get an index (tests turn it off to compare with the plain walk). */
export const compileOptions = { index: true };

function ruleKey(r: CRule, by: "dst" | "dport"): number | undefined {
  if (by === "dst") return r.hasDst && r.dstMask === 0xffffffff && !r.dstInv ? r.dstAddr : undefined;
  return r.l4 !== 0 && r.dpLo === r.dpHi && !r.dpInv ? r.l4 * 65536 + r.dpLo : undefined;
}

function buildIndex(rules: readonly CRule[]): ChainIndex | undefined {
  if (!compileOptions.index || rules.length < INDEX_MIN_RULES) return undefined;
  let best: "dst" | "dport" | undefined;
  let bestCount = 0;
  for (const by of ["dst", "dport"] as const) {
    const n = rules.reduce((c, r) => c + (ruleKey(r, by) !== undefined ? 1 : 0), 0);
    if (n > bestCount) {
      best = by;
      bestCount = n;
    }
  }
  if (!best || bestCount * 2 < rules.length) return undefined;
  const by = best;
  const keyed = new Map<number, number[]>();
  const rest: number[] = [];
  rules.forEach((r, i) => {
    const k = ruleKey(r, by);
    if (k === undefined) rest.push(i);
    else {
      let list = keyed.get(k);
      if (!list) keyed.set(k, (list = []));
      list.push(i);
    }
  });
  const map = new Map<number, Int32Array>();
  for (const [k, list] of keyed) {
    const merged = [...list, ...rest].sort((a, b) => a - b);
    map.set(k, Int32Array.from(merged));
  }
  return { by, map, rest: Int32Array.from(rest) };
}

export interface CTable {
  readonly table: Table;
  readonly name: TableName;
  readonly backend: Backend;
  readonly chains: ReadonlyMap<string, CChain>;
  /** Whether some rule needs connection tracking (state, conntrack, NAT, CONNMARK, CT): nf_ct_netns_get. */
  readonly needsConntrack: boolean;
  readonly ruleCount: number;
  /** The chains' rule arrays and their lengths when compiled: a difference means the table changed under us. */
  readonly shape: readonly (readonly Rule[])[];
  readonly lengths: readonly number[];
}

/** Matches and targets whose checkentry calls nf_ct_netns_get: with one loaded, the namespace tracks connections. */
const CT_MATCHES = new Set(["state", "conntrack", "connmark", "connlimit", "connbytes", "helper", "cluster", "connlabel"]);
const CT_TARGETS = new Set(["SNAT", "DNAT", "MASQUERADE", "REDIRECT", "NETMAP", "CONNMARK", "CT"]);

const cache = new WeakMap<Table, CTable>();

export function compiledTable(table: Table, name: TableName, backend: Backend): CTable {
  const hit = cache.get(table);
  if (hit && hit.backend === backend && (isSealed(table) || sameShape(hit, table))) return hit;
  const compiled = compile(table, name, backend);
  cache.set(table, compiled);
  return compiled;
}

function sameShape(c: CTable, table: Table): boolean {
  const chains = table.chains;
  if (chains.length !== c.shape.length) return false;
  for (let i = 0; i < chains.length; i++) {
    const rules = chains[i]!.rules;
    if (rules !== c.shape[i] || rules.length !== c.lengths[i]) return false;
  }
  return true;
}

function compile(table: Table, name: TableName, backend: Backend): CTable {
  const chains = new Map<string, CChain>();
  let needsConntrack = false;
  let ruleCount = 0;
  for (const chain of table.chains) {
    const rules: CRule[] = [];
    chain.rules.forEach((rule, i) => {
      const c = compileRule(rule, i + 1);
      if (c.matches.some((m) => CT_MATCHES.has(m.inst.name)) || (c.tkind === T_EXT && CT_TARGETS.has(c.targetName) && !isNotrack(c))) needsConntrack = true;
      rules.push(c);
    });
    ruleCount += rules.length;
    chains.set(chain.name, { chain, name: chain.name, builtin: chain.policy !== undefined, rules, index: buildIndex(rules) });
  }
  for (const c of chains.values()) {
    for (const r of c.rules) {
      if (r.tkind !== T_JUMP && r.tkind !== T_GOTO) continue;
      const t = r.rule.target as { chain: string };
      const to = chains.get(t.chain);
      if (!to) throw new Error(`rule ${r.num} of ${name} ${c.name} jumps to a chain that does not exist: ${t.chain}`);
      r.jump = to;
    }
  }
  return {
    table,
    name,
    backend,
    chains,
    needsConntrack,
    ruleCount,
    shape: table.chains.map((c) => c.rules),
    lengths: table.chains.map((c) => c.rules.length),
  };
}

/** xt_CT with --notrack never calls nf_ct_netns_get (xt_ct_tg_check). */
function isNotrack(r: CRule): boolean {
  return r.targetName === "CT" && (r.targetData as { notrack?: boolean }).notrack === true;
}

function iface(m: { name: string; invert?: boolean } | undefined): [string | undefined, boolean, boolean] {
  if (!m || m.name === "" || (m.name === "+" && !m.invert)) return [undefined, false, false];
  const prefix = m.name.endsWith("+");
  return [prefix ? m.name.slice(0, -1) : m.name, prefix, m.invert === true];
}

function compileRule(rule: Rule, num: number): CRule {
  const ip = rule.ip;
  const [inName, inPrefix, inInv] = iface(ip.inIface);
  const [outName, outPrefix, outInv] = iface(ip.outIface);
  const matches: CMatch[] = [];
  let fast: { l4: number; sp: [number, number]; dp: [number, number]; inv: number; flMask: number; flCmp: number } | undefined;
  for (const inst of rule.matches) {
    const module = findMatch(inst.name);
    if (!module) throw new Error(`no match module "${inst.name}" for a stored rule`);
    // A comment always matches (xt_comment.c).
    if (inst.name === "comment") continue;
    const d = inst.data as { spts?: [number, number]; dpts?: [number, number]; invflags?: number; option?: number; flgMask?: number; flgCmp?: number };
    if (!fast && (inst.name === "tcp" || inst.name === "udp") && !d.option && d.spts && d.dpts) {
      fast = { l4: inst.name === "tcp" ? 6 : 17, sp: d.spts, dp: d.dpts, inv: d.invflags ?? 0, flMask: d.flgMask ?? 0, flCmp: d.flgCmp ?? 0 };
      continue;
    }
    matches.push({ module, inst, counts: inst.name === "connlimit" });
  }
  const t = rule.target;
  let tkind = T_NONE;
  let target: TargetModule | undefined;
  let targetName = "";
  let targetData: unknown;
  if (t) {
    switch (t.kind) {
      case "standard":
        tkind = t.verdict === "ACCEPT" ? T_ACCEPT : t.verdict === "DROP" ? T_DROP : t.verdict === "RETURN" ? T_RETURN : T_QUEUE;
        targetName = t.verdict;
        break;
      case "jump":
        tkind = T_JUMP;
        targetName = t.chain;
        break;
      case "goto":
        tkind = T_GOTO;
        targetName = t.chain;
        break;
      case "ext":
        tkind = T_EXT;
        target = findTarget(t.name);
        if (!target) throw new Error(`no target module "${t.name}" for a stored rule`);
        targetName = t.name;
        targetData = t.data;
        break;
    }
  }
  return {
    rule,
    num,
    l4: fast?.l4 ?? 0,
    spLo: fast?.sp[0] ?? 0,
    spHi: fast?.sp[1] ?? 0xffff,
    spInv: ((fast?.inv ?? 0) & 1) !== 0,
    dpLo: fast?.dp[0] ?? 0,
    dpHi: fast?.dp[1] ?? 0xffff,
    dpInv: ((fast?.inv ?? 0) & 2) !== 0,
    flMask: fast?.flMask ?? 0,
    flCmp: fast?.flCmp ?? 0,
    flInv: ((fast?.inv ?? 0) & 4) !== 0,
    hasSrc: ip.src !== undefined,
    srcAddr: ip.src ? (ip.src.addr & ip.src.mask) >>> 0 : 0,
    srcMask: ip.src ? ip.src.mask >>> 0 : 0,
    srcInv: ip.src?.invert === true,
    hasDst: ip.dst !== undefined,
    dstAddr: ip.dst ? (ip.dst.addr & ip.dst.mask) >>> 0 : 0,
    dstMask: ip.dst ? ip.dst.mask >>> 0 : 0,
    dstInv: ip.dst?.invert === true,
    proto: ip.proto ?? 0,
    protoInv: ip.invertProto === true,
    inName,
    inPrefix,
    inInv,
    outName,
    outPrefix,
    outInv,
    frag: ip.fragment ? (ip.fragment.invert ? 2 : 1) : 0,
    matches,
    tkind,
    jump: undefined,
    target,
    targetName,
    targetData,
    tstate: {},
  };
}
