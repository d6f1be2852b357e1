/**
 * Goal results as text: one line per goal (✔ or ✘, the id, the title and,
 * for a failing goal, why), a summary line, and what happened to each of a
 * goal's packets (`why`, `check --trace`).
 */
import { addressOf } from "../../engine/scenario/goals.js";
import type { GoalResult } from "../../engine/scenario/goals.js";
import type { Check, Goal } from "../../engine/scenario/schema.js";
import type { ProbeOutcome } from "../../engine/scenario/probe.js";
import { formatIpv4 } from "../../engine/addr/ipv4.js";
import type { World } from "../../engine/world/types.js";
import type { TextStyle } from "./markdown/style.js";

/** `✔ alice-reaches-web  alice (203.0.113.7) reaches web through port 8080`, or `✘ ... — reason`. */
export function goalLine(result: GoalResult, style: TextStyle): string {
  if (result.pass) return `${style.ok("✔")} ${result.id}  ${result.title}`;
  return `${style.fail("✘")} ${result.id}  ${result.title}${style.dim(` — ${result.reason}`)}`;
}

export function summaryLine(results: readonly GoalResult[]): string {
  const passed = results.filter((r) => r.pass).length;
  if (passed === results.length) return `All ${results.length} goals pass.`;
  return `${passed} of ${results.length} goal${results.length === 1 ? "" : "s"} pass.`;
}

/** One of a goal's packet tests, and how it came out when checked alone. */
export interface CheckDetail {
  check: Check;
  result: GoalResult;
}

/** What happened to each packet a goal sends: where it went, what stopped it, what was expected. */
export function goalReport(world: World, goal: Goal, details: readonly CheckDetail[], style: TextStyle): string[] {
  const pass = details.length > 0 && details.every((d) => d.result.pass);
  const lines = [`${pass ? style.ok("✔") : style.fail("✘")} ${style.bold(goal.id)}: ${goal.title}${goal.afterReboot ? " (checked after a reboot)" : ""}`];
  for (const { check, result } of details) {
    const from = addressOf(world, check.from);
    const source = from !== undefined && !/^[\d.]+$/.test(check.from) ? `${check.from} (${formatIpv4(from)})` : check.from;
    lines.push(`  ${result.pass ? style.ok("✔") : style.fail("✘")} ${check.proto} from ${source} to ${check.to}: expected ${describeExpect(check)}`);
    const outcome = result.outcome;
    if (!outcome) {
      lines.push(`      ${result.reason}`);
      continue;
    }
    lines.push(`      result:   ${outcome.end}: ${outcome.summary}`);
    const at = outcome.stoppedIn;
    if (at) {
      const rule = at.rule !== undefined ? `rule ${at.rule}${at.ruleText ? `: ${style.code(at.ruleText)}` : ""}` : "the chain's policy";
      lines.push(`      stopped:  in ${at.table}/${at.chain} by ${rule}`);
    }
    if (!result.pass) lines.push(`      so:       ${result.reason}`);
  }
  return lines;
}

function describeExpect(e: Check): string {
  const parts: string[] = [];
  if (e.reaches !== undefined) parts.push(e.reaches === true ? "reaches a listening socket" : `reaches ${e.reaches}`);
  if (e.blocked) parts.push("blocked (dropped, rejected or refused)");
  if (e.stoppedIn !== undefined) parts.push(`stopped in ${e.stoppedIn}`);
  return parts.join(", ");
}
