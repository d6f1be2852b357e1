/** What every scenario command shares: the session, and how to dress and fill its output. */
import type { CommandContext } from "../../../engine/commands/types.js";
import { colour, styleFor, type TextStyle } from "../markdown/style.js";
import { renderMarkdown } from "../markdown/render.js";
import type { ScenarioSession } from "../scenario-session.js";

export interface ScenarioCommandContext {
  session: ScenarioSession;
  style: TextStyle;
  /** Markdown as the terminal shows it. */
  markdown(text: string): string;
}

/** Colours for a person at the terminal; plain text for a script. */
export function contextFor(session: ScenarioSession, ctx: CommandContext): ScenarioCommandContext {
  const style = styleFor(ctx.interactive && colour());
  return { session, style, markdown: (text) => renderMarkdown(text, { width: session.columns, style }) };
}

/** The two-step confirmation of a command that throws work away or gives the answer away. */
export function confirmed(argv: readonly string[]): boolean {
  return argv.slice(1).some((a) => a === "--yes" || a === "-y");
}
