/**
 * `reset`: the lab back as the scenario starts. A command cannot ask a
 * question at the keyboard, so it explains first and acts on `reset --yes`.
 */
import { fail, ok, type LabCommand } from "../../../engine/commands/types.js";
import { bootProblems, type ScenarioSession } from "../scenario-session.js";
import { confirmed } from "./context.js";

export function resetCommand(session: ScenarioSession): LabCommand {
  return {
    name: "reset",
    summary: "start the scenario over (asks first: reset --yes)",
    async run(ctx) {
      if (!confirmed(ctx.argv)) {
        return fail(
          "reset puts the lab back as the scenario starts: the rules, files and everything else you\n" +
            "changed are lost, and so are the hints you have seen.\n" +
            "To do it, run: reset --yes\n",
          1,
        );
      }
      const boot = await session.reset();
      const problems = bootProblems(boot).map((l) => `${l}\n`).join("");
      return ok(`The lab is back at the start of the scenario. \`task\` shows the task again.\n${problems}`);
    },
  };
}
