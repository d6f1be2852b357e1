/**
 * The index of long chains only skips rules that cannot match: verdicts and
 * every counter are those of the plain walk, for random chains and packets.
 */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { compiledTable, compileOptions } from "../../../engine/path/compile.js";
import { traverse, V_ACCEPT } from "../../../engine/path/traverse.js";
import { HookEvalContext } from "../../../engine/path/eval-context.js";
import { newTable, newUserChain } from "../../../engine/netfilter/tables.js";
import type { Rule, Table, TargetInstance } from "../../../engine/netfilter/types.js";
import { canon } from "../../../engine/packet/wire.js";
import { world } from "./topo.js";

interface Spec {
  dst?: number;
  proto?: 6 | 17;
  dport?: number;
  target: 0 | 1 | 2 | 3 | 4;
}

const spec = fc.record({
  dst: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  proto: fc.option(fc.constantFrom(6 as const, 17 as const), { nil: undefined }),
  dport: fc.option(fc.integer({ min: 1, max: 4 }), { nil: undefined }),
  target: fc.constantFrom(0 as const, 1 as const, 2 as const, 3 as const, 4 as const),
});

function rule(s: Spec): Rule {
  const targets: (TargetInstance | undefined)[] = [undefined, { kind: "standard", verdict: "ACCEPT" }, { kind: "standard", verdict: "DROP" }, { kind: "standard", verdict: "RETURN" }, { kind: "jump", chain: "U" }];
  const ip: Rule["ip"] = {};
  if (s.dst !== undefined) ip.dst = { addr: 0x0a000000 + s.dst, mask: 0xffffffff };
  if (s.proto) ip.proto = s.proto;
  const matches = s.proto && s.dport !== undefined ? [{ name: s.proto === 6 ? "tcp" : "udp", data: { spts: [0, 65535], dpts: [s.dport, s.dport], option: 0, flgMask: 0, flgCmp: 0, invflags: 0, given: 2 } }] : [];
  const t = targets[s.target];
  return { ip, matches, ...(t ? { target: t } : {}), counters: { packets: 0, bytes: 0 } };
}

function table(main: Spec[], user: Spec[]): Table {
  const t = newTable("filter");
  t.chains[0]!.rules = main.map(rule);
  const u = newUserChain("U");
  u.rules = user.map((s) => rule({ ...s, target: s.target === 4 ? 0 : s.target }));
  t.chains.push(u);
  return t;
}

describe("the chain index", () => {
  it("gives the plain walk's verdicts and counters", () => {
    const w = world();
    const ctx = new HookEvalContext(w, w.namespaces["lab"]!);
    const hooks = { effect: () => -1 };
    fc.assert(
      fc.property(fc.array(spec, { minLength: 32, maxLength: 80 }), fc.array(spec, { minLength: 32, maxLength: 60 }), fc.array(fc.record({ dst: fc.integer({ min: 1, max: 5 }), proto: fc.constantFrom(6, 17, 1), dport: fc.integer({ min: 1, max: 5 }) }), { minLength: 1, maxLength: 20 }), (main, user, packets) => {
        const run = (index: boolean) => {
          compileOptions.index = index;
          const t = table(main, user);
          const ct = compiledTable(t, "filter", "nf_tables");
          const verdicts = packets.map((x) => {
            const p = canon({ src: 1, dst: 0x0a000000 + x.dst, proto: x.proto, ...(x.proto !== 1 ? { sport: 1000, dport: x.dport } : {}), length: 60, ttl: 64, tos: 0, fragOffset: 0, mark: 0 });
            return traverse(ct, "INPUT", p, ctx, hooks).verdict === V_ACCEPT;
          });
          const counts = t.chains.map((c) => [c.counters.packets, ...c.rules.map((r) => r.counters.packets)]);
          return { verdicts, counts, indexed: [...ct.chains.values()].some((c) => c.index !== undefined) };
        };
        const plain = run(false);
        const fast = run(true);
        compileOptions.index = true;
        expect(fast.verdicts).toEqual(plain.verdicts);
        expect(fast.counts).toEqual(plain.counts);
      }),
      { numRuns: 200 },
    );
  });
});
