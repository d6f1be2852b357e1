/**
 * The scenarios this nflab has: every pack folder under scenarios/ (or the
 * folder NFLAB_SCENARIOS names), checked as `nflab validate` checks them,
 * and the lookup of one scenario by `pack/id` or by its id alone.
 */
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { checkPack, type LoadedPack } from "../../engine/scenario/pack.js";
import { formatProblem } from "../../engine/scenario/problems.js";
import type { Pack, Scenario } from "../../engine/scenario/schema.js";

/** What `nflab` and `npm start` open. */
export const DEFAULT_SCENARIO = "docker/expose-to-one-ip";

export interface CatalogEntry {
  pack: Pack;
  scenario: Scenario;
  /** "docker/expose-to-one-ip": how progress files and messages name it. */
  ref: string;
}

export interface Catalog {
  packs: LoadedPack[];
  /** Problems of packs that could not be loaded, as `nflab validate` prints them. */
  problems: string[];
}

/** The scenarios folder: $NFLAB_SCENARIOS, else the one beside this nflab's package.json. */
export function scenariosDir(): string {
  const fromEnv = process.env["NFLAB_SCENARIOS"];
  if (fromEnv) return fromEnv;
  let dir = dirname(fileURLToPath(import.meta.url));
  while (!existsSync(join(dir, "package.json")) && dirname(dir) !== dir) dir = dirname(dir);
  return join(dir, "scenarios");
}

export function loadCatalog(dir = scenariosDir()): Catalog {
  const catalog: Catalog = { packs: [], problems: [] };
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return { packs: [], problems: [`${dir}: No such directory`] };
  }
  for (const name of names) {
    const folder = join(dir, name);
    if (!statSync(folder).isDirectory() || !existsSync(join(folder, "pack.yaml"))) continue;
    const files: Record<string, string> = {};
    for (const file of readdirSync(folder)) if (/\.ya?ml$/.test(file)) files[file] = readFileSync(join(folder, file), "utf8");
    const result = checkPack({ dir: folder, files });
    if (result.pack) catalog.packs.push(result.pack);
    else catalog.problems.push(...result.problems.map(formatProblem));
  }
  return catalog;
}

export function entries(catalog: Catalog): CatalogEntry[] {
  return catalog.packs.flatMap(({ pack, scenarios }) => scenarios.map((scenario) => ({ pack, scenario, ref: `${pack.id}/${scenario.id}` })));
}

export type Lookup = { ok: true; entry: CatalogEntry } | { ok: false; message: string };

/** A scenario by "pack/id", or by "id" when only one pack has it. */
export function findScenario(catalog: Catalog, ref: string): Lookup {
  const all = entries(catalog);
  const found = ref.includes("/") ? all.filter((e) => e.ref === ref) : all.filter((e) => e.scenario.id === ref);
  if (found.length === 1) return { ok: true, entry: found[0]! };
  const list = (es: CatalogEntry[]): string => es.map((e) => `  ${e.ref.padEnd(28)} ${e.scenario.title}`).join("\n");
  if (found.length > 1) return { ok: false, message: `"${ref}" is in more than one pack; say which:\n${list(found)}` };
  const broken = catalog.problems.length > 0 ? `\nSome packs could not be loaded:\n${catalog.problems.map((p) => `  ${p}`).join("\n")}` : "";
  if (all.length === 0) return { ok: false, message: `no scenario "${ref}": no scenarios were found${broken}` };
  return { ok: false, message: `no scenario "${ref}". The scenarios are:\n${list(all)}${broken}` };
}
