/**
 * Checking a whole pack: pack.yaml, then each scenario it lists. The caller
 * hands in the pack folder's files as text; every problem is collected, none
 * stops the others from being found.
 */
import { checkYaml, type Problem } from "./problems.js";
import { PackSchema, ScenarioSchema, scenarioReferenceIssues, type Pack, type Scenario } from "./schema.js";

export interface PackFiles {
  /** Folder path, used in messages ("scenarios/docker"). */
  dir: string;
  /** File name (e.g. "pack.yaml") to its text. */
  files: Readonly<Record<string, string>>;
}

export interface LoadedPack {
  pack: Pack;
  scenarios: Scenario[];
}

export function checkPack(input: PackFiles): { pack?: LoadedPack; problems: Problem[] } {
  const problems: Problem[] = [];
  const packFile = `${input.dir}/pack.yaml`;
  const packText = input.files["pack.yaml"];
  if (packText === undefined) return { problems: [{ file: packFile, line: 0, column: 0, message: "a pack needs a pack.yaml" }] };
  const pack = checkYaml(packFile, packText, PackSchema);
  if (!pack.ok) return { problems: pack.problems };
  const scenarios: Scenario[] = [];
  for (const id of pack.value.scenarios) {
    const name = `${id}.yaml`;
    const file = `${input.dir}/${name}`;
    const text = input.files[name];
    if (text === undefined) {
      problems.push({ file: packFile, line: 0, column: 0, message: `scenarios: lists "${id}" but there is no ${name}` });
      continue;
    }
    const scenario = checkYaml(file, text, ScenarioSchema, scenarioReferenceIssues);
    if (!scenario.ok) {
      problems.push(...scenario.problems);
      continue;
    }
    if (scenario.value.id !== id) problems.push({ file, line: 1, column: 1, message: `id: is "${scenario.value.id}" but the file is ${name}` });
    scenarios.push(scenario.value);
  }
  for (const name of Object.keys(input.files)) {
    const id = name.replace(/\.ya?ml$/, "");
    if (name !== "pack.yaml" && /\.ya?ml$/.test(name) && !pack.value.scenarios.includes(id)) {
      problems.push({ file: `${input.dir}/${name}`, line: 0, column: 0, message: `not listed in pack.yaml's scenarios` });
    }
  }
  return problems.length > 0 ? { problems } : { pack: { pack: pack.value, scenarios }, problems };
}
