/**
 * Changes to one table, as libiptc and iptables-nft make them. Each returns
 * undefined on success or the errno the real code fails with; the callers
 * (iptables, iptables-restore, the daemons) turn it into their message.
 *
 * Work on a staged copy (stageTable) and store it only when everything
 * succeeded: a failed command changes nothing. Rules are never mutated in
 * place; a staged copy shares them with the original.
 */
import type { Chain, Rule, Table, TargetInstance } from "./types.js";
import { chainReferences, forgetReferences } from "./references.js";
import { AppendJournal } from "./append-journal.js";
import { newTable, newUserChain } from "./tables.js";
import { keepShape } from "../keep-shape.js";

type ChainJump = Extract<TargetInstance, { kind: "jump" | "goto" }>;

export type OpError = "ENOENT" | "EEXIST" | "E2BIG" | "EBUSY" | "ENOTEMPTY" | "EMLINK" | "EINVAL" | "ELOOP";

/** A copy of the table whose chains and rule lists may be changed freely. */
export function stageTable(table: Table): Table {
  return { chains: table.chains.map((c) => ({ ...c, counters: { ...c.counters }, rules: c.rules.slice() })) };
}

/** A chain, its place in the table and the jump and goto instances to it that rules share, found by one lookup of its name. */
interface ChainSlot {
  readonly chain: Chain;
  position: number;
  jump?: ChainJump;
  goto?: ChainJump;
}

/** A slot with a place for each instance (an object that grows a field later has a layout V8 forgets: keep-shape.ts). */
function newSlot(chain: Chain, position: number): ChainSlot {
  return { chain, position, jump: undefined, goto: undefined };
}

export class TableEditor {
  private readonly slots: Map<string, ChainSlot>;

  /**
   * The notes for the check at COMMIT, kept while every rule of the table
   * came by append through this editor (it started from a table without
   * rules, and nothing else changed a rule list).
   */
  journal: AppendJournal | undefined;

  constructor(readonly table: Table) {
    this.slots = new Map(table.chains.map((c, position) => [c.name, newSlot(c, position)]));
    if (table.chains.every((c) => c.rules.length === 0)) this.journal = new AppendJournal(table.chains.length);
  }

  private slotChain(name: string): Chain | undefined {
    return this.slots.get(name)?.chain;
  }

  private lastName = "";
  private lastSlot: ChainSlot | undefined;

  /** A chain's slot by name (the last one asked for is remembered: restores add runs of rules to one chain). */
  private slot(name: string): ChainSlot | undefined {
    if (name === this.lastName && this.lastSlot) return this.lastSlot;
    const s = this.slots.get(name);
    this.lastName = name;
    this.lastSlot = s;
    return s;
  }

  chain(name: string): Chain | undefined {
    return this.slot(name)?.chain;
  }

  /**
   * The jump or goto to a chain, or undefined when there is no such chain.
   * Rules that enter the same chain share one instance (nothing changes a
   * target in place; a rename makes new ones), holding the chain's own name
   * string: a restore of 100,000 jumps keeps fewer objects, and the checks
   * at COMMIT that look chains up by name compare a string with itself.
   */
  target(name: string, kind: "jump" | "goto"): ChainJump | undefined {
    // Runs of rules jump to one chain (kube-proxy's KUBE-MARK-MASQ): the last one is remembered.
    const last = this.lastTarget;
    if (last !== undefined && last.kind === kind && last.chain === name) return last;
    const slot = this.slots.get(name);
    if (!slot) return undefined;
    const made = kind === "jump" ? (slot.jump ??= { kind, chain: slot.chain.name }) : (slot.goto ??= { kind, chain: slot.chain.name });
    this.lastTargetSlot = slot;
    return (this.lastTarget = made);
  }

  private lastTarget: ChainJump | undefined;
  private lastTargetSlot: ChainSlot | undefined;

  /** Whether the chain exists, without moving the remembered chain (a jump's target is looked up between a rule's chain and its append). */
  has(name: string): boolean {
    return this.slots.has(name);
  }

  append(chain: string, rule: Rule): OpError | undefined {
    const slot = this.slot(chain);
    if (!slot) return "ENOENT";
    const rules = slot.chain.rules;
    rules.push(rule);
    this.journal?.appended(slot.position, rules.length - 1, rule, this.entered(rule));
    return undefined;
  }

  /** The position of the chain the rule jumps or goes to, or -1. */
  private entered(rule: Rule): number {
    const t = rule.target;
    if (t === undefined || (t.kind !== "jump" && t.kind !== "goto")) return -1;
    if (t === this.lastTarget) return this.lastTargetSlot!.position;
    return this.slots.get(t.chain)?.position ?? -1;
  }

  /** Insert at a 0-based position (position == length appends). */
  insert(chain: string, pos: number, rule: Rule): OpError | undefined {
    const c = this.slotChain(chain);
    if (!c) return "ENOENT";
    if (pos > c.rules.length) return "E2BIG";
    c.rules.splice(pos, 0, rule);
    this.changedInPlace();
    return undefined;
  }

