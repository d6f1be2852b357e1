/**
 * Which hint to give next. A hint tied to a goal (whenFailing) is offered
 * only while that goal fails, and those come first, in the order the
 * scenario lists them; then the hints tied to no goal. Each hint is given
 * once: the caller keeps the indexes of those already revealed.
 */
import type { GoalResult } from "./goals.js";
import type { Scenario } from "./schema.js";

/** Indexes of the hints that apply now, in the order they are offered. */
export function hintOrder(scenario: Scenario, results: readonly GoalResult[]): number[] {
  const failing = new Set(results.filter((r) => !r.pass).map((r) => r.id));
  const indexes = scenario.hints.map((_, i) => i);
  const tied = indexes.filter((i) => {
    const goal = scenario.hints[i]!.whenFailing;
    return goal !== undefined && failing.has(goal);
  });
  const general = indexes.filter((i) => scenario.hints[i]!.whenFailing === undefined);
  return [...tied, ...general];
}

/** The index of the next hint to reveal, or undefined when every hint that applies has been given. */
export function nextHint(scenario: Scenario, results: readonly GoalResult[], revealed: readonly number[]): number | undefined {
  const seen = new Set(revealed);
  return hintOrder(scenario, results).find((i) => !seen.has(i));
}
