import { describe, expect, test } from "vitest";
import type { GoalResult } from "../../engine/scenario/goals.js";
import { hintOrder, nextHint } from "../../engine/scenario/hints.js";
import { drillEntry } from "./support/drill.js";

const scenario = drillEntry().scenario;
const results = (failing: string[]): GoalResult[] =>
  scenario.goals.map((g) => ({ id: g.id, title: g.title, pass: !failing.includes(g.id), reason: "" }));

describe("hints", () => {
  test("hints-of-failing-goals-come-first-then-those-tied-to-no-goal", () => {
    expect(hintOrder(scenario, results(["bob-after-reboot", "alice-reaches"]))).toEqual([1, 2, 0]);
  });

  test("a-hint-tied-to-a-goal-that-passes-is-not-offered", () => {
    expect(hintOrder(scenario, results(["bob-blocked"]))).toEqual([0]);
  });

  test("each-hint-is-given-once", () => {
    const now = results(["bob-after-reboot"]);
    expect(nextHint(scenario, now, [])).toBe(1);
    expect(nextHint(scenario, now, [1])).toBe(0);
    expect(nextHint(scenario, now, [1, 0])).toBeUndefined();
  });
});