  replace(chain: string, pos: number, rule: Rule): OpError | undefined {
    const c = this.slotChain(chain);
    if (!c) return "ENOENT";
    if (pos >= c.rules.length) return "E2BIG";
    c.rules[pos] = rule;
    this.changedInPlace();
    return undefined;
  }

  deleteNum(chain: string, pos: number): OpError | undefined {
    const c = this.slotChain(chain);
    if (!c) return "ENOENT";
    if (pos >= c.rules.length) return "E2BIG";
    c.rules.splice(pos, 1);
    this.changedInPlace();
    return undefined;
  }

  /** A rule list changed otherwise than by an append: the reference counts and the journal no longer hold. */
  private changedInPlace(): void {
    forgetReferences(this.table);
    this.journal = undefined;
  }

  flush(chain?: string): OpError | undefined {
    if (chain === undefined) {
      for (const c of this.table.chains) {
        if (c.rules.length > 0) this.journal = undefined;
        c.rules = [];
      }
      return undefined;
    }
    const c = this.slotChain(chain);
    if (!c) return "ENOENT";
    if (c.rules.length > 0) this.journal = undefined;
    c.rules = [];
    return undefined;
  }

  /**
   * Zero the counters of a chain (its policy and its rules), or of every
   * chain. iptables-nft sends a base chain's counters as 0 (NFT_COMPAT_CHAIN_ZERO),
   * which gives it a policy counter from then on (recorded: kernel/ping-bound-device).
   */
  zero(chain?: string): OpError | undefined {
    const chains = chain === undefined ? this.table.chains : [this.slotChain(chain)];
    for (const c of chains) {
      if (!c) return "ENOENT";
      c.counters = { packets: 0, bytes: 0 };
      if (c.policy !== undefined) c.policyCounter = true;
      c.rules = c.rules.map((r) => (r.counters.packets || r.counters.bytes ? { ...r, counters: { packets: 0, bytes: 0 } } : r));
    }
    return undefined;
  }

  zeroRule(chain: string, pos: number): OpError | undefined {
    const c = this.slotChain(chain);
    if (!c) return "ENOENT";
    if (pos >= c.rules.length) return "E2BIG";
    const r = c.rules[pos]!;
    c.rules[pos] = { ...r, counters: { packets: 0, bytes: 0 } };
    return undefined;
  }

  newChain(name: string): OpError | undefined {
    if (this.slots.has(name)) return "EEXIST";
    const c = newUserChain(name);
    this.slots.set(name, newSlot(c, this.table.chains.length));
    this.table.chains.push(c);
    this.journal?.chainAdded();
    return undefined;
  }

  /** How many rules jump or go to each chain, by name (counted once for all the chains asked about). */
  referenceCounts(): (name: string) => number {
    const counts = chainReferences(this.table);
    return (name) => {
      const slot = this.slots.get(name);
      return slot ? counts[slot.position]! : 0;
    };
  }

  /**
   * Deletes user chains the caller found empty and unreferenced, in one pass
   * over the table however many they are (`iptables -X` of kube-proxy's
   * 40,000 chains).
   */
  removeChains(names: readonly string[]): void {
    const gone = new Set<Chain>();
    for (const name of names) {
      const slot = this.slots.get(name);
      if (!slot) continue;
      gone.add(slot.chain);
      this.slots.delete(name);
    }
    const chains = this.table.chains;
    let kept = 0;
    for (const c of chains) {
      if (gone.has(c)) continue;
      this.slots.get(c.name)!.position = kept;
      chains[kept++] = c;
    }
    chains.length = kept;
    this.lastTarget = undefined;
    this.lastSlot = undefined;
    this.journal = undefined;
  }

  /** Renames a chain and every jump to it. */
  rename(from: string, to: string): OpError | undefined {
    const c = this.slotChain(from);
    if (!c) return "ENOENT";
    if (this.slots.has(to)) return "EEXIST";
    c.name = to;
    // The jumps to the old name go; rules that jump to the new one get new instances.
    const position = this.slots.get(from)!.position;
    this.slots.delete(from);
    this.lastTarget = undefined;
    this.slots.set(to, newSlot(c, position));
    this.lastSlot = undefined;
    this.changedInPlace();
    for (const chain of this.table.chains) {
      chain.rules = chain.rules.map((r) => {
        const t = r.target;
        return t && (t.kind === "jump" || t.kind === "goto") && t.chain === from ? { ...r, target: { ...t, chain: to } } : r;
      });
    }
    return undefined;
  }

  setPolicy(chain: string, policy: "ACCEPT" | "DROP", counters?: { packets: number; bytes: number }): OpError | undefined {
    const c = this.slotChain(chain);
    if (!c || c.policy === undefined) return "ENOENT";
    c.policy = policy;
    c.policyCounter = true;
    if (counters) c.counters = { ...counters };
    return undefined;
  }
}

keepShape(new TableEditor(newTable("filter")));
