/** What the learner sees before the first prompt of a scenario: its title, its task, what to type. */
import { renderMarkdown } from "./markdown/render.js";
import { ANSI_STYLE } from "./markdown/style.js";
import type { ScenarioSession } from "./scenario-session.js";

export function scenarioGreeting(session: ScenarioSession): string {
  const s = ANSI_STYLE;
  const { scenario, ref } = session;
  const head = `${s.bold(`nflab · ${ref}`)}${s.dim(` · ${scenario.difficulty} · an emulated host: nothing here touches your machine`)}\n\n`;
  const task = renderMarkdown(scenario.task, { width: session.columns, style: s });
  const help = s.dim("The goals below are checked after every command. task · check · why · hint · reset · solution · scenarios · reboot · exit");
  const notices = session.notices.map((n) => `${n}\n`).join("");
  return `${head}${task}\n${help}\n${notices}`;
}
