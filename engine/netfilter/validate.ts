/**
 * What the kernel checks when a ruleset is loaded (ip_tables.c
 * mark_source_chains and check_entry; nf_tables' chain validation): every
 * chain is reachable without a loop, and every match and target accepts the
 * table and the hooks its chain is reached from. Loops and misplaced targets
 * are refused here, never found while a packet walks.
 */
import type { CheckContext, CheckFailure } from "./extension.js";
import { MATCHES } from "./matches/all.js";
import { findMatch, findTarget } from "./registry.js";
import type { Backend, HookName, Rule, Table, TableName } from "./types.js";
import type { AppendJournal } from "./append-journal.js";

export interface ValidationError {
  /** EINVAL: a module refused its place; ELOOP: a loop; EJUMPBUILTIN: a jump to a built-in chain. */
  readonly errno: "EINVAL" | "ELOOP" | "EJUMPBUILTIN";
  readonly chain: string;
  /** 0-based position of the refused rule in its chain. */
  readonly rule: number;
  readonly dmesg?: string;
  /** For EINVAL from a module: the errno it really returns (ERANGE...). */
  readonly moduleErrno?: string;
}

const HOOK_BITS: Readonly<Record<HookName, number>> = { PREROUTING: 1, INPUT: 2, FORWARD: 4, OUTPUT: 8, POSTROUTING: 16 };
const HOOKS = Object.keys(HOOK_BITS) as HookName[];

/** A rule that matches every packet (ip_tables.c unconditional()). */
export function unconditional(rule: Rule): boolean {
  const ip = rule.ip;
  return rule.matches.length === 0 && !ip.src && !ip.dst && !ip.inIface && !ip.outIface && !ip.proto && !ip.fragment;
}

/**
 * The legacy kernel (mark_source_chains) stops following a chain at an
 * unconditional verdict: the rules after `-j DROP` are never reached, and a
 * loop through them is not one. nf_tables follows every rule.
 */
export function reachingHookBits(table: Table, backend: Backend = "nf_tables"): { bits: Map<string, number> } | { loop: string } {
  const graph = graphFromRules(table, backend, false);
  if ("jumpToBuiltin" in graph) throw new Error("graphFromRules: built-in jumps were not asked for");
  const r = reach(table, graph);
  if ("loop" in r) return r;
  const out = new Map<string, number>();
  table.chains.forEach((c, i) => out.set(c.name, r.bits[i]!));
  return { bits: out };
}

/** Each chain's jump targets, by position: chain i's are targets[first[i]] up to targets[first[i + 1]], in rule order. */
interface JumpGraph {
  readonly targets: ArrayLike<number>;
  readonly first: Int32Array;
}

type Graph = JumpGraph | { jumpToBuiltin: { chain: string; rule: number } };

/**
 * Each chain's jump targets, read from its rules. With `builtinJumps`,
 * the first jump or goto to a built-in chain in the chains `only` names,
 * if there is one, instead of the graph. With `toCheck`, the rules there whose modules have a check are
 * listed in it as (chain index, rule index) pairs: the rule list (150,000
 * rules of kube-proxy's) is walked once for all three. With `counts`, every
 * jump and goto is counted there by its chain's position.
 */
function graphFromRules(table: Table, backend: Backend, builtinJumps: boolean, only?: ReadonlySet<string>, toCheck?: number[], counts?: Int32Array): Graph {
  const chains = table.chains;
  const n = chains.length;
  const index = new Map<string, number>();
  for (let i = 0; i < n; i++) index.set(chains[i]!.name, i);
  const targets: number[] = [];
  const first = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    first[i] = targets.length;
    let last = -1;
    const chain = chains[i]!;
    const rules = chain.rules;
    const checked = !only || only.has(chain.name);
    const checkJumps = builtinJumps && checked;
    const checks = checked ? toCheck : undefined;
    // Legacy stops following the chain at an unconditional verdict; a jump to a built-in chain is refused wherever it is.
    let followed = true;
    for (let k = 0; k < rules.length; k++) {
      const r = rules[k]!;
      const t = r.target;
      if (checks !== undefined && needsCheck(r)) checks.push(i, k);
      if (t && (t.kind === "jump" || t.kind === "goto")) {
        const j = index.get(t.chain);
        if (j === undefined) continue;
        if (counts !== undefined) counts[j]!++;
        if (checkJumps && chains[j]!.policy !== undefined) return { jumpToBuiltin: { chain: chain.name, rule: k } };
        if (followed && j !== last) targets.push((last = j));
      } else if (followed && backend === "legacy" && t?.kind === "standard" && unconditional(r)) {
        if (!checkJumps && counts === undefined) break;
        followed = false;
      }
    }
  }
  first[n] = targets.length;
  return { targets, first };
}

