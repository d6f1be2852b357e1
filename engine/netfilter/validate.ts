/**
 * What the kernel checks when a ruleset is loaded (ip_tables.c
 * mark_source_chains and check_entry; nf_tables' chain validation): every
 * chain is reachable without a loop, and every match and target accepts the
 * table and the hooks its chain is reached from. Loops and misplaced targets
 * are refused here, never found while a packet walks.
 */
import type { CheckContext } from "./extension.js";
import { findMatch, findTarget } from "./registry.js";
import type { Backend, HookName, Rule, Table, TableName } from "./types.js";

export interface ValidationError {
  /** EINVAL: a module refused its place; ELOOP: a loop; EJUMPBUILTIN: a jump to a built-in chain. */
  readonly errno: "EINVAL" | "ELOOP" | "EJUMPBUILTIN";
  readonly chain: string;
  /** 0-based position of the refused rule in its chain. */
  readonly rule: number;
  readonly dmesg?: string;
}

/** The built-in chains each chain is reachable from, or a loop reachable from one. */
export function reachingHooks(table: Table): { hooks: Map<string, Set<HookName>> } | { loop: string } {
  const byName = new Map(table.chains.map((c) => [c.name, c]));
  const hooks = new Map<string, Set<HookName>>();
  for (const c of table.chains) hooks.set(c.name, new Set());
  const onStack = new Set<string>();
  let loop: string | undefined;
  const visit = (name: string, hook: HookName): void => {
    if (loop !== undefined) return;
    if (onStack.has(name)) {
      loop = name;
      return;
    }
    const set = hooks.get(name);
    if (!set || set.has(hook)) return;
    set.add(hook);
    onStack.add(name);
    for (const r of byName.get(name)!.rules) {
      const t = r.target;
      if (t && (t.kind === "jump" || t.kind === "goto")) visit(t.chain, hook);
    }
    onStack.delete(name);
  };
  // Only chains a built-in chain reaches are walked: the kernel accepts a loop nothing enters.
  for (const c of table.chains) if (c.policy !== undefined) visit(c.name, c.name as HookName);
  if (loop !== undefined) return { loop };
  return { hooks };
}

export function checkRule(rule: Rule, ctx: CheckContext): string | undefined {
  for (const m of rule.matches) {
    const failure = findMatch(m.name)?.check?.(m.data, ctx);
    if (failure) return failure.dmesg;
  }
  const t = rule.target;
  if (t?.kind === "ext") return findTarget(t.name)?.check?.(t.data, ctx)?.dmesg;
  return undefined;
}

/**
 * Checks a table; `only` limits the module checks to some chains (the ones a
 * command touched). Returns the first refused rule.
 */
export function validateTable(table: Table, name: TableName, backend: Backend, only?: ReadonlySet<string>): ValidationError | undefined {
  const builtin = new Set(table.chains.filter((c) => c.policy !== undefined).map((c) => c.name));
  for (const c of table.chains) {
    if (only && !only.has(c.name)) continue;
    for (let i = 0; i < c.rules.length; i++) {
      const t = c.rules[i]!.target;
      if (t && (t.kind === "jump" || t.kind === "goto") && builtin.has(t.chain)) return { errno: "EJUMPBUILTIN", chain: c.name, rule: i };
    }
  }
  const reach = reachingHooks(table);
  if ("loop" in reach) return { errno: "ELOOP", chain: reach.loop, rule: 0 };
  for (const c of table.chains) {
    if (only && !only.has(c.name)) continue;
    const hooks = [...reach.hooks.get(c.name)!];
    for (let i = 0; i < c.rules.length; i++) {
      const rule = c.rules[i]!;
      if (rule.matches.length === 0 && rule.target?.kind !== "ext") continue;
      const dmesg = checkRule(rule, { table: name, hooks, ip: rule.ip, backend });
      if (dmesg !== undefined) return { errno: "EINVAL", chain: c.name, rule: i, dmesg };
    }
  }
  return undefined;
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
