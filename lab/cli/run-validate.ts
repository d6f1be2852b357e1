/**
 * `nflab validate PATH`: checks a scenario pack folder (or one scenario file)
 * and prints every problem as FILE:LINE:COLUMN: MESSAGE, as compilers do.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { basename } from "node:path";
import { checkPack } from "../../engine/scenario/pack.js";
import { checkYaml, formatProblem, type Problem } from "../../engine/scenario/problems.js";
import { ScenarioSchema, scenarioReferenceIssues } from "../../engine/scenario/schema.js";

export function runValidate(path: string): number {
  let problems: Problem[];
  let summary: string;
  try {
    if (statSync(path).isDirectory()) {
      const files: Record<string, string> = {};
      for (const name of readdirSync(path)) if (/\.ya?ml$/.test(name)) files[name] = readFileSync(`${path}/${name}`, "utf8");
      const result = checkPack({ dir: path.replace(/\/+$/, ""), files });
      problems = result.problems;
      summary = result.pack ? `${path}: pack "${result.pack.pack.id}", ${result.pack.scenarios.length} scenario(s), no problems\n` : "";
    } else {
      const result = checkYaml(path, readFileSync(path, "utf8"), ScenarioSchema, scenarioReferenceIssues);
      problems = result.ok ? [] : result.problems;
      summary = result.ok ? `${path}: scenario "${result.value.id}", no problems\n` : "";
      if (result.ok && basename(path).replace(/\.ya?ml$/, "") !== result.value.id) {
        problems.push({ file: path, line: 1, column: 1, message: `id: is "${result.value.id}" but the file is ${basename(path)}` });
      }
    }
  } catch {
    process.stderr.write(`nflab validate: ${path}: No such file or directory\n`);
    return 2;
  }
  if (problems.length === 0) {
    process.stdout.write(summary);
    return 0;
  }
  for (const p of problems) process.stderr.write(formatProblem(p) + "\n");
  process.stderr.write(`${problems.length} problem${problems.length === 1 ? "" : "s"}\n`);
  return 1;
}
