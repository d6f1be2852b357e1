/**
 * `snapshot [FILE]`: saves the learner's work — the commands run since the
 * scenario started (or was reset) and the lab as it is now — to a file a
 * teacher grades with `nflab grade`. It is the one command that writes to
 * the real computer.
 */
import { fail, ok, type LabCommand } from "../../../engine/commands/types.js";
import { nflabVersion } from "../nflab-version.js";
import type { ScenarioSession } from "../scenario-session.js";
import { captureSnapshot } from "../snapshot-capture.js";
import { contextFor } from "./context.js";

const USAGE = "Usage: snapshot [FILE]\n";

export function snapshotCommand(session: ScenarioSession): LabCommand {
  return {
    name: "snapshot",
    summary: "save your work to a file for grading (`nflab grade FILE`)",
    run(ctx) {
      const args = ctx.argv.slice(1);
      const bad = args.find((a) => a.startsWith("-") && a !== "-");
      if (bad !== undefined) return fail(`snapshot: unknown option '${bad}'\n${USAGE}`, 2);
      if (args.length > 1) return fail(`snapshot: too many arguments\n${USAGE}`, 2);
      const target = session.options.snapshots;
      const snapshot = target ? captureSnapshot(session, nflabVersion()) : undefined;
      if (!target || !snapshot) return fail("snapshot: works only at the prompt of a scenario opened with `nflab play`\n", 1);
      let path: string;
      try {
        path = target.save(snapshot, args[0]);
      } catch (e) {
        return fail(`snapshot: cannot write ${args[0] ?? "the snapshot"}: ${e instanceof Error ? e.message : String(e)}\n`, 1);
      }
      const { style } = contextFor(session, ctx);
      const ran = snapshot.commands.length - 1;
      return ok(
        `${style.bold("Snapshot saved:")} ${path}\n` +
          `  the lab as it is now, and the ${ran} command${ran === 1 ? "" : "s"} you ran since the scenario started (or since your last reset).\n` +
          `  Hand it in, or check it as a teacher would: nflab grade ${path}\n`,
      );
    },
  };
}
