/**
 * The restore fast lane (fast-parse.ts) must build exactly what the full
 * parser builds, or give up. Every -A line of the recorded cases, the rule
 * specs and a kube-proxy sample is parsed both ways.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { FastParser, fastParse } from "../../../../engine/commands/iptables/fast-parse.js";
import { parseCommand, type ParsedCommand } from "../../../../engine/commands/iptables/parse.js";
import { lineWordsArray, splitCommonLine, splitRestoreLine } from "../../../../engine/commands/iptables/restore-tokens.js";
import { nameDbFromFiles } from "../../../../engine/netfilter/names.js";
import { createWorld } from "../../../../engine/world/spec.js";
import type { TableName } from "../../../../engine/netfilter/types.js";

const world = createWorld({});
const file = (p: string) => {
  const node = world.files[p];
  return node && node.type === "file" ? node.content : undefined;
};
const names = nameDbFromFiles(file);

function corpus(): { table: TableName; words: string[] }[] {
  const out: { table: TableName; words: string[] }[] = [];
  const kube = readFileSync(new URL("./fixtures/kube-sample.rules", import.meta.url), "utf8");
  for (const line of kube.split("\n")) if (line.startsWith("-A")) out.push({ table: "nat", words: splitRestoreLine(line) });
  const specs = readFileSync(new URL("./fixtures/rule-specs.txt", import.meta.url), "utf8");
  for (const line of specs.split("\n")) {
    if (!line || line.startsWith("#")) continue;
    const [table, chain, ...rest] = line.split(" ");
    out.push({ table: table as TableName, words: ["-A", chain!, ...splitRestoreLine(rest.join(" ").replace(/'/g, '"'))] });
  }
  const cases = new URL("../../../conformance/iptables/cases/", import.meta.url);
  for (const name of readdirSync(cases)) {
    for (const line of readFileSync(new URL(name, cases), "utf8").split("\n")) {
      const m = /^iptables(?: -t (\w+))? (-A .*)$/.exec(line);
      if (m && !line.includes("'") && !line.includes(";") && !line.includes("|")) out.push({ table: (m[1] ?? "filter") as TableName, words: splitRestoreLine(m[2]!) });
    }
  }
  return out;
}

/** The parts of a parsed command that matter, with modules by name. */
function shape(p: ParsedCommand) {
  return {
    command: p.command, table: p.table, chain: p.chain, options: p.options, protocol: p.protocol, ip: p.ip,
    sources: p.sources, destinations: p.destinations, invSrc: p.invSrc, invDst: p.invDst, jumpto: p.jumpto, goto: p.goto,
    matches: p.matches.map((m) => ({ name: m.module.name, data: m.data, completed: m.completed, seen: [...m.seen] })),
    target: p.target ? { name: p.target.module.name, data: p.target.data } : undefined,
  };
}

for (const backend of ["nf_tables", "legacy"] as const) {
  describe(`restore fast lane, ${backend}`, () => {
    const lines = corpus();
    it("takes most kube-proxy lines", () => {
      const kube = lines.filter((l) => l.table === "nat").slice(0, 100);
      const taken = kube.filter((l) => fastParse(l.words, l.words.length, { backend, names, table: l.table }) !== undefined).length;
      expect(taken).toBeGreaterThan(90);
    });
    it("builds what the full parser builds, or gives up", () => {
      let taken = 0;
      for (const { table, words } of lines) {
        const fast = fastParse(words, words.length, { backend, names, table });
        if (!fast) continue;
        taken++;
        const full = parseCommand(["iptables-restore", "-t", table, ...words], {
          backend, names, err: { prog: "iptables-restore", backend }, restore: true, table,
        });
        expect(shape(fast), words.join(" ")).toEqual(shape(full));
      }
      expect(taken).toBeGreaterThan(200);
    });
    it("reads only a line's own words from an array that holds longer lines' words after them", () => {
      // As iptables-restore does: one array for every line, written over, never shortened.
      const parser = new FastParser();
      const array = lineWordsArray();
      const longest = [...lines].sort((a, b) => b.words.length - a.words.length)[0]!;
      let taken = 0;
      for (const { table, words } of [longest, ...lines]) {
        words.forEach((w, k) => (array[k] = w));
        const fast = fastParse(array, words.length, { backend, names, table }, parser);
        const alone = fastParse(words, words.length, { backend, names, table });
        expect(fast === undefined, words.join(" ")).toBe(alone === undefined);
        if (!fast || !alone) continue;
        taken++;
        expect(shape(fast), words.join(" ")).toEqual(shape(alone));
      }
      expect(taken).toBeGreaterThan(200);
      // The common line is split into the array the same way.
      const count = splitCommonLine('-A X -m comment --comment "a b" -j RETURN', array);
      expect(array.slice(0, count)).toEqual(["-A", "X", "-m", "comment", "--comment", "a b", "-j", "RETURN"]);
      expect(array.length).toBeGreaterThan(count);
    });
    it("shares data between the lines of one restore without changing what any line means", () => {
      // One parser for every line, as in a restore: comments and probabilities seen before are shared (sharedData).
      const parser = new FastParser();
      const synthetic = (i: number) => splitRestoreLine(`-A X -m comment --comment "c ${i}" -m statistic --mode random --probability 0.${(i % 3) + 2} -j RETURN`);
      const sequence = [...lines.map((l) => l.words), ...Array.from({ length: 600 }, (_, i) => synthetic(i % 400)), synthetic(7), synthetic(7)];
      const made: { comment: unknown; statistic: unknown }[] = [];
      for (const words of sequence) {
        const table = lines.find((l) => l.words === words)?.table ?? "filter";
        const fast = fastParse(words, words.length, { backend, names, table }, parser);
        if (!fast) continue;
        const full = parseCommand(["iptables-restore", "-t", table, ...words], { backend, names, err: { prog: "iptables-restore", backend }, restore: true, table });
        expect(shape(fast), words.join(" ")).toEqual(shape(full));
        if (words[1] === "X") made.push({ comment: fast.matches[0]!.data, statistic: fast.matches[1]!.data });
      }
      expect(made).toHaveLength(602);
      // The same comment on the line before: one object. Three probabilities: three objects for 602 lines.
      expect(made[601]!.comment).toBe(made[600]!.comment);
      expect(made[601]!.comment).not.toBe(made[599]!.comment);
      expect(new Set(made.map((m) => m.statistic)).size).toBe(3);
    });
  });
}
