/** `why [GOAL]`: what happened to the packet of a goal (the first failing one unless named). */
import { fail, ok, type LabCommand } from "../../../engine/commands/types.js";
import { LAB_COMMANDS } from "../../../engine/commands/registry.js";
import { outcomeReport } from "../report.js";
import type { TextStyle } from "../markdown/style.js";
import type { ScenarioSession } from "../scenario-session.js";
import { contextFor } from "./context.js";

export function whyCommand(session: ScenarioSession): LabCommand {
  return {
    name: "why",
    summary: "show what happened to a goal's packet (the first failing goal's unless one is named)",
    async run(ctx) {
      const { style } = contextFor(session, ctx);
      const named = ctx.argv[1];
      if (named !== undefined && !session.scenario.goals.some((g) => g.id === named)) {
        return fail(`why: no goal "${named}"; the goals are: ${session.scenario.goals.map((g) => g.id).join(", ")}\n`, 2);
      }
      const results = await session.refresh();
      const id = named ?? results.find((r) => !r.pass)?.id;
      if (id === undefined) return ok(`Every goal passes. \`why GOAL\` shows the packet of one of them: ${results.map((r) => r.id).join(", ")}\n`);
      return ok(whyLines(session, id, style).map((l) => `${l}\n`).join(""));
    },
  };
}

export function whyLines(session: ScenarioSession, id: string, style: TextStyle): string[] {
  const goal = session.scenario.goals.find((g) => g.id === id)!;
  const result = session.results.find((r) => r.id === id)!;
  const lines = outcomeReport(session.world, goal, result, style);
  if (result.outcome && LAB_COMMANDS.some((c) => c.name === "trace")) {
    const [host, port] = goal.probe.to.split(":");
    lines.push(style.dim(`Follow it hook by hook: trace --from ${goal.probe.from} ${goal.probe.proto} ${host}${port ? `:${port}` : ""}`));
  }
  return lines;
}
