/**
 * `hint`: one more hint each time, those for a goal that fails now first.
 * `hint --all` shows again the hints given so far.
 */
import { fail, ok, type LabCommand } from "../../../engine/commands/types.js";
import type { ScenarioSession } from "../scenario-session.js";
import { contextFor, type ScenarioCommandContext } from "./context.js";

export function hintCommand(session: ScenarioSession): LabCommand {
  return {
    name: "hint",
    summary: "reveal the next hint (--all: the hints revealed so far)",
    async run(ctx) {
      const args = ctx.argv.slice(1);
      const bad = args.find((a) => a !== "--all" && a !== "-a");
      if (bad !== undefined) return fail(`hint: unknown option '${bad}'\nUsage: hint [--all]\n`, 2);
      const c = contextFor(session, ctx);
      const total = session.scenario.hints.length;
      if (args.length > 0) {
        if (session.hintsRevealed.length === 0) return ok("No hint revealed yet: `hint` reveals one.\n");
        return ok(session.hintsRevealed.map((index, n) => showHint(c, index, n + 1)).join("\n"));
      }
      await session.refresh();
      const index = session.revealHint();
      if (index !== undefined) return ok(showHint(c, index, session.hintsRevealed.length));
      if (session.allPass()) return ok("Every goal passes: no hint needed.\n");
      const seen = session.hintsRevealed.length;
      return ok(
        `No more hints for the goals that fail now (you have seen ${seen} of ${total}). ` +
          "`hint --all` shows them again; `solution` shows a reference solution.\n",
      );
    },
  };
}

function showHint(c: ScenarioCommandContext, index: number, number: number): string {
  const hint = c.session.scenario.hints[index]!;
  const goal = c.session.scenario.goals.find((g) => g.id === hint.whenFailing);
  const head = `Hint ${number} of ${c.session.scenario.hints.length}${goal ? ` (for: ${goal.title})` : ""}`;
  return `${c.style.bold(head)}\n${c.markdown(hint.text)}`;
}
