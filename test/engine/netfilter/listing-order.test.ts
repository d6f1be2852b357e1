import { describe, expect, it } from "vitest";
import { compareChainNames, listingOrder } from "../../../engine/netfilter/tables.js";
import type { Chain, Table } from "../../../engine/netfilter/types.js";

/** A small deterministic generator (no Math.random in tests). */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function userChains(count: number, alphabet: string, seed: number): string[] {
  const next = lcg(seed);
  const names = new Set<string>();
  while (names.size < count) {
    let name = next() < 0.5 ? "KUBE-SEP-" : "";
    const length = 1 + Math.floor(next() * 19);
    for (let i = 0; i < length; i++) name += alphabet[Math.floor(next() * alphabet.length)];
    names.add(name);
  }
  return [...names];
}

function table(names: readonly string[]): Table {
  const chain = (name: string, policy?: "ACCEPT"): Chain => ({ name, ...(policy ? { policy } : {}), counters: { packets: 0, bytes: 0 }, rules: [] });
  return { chains: [chain("PREROUTING", "ACCEPT"), ...names.map((n) => chain(n)), chain("POSTROUTING", "ACCEPT")] };
}

describe("listingOrder", () => {
  const cases: [string, string[]][] = [
    ["a few chains", userChains(40, "AB-_z09", 1)],
    ["thousands of kube-proxy-like chains, names that begin others", [...userChains(3000, "ABCD", 2), "KUBE-SEP-", "KUBE-SEP-A", "KUBE-SEP-AA"]],
    ["thousands of chains over all of ASCII", userChains(2000, "!\"#$%&'()*+,-./0123456789:;<=>?@AZaz[]^_`{|}~", 3)],
    ["thousands of chains that all begin alike (columns without a difference)", userChains(3000, "ABCD", 6).map((n) => `KUBE-SVC-${n}`)],
    ["a name outside ASCII among thousands", [...userChains(1000, "ABC", 4), "KUBE-é", "KUBE-\u{1F600}"]],
    ["a name longer than the packed keys among thousands", [...userChains(1000, "ABC", 5), "X".repeat(40), "X".repeat(39)]],
  ];
  for (const [what, names] of cases) {
    it(`lists built-in chains in hook order, then user chains in strcmp order: ${what}`, () => {
      const got = listingOrder(table(names)).map((c) => c.name);
      expect(got).toEqual(["PREROUTING", "POSTROUTING", ...[...names].sort(compareChainNames)]);
    });
  }
});
