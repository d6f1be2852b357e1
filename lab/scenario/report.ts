/**
 * Goal results as text: one line per goal (✔ or ✘, the id, the title and,
 * for a failing goal, why), a summary line, and what happened to a goal's
 * packet (`why`, `check --trace`).
 */
import { addressOf } from "../../engine/scenario/goals.js";
import type { GoalResult } from "../../engine/scenario/goals.js";
import type { Goal } from "../../engine/scenario/schema.js";
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

/** What happened to the packet of one goal's probe, with the kernel's trace when the walk gives one. */
export function outcomeReport(world: World, goal: Goal, result: GoalResult, style: TextStyle): string[] {
  const probe = goal.probe;
  const from = addressOf(world, probe.from);
  const lines = [
    `${result.pass ? style.ok("✔") : style.fail("✘")} ${style.bold(goal.id)}: ${goal.title}`,
    `  sent:     ${probe.proto} from ${probe.from}${from !== undefined && !/^[\d.]+$/.test(probe.from) ? ` (${formatIpv4(from)})` : ""} to ${probe.to}${goal.afterReboot ? ", after a reboot" : ""}`,
  ];
  const outcome = result.outcome;
  if (!outcome) {
    lines.push(`  result:   ${result.reason}`);
    return lines;
  }
  lines.push(`  result:   ${describeEnd(world, outcome)} — ${outcome.summary}`);
  const at = outcome.stoppedIn;
  if (at) {
    const rule = at.rule !== undefined ? `rule ${at.rule}${at.ruleText ? `: ${style.code(at.ruleText)}` : ""}` : "the chain's policy";
    lines.push(`  stopped:  in ${at.table}/${at.chain} by ${rule}`);
  }
  lines.push(`  expected: ${describeExpect(goal)}`);
  if (!result.pass) lines.push(`  so:       ${result.reason}`);
  const trace = traceOf(outcome);
  if (trace.length > 0) lines.push("  trace:", ...trace.map((l) => `    ${l}`));
  return lines;
}

function describeEnd(world: World, outcome: ProbeOutcome): string {
  if (outcome.end !== "delivered") return outcome.end;
  const socket = outcome.socket;
  if (!socket) return "delivered";
  const ns = world.namespaces[socket.ns];
  return `delivered to ${ns?.containerName ?? ns?.netnsName ?? socket.ns}:${socket.port}`;
}

function describeExpect(goal: Goal): string {
  const e = goal.expect;
  const parts: string[] = [];
  if (e.reaches !== undefined) parts.push(e.reaches === true ? "reaches a listening socket" : `reaches ${e.reaches}`);
  if (e.blocked) parts.push("blocked (dropped, rejected or refused)");
  if (e.stoppedIn !== undefined) parts.push(`stopped in ${e.stoppedIn}`);
  return parts.join(", ");
}

/**
 * The walk's own trace, when it attaches one to the outcome (`trace`: lines
 * such as `TRACE: nat:PREROUTING:rule:1`). ProbeOutcome does not promise it.
 */
function traceOf(outcome: ProbeOutcome): string[] {
  const trace = (outcome as ProbeOutcome & { trace?: unknown }).trace;
  return Array.isArray(trace) ? trace.filter((l): l is string => typeof l === "string") : [];
}
