/** `solution`: the reference solution, after a confirmation (`solution --yes`). */
import { fail, ok, type LabCommand } from "../../../engine/commands/types.js";
import type { ScenarioSession } from "../scenario-session.js";
import { confirmed, contextFor } from "./context.js";

export function solutionCommand(session: ScenarioSession): LabCommand {
  return {
    name: "solution",
    summary: "show a reference solution (asks first: solution --yes)",
    run(ctx) {
      if (!confirmed(ctx.argv)) {
        return fail("solution gives the answer away; `hint` gives one hint at a time.\nTo see it anyway, run: solution --yes\n", 1);
      }
      const { style } = contextFor(session, ctx);
      const commands = session.scenario.solution.trimEnd().split("\n").map((l) => `    ${style.code(l)}\n`).join("");
      return ok(
        `${style.bold("A reference solution:")}\n${commands}` +
          "Other answers are just as right: `check` judges where the packets go, not the text of your rules.\n",
      );
    },
  };
}
