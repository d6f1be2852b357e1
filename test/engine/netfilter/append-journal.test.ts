/**
 * The check at COMMIT reads an editor's append journal instead of the rules
 * when the journal covers the table. Whatever the table, both ways must give
 * the same verdict (loop, jump to a built-in chain, refused target, and which
 * chain and rule) and the same reference counts, on both backends.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TableEditor } from "../../../engine/netfilter/ops.js";
import { newTable } from "../../../engine/netfilter/tables.js";
import type { Backend, Rule } from "../../../engine/netfilter/types.js";
import { validateTable } from "../../../engine/netfilter/validate.js";

/** One appended rule: which chain it goes to, and what it does. */
type Step =
  | { kind: "chain" }
  | { kind: "jump" | "goto"; from: number; to: number; conditional: boolean }
  | { kind: "verdict"; from: number; conditional: boolean }
  | { kind: "dnat"; from: number };

const BUILTINS = ["PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"];

const step: fc.Arbitrary<Step> = fc.oneof(
  fc.constant<Step>({ kind: "chain" }),
  fc.record({ kind: fc.constantFrom("jump" as const, "goto" as const), from: fc.nat(9), to: fc.nat(9), conditional: fc.boolean() }),
  fc.record({ kind: fc.constant("verdict" as const), from: fc.nat(9), conditional: fc.boolean() }),
  fc.record({ kind: fc.constant("dnat" as const), from: fc.nat(9) }),
);

/** Builds the nat table by appends from nothing, as iptables-restore does. */
function build(steps: readonly Step[]): TableEditor {
  const e = new TableEditor(newTable("nat"));
  const names = [...BUILTINS];
  const rule = (conditional: boolean, target: Rule["target"]): Rule => ({
    ip: conditional ? { proto: 6 } : {}, matches: [], target, counters: { packets: 0, bytes: 0 },
  });
  for (const s of steps) {
    if (s.kind === "chain") {
      const name = `C${names.length}`;
      e.newChain(name);
      names.push(name);
      continue;
    }
    const from = names[s.from % names.length]!;
    if (s.kind === "verdict") e.append(from, rule(s.conditional, { kind: "standard", verdict: "DROP" }));
    else if (s.kind === "dnat") e.append(from, rule(true, { kind: "ext", name: "DNAT", data: {} }));
    else e.append(from, rule(s.conditional, e.target(names[s.to % names.length]!, s.kind)));
  }
  return e;
}

describe("the append journal", () => {
  it.each<Backend>(["nf_tables", "legacy"])("gives the verdict and counts the rules give (%s)", (backend) => {
    fc.assert(
      fc.property(fc.array(step, { maxLength: 60 }), (steps) => {
        const e = build(steps);
        expect(e.journal).toBeDefined();
        const n = e.table.chains.length;
        const fromJournal = new Int32Array(n);
        const fromRules = new Int32Array(n);
        const a = validateTable(e.table, "nat", backend, undefined, fromJournal, e.journal);
        const b = validateTable(e.table, "nat", backend, undefined, fromRules);
        expect(a).toEqual(b);
        if (!b) expect([...fromJournal]).toEqual([...fromRules]);
      }),
      { numRuns: 2000 },
    );
  });

  it("is dropped when a rule list changes otherwise than by an append", () => {
    const e = build([{ kind: "chain" }, { kind: "jump", from: 0, to: 4, conditional: false }]);
    expect(e.journal).toBeDefined();
    e.insert("PREROUTING", 0, { ip: {}, matches: [], target: { kind: "standard", verdict: "ACCEPT" }, counters: { packets: 0, bytes: 0 } });
    expect(e.journal).toBeUndefined();
  });

  it("is not kept for a table that had rules before the editor", () => {
    const e = build([{ kind: "verdict", from: 0, conditional: false }]);
    expect(new TableEditor(e.table).journal).toBeUndefined();
  });
});
