/**
 * What `nflab grade` prints for one snapshot: a heading, the goal lines and
 * summary as `nflab check` prints them, the scenario and replay lines, any
 * notes, and the verdict; or, with --json, the same as data.
 */
import type { Grade } from "../../snapshots/grade.js";
import type { Snapshot } from "../../snapshots/format.js";
import { checkJson } from "../scenario/check-script.js";
import type { TextStyle } from "../scenario/markdown/style.js";
import { goalLine, summaryLine } from "../scenario/report.js";

export function gradeLines(file: string, snapshot: Snapshot, grade: Grade, style: TextStyle): string[] {
  const n = grade.replay.commands;
  const lines = [style.bold(`${file}: ${grade.ref} (${snapshot.backend}), ${n} command${n === 1 ? "" : "s"}`)];
  lines.push(...grade.results.map((r) => goalLine(r, style)), summaryLine(grade.results));
  lines.push(
    grade.scenarioChanged
      ? `${style.fail("✘")} scenario  ${grade.ref} has changed since the snapshot was taken${style.dim(" — the goals above are the scenario's goals now, maybe not the ones the learner had")}`
      : `${style.ok("✔")} scenario  the snapshot was taken in this version of ${grade.ref}`,
  );
  lines.push(
    grade.replay.matches
      ? `${style.ok("✔")} replay  the recorded commands, run again on a fresh lab, give the captured lab`
      : `${style.fail("✘")} replay  the recorded commands, run again on a fresh lab, do not give the captured lab` +
          style.dim(` — it differs at ${grade.replay.differences.join(", ")}: the file was edited, or the notes below explain it`),
  );
  lines.push(...grade.notes.map((note) => style.dim(`note: ${note}`)));
  lines.push(grade.pass ? style.ok("Verdict: pass") : style.fail(`Verdict: fail (${failures(grade).join("; ")})`));
  return lines;
}

function failures(grade: Grade): string[] {
  const out: string[] = [];
  const failed = grade.results.filter((r) => !r.pass).length;
  if (failed > 0 || grade.results.length === 0) out.push(`${failed} goal${failed === 1 ? "" : "s"} fail${failed === 1 ? "s" : ""}`);
  if (grade.scenarioChanged) out.push("the scenario has changed");
  if (!grade.replay.matches) out.push("the commands do not give the captured lab");
  return out;
}

/** One snapshot's entry in `nflab grade --json`. */
export function gradeJson(file: string, snapshot: Snapshot, grade: Grade): object {
  const { script: _script, warnings: _warnings, pass: goalsPass, ...goals } = checkJson(grade.ref, { results: grade.results, scriptStatus: 0, warnings: [] }) as Record<string, unknown>;
  return {
    file,
    ...goals,
    pass: grade.pass,
    goalsPass,
    backend: snapshot.backend,
    nflab: snapshot.nflab,
    commands: grade.replay.commands,
    scenarioChanged: grade.scenarioChanged,
    replay: { matches: grade.replay.matches, differences: grade.replay.differences },
    notes: grade.notes,
  };
}