/**
 * The same graph from the notes an editor took as the rules were appended,
 * with the counts; undefined when the notes do not cover the table (then
 * the rules must be read).
 */
function graphFromJournal(table: Table, backend: Backend, journal: AppendJournal, counts?: Int32Array): Graph | undefined {
  const chains = table.chains;
  const n = chains.length;
  if (journal.stops.length !== n) return undefined;
  let rules = 0;
  for (let i = 0; i < n; i++) rules += chains[i]!.rules.length;
  if (rules !== journal.rules) return undefined;
  const jumps = journal.jumps.values();
  const stops = journal.stops;
  // The first jump to a built-in chain in table order; the number of jumps followed out of each chain.
  let builtinChain = n;
  let builtinRule = 0;
  const first = new Int32Array(n + 1);
  for (let k = 0; k < jumps.length; k += 3) {
    const from = jumps[k]!;
    const at = jumps[k + 1]!;
    const to = jumps[k + 2]!;
    if (counts !== undefined) counts[to]!++;
    if (chains[to]!.policy !== undefined) {
      if (from < builtinChain || (from === builtinChain && at < builtinRule)) [builtinChain, builtinRule] = [from, at];
      continue;
    }
    if (backend === "legacy" && stops[from]! >= 0 && at > stops[from]!) continue;
    first[from + 1]!++;
  }
  if (builtinChain < n) return { jumpToBuiltin: { chain: chains[builtinChain]!.name, rule: builtinRule } };
  for (let i = 0; i < n; i++) first[i + 1]! += first[i]!;
  const targets = new Int32Array(first[n]!);
  const next = first.slice(0, n);
  for (let k = 0; k < jumps.length; k += 3) {
    const from = jumps[k]!;
    const to = jumps[k + 2]!;
    if (backend === "legacy" && stops[from]! >= 0 && jumps[k + 1]! > stops[from]!) continue;
    targets[next[from]!++] = to;
  }
  return { targets, first };
}

/** Which built-in chains reach each chain, walking only from the built-in chains. */
function reach(table: Table, graph: JumpGraph): { bits: Int32Array } | { loop: string } {
  const chains = table.chains;
  const n = chains.length;
  const { targets, first } = graph;
  const bits = new Int32Array(n);
  const onStack = new Uint8Array(n);
  let loop = -1;
  // An explicit stack: deep chains of jumps must not exhaust the JavaScript stack.
  const stackNode: number[] = [];
  const stackEdge: number[] = [];
  const walk = (start: number, hook: number): void => {
    if (bits[start]! & hook) return;
    bits[start]! |= hook;
    onStack[start] = 1;
    stackNode.push(start);
    stackEdge.push(first[start]!);
    while (stackNode.length > 0 && loop < 0) {
      const top = stackNode.length - 1;
      const node = stackNode[top]!;
      const e = stackEdge[top]!;
      if (e >= first[node + 1]!) {
        onStack[node] = 0;
        stackNode.pop();
        stackEdge.pop();
        continue;
      }
      stackEdge[top] = e + 1;
      const next = targets[e]!;
      if (onStack[next]) {
        loop = next;
        break;
      }
      if (bits[next]! & hook) continue;
      bits[next]! |= hook;
      onStack[next] = 1;
      stackNode.push(next);
      stackEdge.push(first[next]!);
    }
    for (const node of stackNode) onStack[node] = 0;
    stackNode.length = 0;
    stackEdge.length = 0;
  };
  // Only chains a built-in chain reaches are walked: the kernel accepts a loop nothing enters.
  for (let i = 0; i < n && loop < 0; i++) {
    const c = chains[i]!;
    if (c.policy !== undefined) walk(i, HOOK_BITS[c.name as HookName] ?? 0);
  }
  if (loop >= 0) return { loop: chains[loop]!.name };
  return { bits };
}

