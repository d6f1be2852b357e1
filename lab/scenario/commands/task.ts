/** `task`: the scenario's task again, as it was shown at the start. */
import { ok, type LabCommand } from "../../../engine/commands/types.js";
import type { ScenarioSession } from "../scenario-session.js";
import { contextFor } from "./context.js";

export function taskCommand(session: ScenarioSession): LabCommand {
  return {
    name: "task",
    summary: "show the scenario's task again",
    run(ctx) {
      return ok(contextFor(session, ctx).markdown(session.scenario.task));
    },
  };
}
