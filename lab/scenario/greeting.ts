/** What the learner sees before the first prompt of a scenario: its title, its task, what to type. */
import { renderMarkdown } from "./markdown/render.js";
import { colour, styleFor } from "./markdown/style.js";
import type { ScenarioSession } from "./scenario-session.js";

export function scenarioGreeting(session: ScenarioSession): string {
  const s = styleFor(colour());
  const { scenario, ref } = session;
  const head = [s.bold(scenario.title), s.dim(`${ref} · ${scenario.difficulty} · an emulated lab, safe to break`)];
  const task = renderMarkdown(scenario.task, { width: session.columns, style: s });
  const help = `${s.dim("The goals below are checked after every command. Stuck? Try")} ${s.code("why")} ${s.dim("or")} ${s.code("hint")}${s.dim(".")}`;
  return [...head, "", task, help, ...session.notices].map((l) => `${l}\n`).join("").replace(/\n\n\n$/, "\n\n");
}
