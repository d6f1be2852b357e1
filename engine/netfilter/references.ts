/**
 * How many rules jump or go to each chain of a table: -L prints it beside a
 * user chain's name ("Chain KUBE-SVC-X (3 references)"), as the kernel keeps
 * it in the chain's use count. Counting means resolving every jump of the
 * table by name (110,000 of kube-proxy's), and the check at COMMIT resolves
 * them all anyway: it hands its counts over (rememberReferences), and a -L
 * after a restore reads them instead of counting again.
 */
import { isSealed } from "./sealed.js";
import type { Chain, Rule, Table } from "./types.js";

interface Counted {
  /** What the counts were made from: the chain list, each chain's rule list and its length. */
  readonly chains: readonly Chain[];
  readonly rules: readonly (readonly Rule[])[];
  readonly lengths: Int32Array;
  /** By position in `chains`. */
  readonly counts: Int32Array;
}

const counted = new WeakMap<Table, Counted>();

/**
 * The number of jumps and gotos to each chain, by its position in
 * table.chains. Counts handed over for the table are used while it holds
 * the same chains with the same rule lists of the same lengths (an editor
 * that changes a list in place forgets them: forgetReferences).
 */
export function chainReferences(table: Table): Int32Array {
  const known = counted.get(table);
  // A sealed table stays as it is (sealed.ts); another is compared with what was counted.
  if (known && (isSealed(table) || unchanged(table, known))) return known.counts;
  const counts = countReferences(table);
  rememberReferences(table, counts);
  return counts;
}

/** Counts made by a pass over the table that resolved every jump (the COMMIT check). */
export function rememberReferences(table: Table, counts: Int32Array): void {
  const chains = table.chains;
  const lengths = new Int32Array(chains.length);
  const rules: (readonly Rule[])[] = new Array(chains.length);
  for (let i = 0; i < chains.length; i++) {
    rules[i] = chains[i]!.rules;
    lengths[i] = chains[i]!.rules.length;
  }
  counted.set(table, { chains, rules, lengths, counts });
}

/** A change made in place in one of the table's rule lists (a rule replaced, deleted or inserted). */
export function forgetReferences(table: Table): void {
  counted.delete(table);
}

function unchanged(table: Table, known: Counted): boolean {
  const chains = table.chains;
  if (chains !== known.chains || chains.length !== known.counts.length) return false;
  for (let i = 0; i < chains.length; i++) {
    const rules = chains[i]!.rules;
    if (rules !== known.rules[i] || rules.length !== known.lengths[i]) return false;
  }
  return true;
}

function countReferences(table: Table): Int32Array {
  const chains = table.chains;
  const index = new Map<string, number>();
  for (let i = 0; i < chains.length; i++) index.set(chains[i]!.name, i);
  const counts = new Int32Array(chains.length);
  for (const c of chains) {
    for (const r of c.rules) {
      const t = r.target;
      if (t && (t.kind === "jump" || t.kind === "goto")) {
        const i = index.get(t.chain);
        if (i !== undefined) counts[i]!++;
      }
    }
  }
  return counts;
}