/** The built-in chains each chain is reachable from, or a loop reachable from one. */
export function reachingHooks(table: Table): { hooks: Map<string, Set<HookName>> } | { loop: string } {
  const r = reachingHookBits(table);
  if ("loop" in r) return r;
  const hooks = new Map<string, Set<HookName>>();
  for (const c of table.chains) hooks.set(c.name, new Set(HOOKS.filter((h) => ((r.bits.get(c.name) ?? 0) & HOOK_BITS[h]) !== 0)));
  return { hooks };
}

export function checkRule(rule: Rule, ctx: CheckContext): CheckFailure | undefined {
  for (const m of rule.matches) {
    const failure = findMatch(m.name)?.check?.(m.data, ctx);
    if (failure) return failure;
  }
  const t = rule.target;
  if (t?.kind === "ext") return findTarget(t.name)?.check?.(t.data, ctx);
  return undefined;
}

/**
 * Checks a table; `only` limits the module checks to some chains (the ones a
 * command touched). Returns the first refused rule. `references`, as long as
 * table.chains, receives the number of jumps and gotos to each chain.
 * `journal`: the notes of the editor that appended every rule of the table
 * (read instead of the rules when they cover the table).
 */
export function validateTable(
  table: Table, name: TableName, backend: Backend, only?: ReadonlySet<string>, references?: Int32Array, journal?: AppendJournal,
): ValidationError | undefined {
  const fromJournal = journal && !only ? graphFromJournal(table, backend, journal, references) : undefined;
  const listed: number[] = [];
  const graph = fromJournal ?? graphFromRules(table, backend, true, only, listed, references);
  // (chain, rule) pairs of the rules whose modules have a check.
  const toCheck: ArrayLike<number> = fromJournal ? journal!.checks.values() : listed;
  if ("jumpToBuiltin" in graph) return { errno: "EJUMPBUILTIN", ...graph.jumpToBuiltin };
  const reached = reach(table, graph);
  if ("loop" in reached) return { errno: "ELOOP", chain: reached.loop, rule: 0 };
  const hookLists = new Map<number, HookName[]>();
  const chains = table.chains;
  // One context, pointed at each rule in turn (modules do not keep it).
  const ctx = { table: name, hooks: [] as HookName[], ip: {} as Rule["ip"], backend, rule: undefined as Rule | undefined, ruleset: table };
  // The first refused rule in table order (the journal lists rules in the order they were appended).
  let refused: ValidationError | undefined;
  let refusedAt = { chain: chains.length, rule: 0 };
  for (let k = 0; k < toCheck.length; k += 2) {
    const ci = toCheck[k]!;
    const ri = toCheck[k + 1]!;
    if (ci > refusedAt.chain || (ci === refusedAt.chain && ri > refusedAt.rule)) continue;
    const c = chains[ci]!;
    const b = reached.bits[ci]!;
    let hooks = hookLists.get(b);
    if (!hooks) {
      hooks = HOOKS.filter((h) => (b & HOOK_BITS[h]) !== 0);
      hookLists.set(b, hooks);
    }
    const rule = c.rules[ri]!;
    ctx.hooks = hooks;
    ctx.ip = rule.ip;
    ctx.rule = rule;
    const failure = checkRule(rule, ctx);
    if (failure) {
      refused = { errno: "EINVAL", chain: c.name, rule: ri, dmesg: failure.dmesg, moduleErrno: failure.errno ?? "EINVAL" };
      refusedAt = { chain: ci, rule: ri };
    }
  }
  return refused;
}

let checkedMatches: Set<string> | undefined;

/** Whether any of the rule's modules has a check (comment, for one, has none). */
export function needsCheck(rule: Rule): boolean {
  if (rule.target?.kind === "ext") return true;
  if (!checkedMatches) {
    checkedMatches = new Set();
    for (const m of MATCHES) if (m.check) for (const n of [m.name, ...(m.aliases ?? [])]) checkedMatches.add(n);
  }
  for (const m of rule.matches) if (checkedMatches.has(m.name)) return true;
  return false;
}

/** `names` and every chain they jump or go to, transitively. */
export function reachableFrom(table: Table, names: Iterable<string>): Set<string> {
  const byName = new Map(table.chains.map((c) => [c.name, c]));
  const out = new Set<string>();
  const stack = [...names];
  while (stack.length > 0) {
    const n = stack.pop()!;
    if (out.has(n)) continue;
    out.add(n);
    for (const r of byName.get(n)?.rules ?? []) {
      const t = r.target;
      if (t && (t.kind === "jump" || t.kind === "goto")) stack.push(t.chain);
    }
  }
  return out;
}
