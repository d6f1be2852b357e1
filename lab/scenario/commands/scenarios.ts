/** `scenarios`: every pack and scenario, with its difficulty and how far the learner got. */
import { ok, type LabCommand } from "../../../engine/commands/types.js";
import type { ScenarioSession } from "../scenario-session.js";
import { contextFor } from "./context.js";

export function scenariosCommand(session: ScenarioSession): LabCommand {
  return {
    name: "scenarios",
    summary: "list the scenarios and how to switch to another",
    run(ctx) {
      const { style } = contextFor(session, ctx);
      const { entry, catalog, store } = session.options;
      const packs = catalog?.packs ?? [{ pack: entry.pack, scenarios: [entry.scenario] }];
      const lines: string[] = [];
      for (const { pack, scenarios } of packs) {
        lines.push(`${style.bold(pack.id)} — ${pack.title}`);
        for (const scenario of scenarios) {
          const ref = `${pack.id}/${scenario.id}`;
          const here = ref === session.ref;
          const loaded = here ? undefined : store?.load(ref, scenario);
          const done = here ? session.allPass() : loaded?.kind === "progress" && loaded.progress.passed.length === scenario.goals.length;
          const started = !here && loaded?.kind === "progress";
          const mark = done ? style.ok("✔") : here ? "▸" : " ";
          const note = here ? "  (you are here)" : started && !done ? "  (started)" : "";
          lines.push(`  ${mark} ${scenario.id.padEnd(24)} ${scenario.difficulty.padEnd(12)} ${scenario.title}${style.dim(note)}`);
        }
        lines.push("");
      }
      lines.push("To switch: `exit`, then run `nflab play ID` (for example `nflab play " + session.ref + "`).");
      lines.push("Your progress in each scenario is kept.");
      return ok(lines.map((l) => `${l}\n`).join(""));
    },
  };
}
