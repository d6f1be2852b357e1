/**
 * The commands a scenario adds to the lab shell: check, why, hint, task,
 * reset, solution, scenarios, reboot and snapshot. They act on one ScenarioSession.
 */
import type { LabCommand } from "../../../engine/commands/types.js";
import type { ScenarioSession } from "../scenario-session.js";
import { checkCommand } from "./check.js";
import { hintCommand } from "./hint.js";
import { rebootCommand } from "./reboot.js";
import { resetCommand } from "./reset.js";
import { scenariosCommand } from "./scenarios.js";
import { snapshotCommand } from "./snapshot.js";
import { solutionCommand } from "./solution.js";
import { taskCommand } from "./task.js";
import { whyCommand } from "./why.js";

export function scenarioCommands(session: ScenarioSession): LabCommand[] {
  return [
    checkCommand(session),
    whyCommand(session),
    hintCommand(session),
    taskCommand(session),
    resetCommand(session),
    solutionCommand(session),
    scenariosCommand(session),
    rebootCommand(session),
    snapshotCommand(session),
  ];
}
