/**
 * Every scenario nflab ships, graded on the real packet walk: its reference
 * solution and each of its correct checks pass every goal, each wrong check
 * fails the goal it names with a reason, and the start state fails every goal.
 */
import { describe, expect, test } from "vitest";
import { entries, loadCatalog } from "../../lab/scenario/catalog.js";
import { checkScript } from "../../lab/scenario/check-script.js";
import { loadProbeRunner } from "../../lab/scenario/probe-runner.js";
import { recorder } from "./support/drill.js";

const catalog = loadCatalog();

/**
 * Correct scripts known to fail a goal, by scenario and index (0 is the
 * reference solution). They run as expected failures, so that fixing one
 * makes its test fail until it is taken off this list.
 */
const KNOWN_FAILURES: Record<string, readonly number[]> = {};

describe("shipped scenarios", () => {
  test("every-pack-loads", () => {
    expect(catalog.problems).toEqual([]);
  });

  for (const entry of entries(catalog)) {
    const { scenario } = entry;
    test(`${entry.ref}: the start state fails every goal`, async () => {
      const check = await checkScript({ entry, script: "true", probe: await loadProbeRunner(), sink: recorder().sink });
      expect(check.results.filter((r) => r.pass).map((r) => r.id)).toEqual([]);
      for (const r of check.results) expect(r.reason).not.toBe("");
    });

    const correct = [scenario.solution, ...scenario.checks.correct];
    correct.forEach((script, i) => {
      const known = KNOWN_FAILURES[entry.ref]?.includes(i) ?? false;
      (known ? test.fails : test)(`${entry.ref}: correct script ${i} passes${known ? " (known to fail)" : ""}`, async () => {
        const check = await checkScript({ entry, script, probe: await loadProbeRunner(), sink: recorder().sink });
        expect(check.warnings).toEqual([]);
        expect(check.results.filter((r) => !r.pass)).toEqual([]);
      });
    });
    test.each(scenario.checks.wrong.map((w) => [w.fails, w.script] as const))(`${entry.ref}: wrong script fails %s`, async (goal, script) => {
      const check = await checkScript({ entry, script, probe: await loadProbeRunner(), sink: recorder().sink });
      const failed = check.results.find((r) => r.id === goal);
      expect(failed?.pass).toBe(false);
      expect(failed?.reason).not.toBe("");
      expect(scenario.hints.some((h) => h.whenFailing === goal)).toBe(true);
    });
  }
});
