/**
 * `check`: every goal with ✔ or ✘ and why; exit status 0 only when all pass.
 * `check --trace` adds what happened to the first failing goal's packets.
 */
import { fail, ok, type LabCommand } from "../../../engine/commands/types.js";
import { goalLine, summaryLine } from "../report.js";
import type { ScenarioSession } from "../scenario-session.js";
import { contextFor } from "./context.js";
import { whyText } from "./why.js";

export function checkCommand(session: ScenarioSession): LabCommand {
  return {
    name: "check",
    summary: "check the scenario's goals (--trace: follow the first failing goal's packet)",
    async run(ctx) {
      const args = ctx.argv.slice(1);
      const bad = args.find((a) => a !== "--trace");
      if (bad !== undefined) return fail(`check: unknown option '${bad}'\nUsage: check [--trace]\n`, 2);
      const { style } = contextFor(session, ctx);
      const results = await session.refresh();
      const lines = [...results.map((r) => goalLine(r, style)), summaryLine(results)];
      const failing = results.find((r) => !r.pass);
      if (failing && session.checkable && !args.includes("--trace")) lines.push(style.dim("`why` shows what happened to the first failing goal's packets; `hint` gives a hint."));
      let out = lines.map((l) => `${l}\n`).join("");
      if (failing && args.includes("--trace")) out += `\n${await whyText(session, failing.id, style, ctx)}`;
      return failing ? fail("", 1, out) : ok(out);
    },
  };
}
