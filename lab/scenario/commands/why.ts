/**
 * `why [GOAL]`: what happened to each packet a goal sends (the first
 * failing goal's unless one is named), then the packet walk's own trace of
 * the first packet that did not do what the goal asks (`trace`, a dry run).
 */
import { fail, ok, type CommandContext, type LabCommand } from "../../../engine/commands/types.js";
import { formatIpv4 } from "../../../engine/addr/ipv4.js";
import { addressOf } from "../../../engine/scenario/goals.js";
import type { Check } from "../../../engine/scenario/schema.js";
import { goalReport } from "../report.js";
import type { TextStyle } from "../markdown/style.js";
import type { ScenarioSession } from "../scenario-session.js";
import { contextFor } from "./context.js";

export function whyCommand(session: ScenarioSession): LabCommand {
  return {
    name: "why",
    summary: "show what happened to a goal's packets (the first failing goal's unless one is named)",
    async run(ctx) {
      const { style } = contextFor(session, ctx);
      const named = ctx.argv[1];
      if (named !== undefined && !session.scenario.goals.some((g) => g.id === named)) {
        return fail(`why: no goal "${named}"; the goals are: ${session.scenario.goals.map((g) => g.id).join(", ")}\n`, 2);
      }
      const results = await session.refresh();
      const id = named ?? results.find((r) => !r.pass)?.id;
      if (id === undefined) return ok(`Every goal passes. \`why GOAL\` shows the packets of one of them: ${results.map((r) => r.id).join(", ")}\n`);
      return ok(await whyText(session, id, style, ctx));
    },
  };
}

/** The report on one goal, and the trace of its first failing packet when the lab has `trace`. */
export async function whyText(session: ScenarioSession, id: string, style: TextStyle, ctx: CommandContext): Promise<string> {
  const goal = session.scenario.goals.find((g) => g.id === id)!;
  if (!session.checkable) return `${session.results.find((r) => r.id === id)?.reason ?? ""}\n`;
  const details = await session.explain(id);
  let out = goalReport(session.world, goal, details, style).map((l) => `${l}\n`).join("");
  const failing = details.find((d) => !d.result.pass)?.check;
  const command = failing ? traceCommand(session, failing) : undefined;
  if (!command) return out;
  if (goal.afterReboot) return `${out}${style.dim(`This goal is checked after a reboot: run \`reboot\`, then \`${command.join(" ")}\`.`)}\n`;
  const traced = await ctx.exec(command);
  out += `\n${style.dim(`$ ${command.join(" ")}`)}\n${traced.stdout}${traced.stderr}`;
  return out;
}

/** `trace --from HOST PROTO ADDR[:PORT]` for a check, when the lab has the trace command. */
function traceCommand(session: ScenarioSession, check: Check): string[] | undefined {
  if (!session.hasCommand("trace")) return undefined;
  const [host, port] = check.to.split(":") as [string, string | undefined];
  const address = addressOf(session.world, host);
  if (address === undefined) return undefined;
  return ["trace", "--from", check.from, check.proto, `${formatIpv4(address)}${port && check.proto !== "icmp" ? `:${port}` : ""}`];
}
