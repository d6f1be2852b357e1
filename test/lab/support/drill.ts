/** The drill pack of test fixtures: a scenario the fake probe can judge, and a data dir of one's own. */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findScenario, loadCatalog, type Catalog, type CatalogEntry } from "../../../lab/scenario/catalog.js";

export const DRILL_SCENARIOS = join(import.meta.dirname, "..", "fixtures", "scenarios");

export function drillCatalog(): Catalog {
  return loadCatalog(DRILL_SCENARIOS);
}

export function drillEntry(): CatalogEntry {
  const found = findScenario(drillCatalog(), "drill/guard-port");
  if (!found.ok) throw new Error(found.message);
  return found.entry;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), "nflab-data-"));
}

/** Text without its colours and bold. */
export function plain(text: string): string {
  return text.replace(/\x1b\[[0-9;]*m/g, "");
}

/** An output sink that keeps what it was given. */
export function recorder(): { out: string; sink: { stdout(t: string): void; stderr(t: string): void } } {
  const r = { out: "", sink: { stdout: (t: string) => void (r.out += t), stderr: (t: string) => void (r.out += t) } };
  return r;
}
