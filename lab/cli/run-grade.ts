/**
 * `nflab grade FILE... [--json]`: grades snapshots. For each file, the goals
 * are checked on its captured lab (a verdict in the file is never read) and
 * its commands are replayed on a fresh lab to confirm they give it. Results
 * go to stdout, problems with a file to stderr. Exit status: 0 when every
 * snapshot passes, 1 when one fails, 2 when a file cannot be read or is not
 * a valid snapshot (or for a usage error).
 */
import type { CliCommand } from "./args.js";
import { writeOut } from "./output.js";
import { gradeJson, gradeLines } from "./grade-report.js";
import { loadCatalog } from "../scenario/catalog.js";
import { gradeFile, type GradeContext } from "../scenario/grade-file.js";
import { colour, styleFor } from "../scenario/markdown/style.js";
import { nflabVersion } from "../scenario/nflab-version.js";
import { loadProbeRunner } from "../scenario/probe-runner.js";

type GradeCommand = Extract<CliCommand, { kind: "grade" }>;

export async function runGrade(command: GradeCommand): Promise<number> {
  const context: GradeContext = { catalog: loadCatalog(), probe: await loadProbeRunner(), nflab: nflabVersion() };
  if (!context.probe) process.stderr.write("nflab grade: this nflab has no packet walk yet: the goals cannot be checked\n");
  const style = styleFor(!command.json && Boolean(process.stdout.isTTY) && colour());
  const json: object[] = [];
  const blocks: string[] = [];
  let status = 0;
  for (const file of command.files) {
    const graded = await gradeFile(file, context);
    if (!graded.ok) {
      for (const problem of graded.problems) process.stderr.write(`nflab grade: ${file}: ${problem}\n`);
      json.push({ file, pass: false, problems: graded.problems });
      status = 2;
      continue;
    }
    if (!graded.grade.pass) status = Math.max(status, 1);
    json.push(gradeJson(file, graded.snapshot, graded.grade));
    blocks.push(gradeLines(file, graded.snapshot, graded.grade, style).map((l) => `${l}\n`).join(""));
  }
  if (command.json) writeOut(process.stdout, `${JSON.stringify({ pass: status === 0, snapshots: json }, null, 2)}\n`);
  else writeOut(process.stdout, blocks.join("\n"));
  return status;
}
