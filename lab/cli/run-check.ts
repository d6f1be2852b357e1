/**
 * `nflab check SCENARIO --script FILE [--json]`: grades a script against a
 * scenario's goals. Goal results go to stdout (lines, or JSON); the script's
 * own output and warnings go to stderr. Exit status: 0 when every goal
 * passes, 1 when one fails, 2 for a usage error.
 */
import { readFileSync } from "node:fs";
import type { CliCommand } from "./args.js";
import { writeOut } from "./output.js";
import { findScenario, loadCatalog } from "../scenario/catalog.js";
import { checkJson, checkScript } from "../scenario/check-script.js";
import { colour, styleFor } from "../scenario/markdown/style.js";
import { loadProbeRunner } from "../scenario/probe-runner.js";
import { goalLine, summaryLine } from "../scenario/report.js";

type CheckCommand = Extract<CliCommand, { kind: "check" }>;

export async function runCheck(command: CheckCommand): Promise<number> {
  let script: string;
  try {
    script = readFileSync(command.script, "utf8");
  } catch {
    process.stderr.write(`nflab check: ${command.script}: No such file or directory\n`);
    return 2;
  }
  const catalog = loadCatalog();
  const found = findScenario(catalog, command.scenario);
  if (!found.ok) {
    process.stderr.write(`nflab check: ${found.message}\n`);
    return 2;
  }
  const check = await checkScript({
    entry: found.entry,
    script,
    scriptName: command.script,
    probe: await loadProbeRunner(),
    sink: { stdout: (t) => writeOut(process.stderr, t), stderr: (t) => writeOut(process.stderr, t) },
    catalog,
  });
  if (command.json) {
    writeOut(process.stdout, `${JSON.stringify(checkJson(found.entry.ref, check), null, 2)}\n`);
  } else {
    const style = styleFor(Boolean(process.stdout.isTTY) && colour());
    const lines = [...check.results.map((r) => goalLine(r, style)), summaryLine(check.results)];
    writeOut(process.stdout, lines.map((l) => `${l}\n`).join(""));
  }
  return check.results.every((r) => r.pass) ? 0 : 1;
}
