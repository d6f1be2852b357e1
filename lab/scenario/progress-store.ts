/**
 * Progress files: $XDG_DATA_HOME/nflab/progress/<pack>/<id>.json, written
 * whole after every command (to a temporary file, then renamed, so that a
 * crash never leaves half a file) and read when the scenario is opened again.
 */
import { mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { formatProgress, parseProgress, type Progress } from "../../engine/scenario/progress.js";
import type { Scenario } from "../../engine/scenario/schema.js";

export type Loaded =
  | { kind: "none" }
  | { kind: "progress"; progress: Progress }
  /** The file is there but cannot be used; `notice` says so in one line. */
  | { kind: "unusable"; notice: string };

export class ProgressStore {
  /** @param dir the data directory, e.g. ~/.local/share/nflab */
  constructor(private readonly dir: string) {}

  pathOf(ref: string): string {
    return join(this.dir, "progress", `${ref}.json`);
  }

  load(ref: string, scenario: Scenario): Loaded {
    const path = this.pathOf(ref);
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return { kind: "none" };
      return { kind: "unusable", notice: `nflab: cannot read your saved progress (${path}): ${(e as Error).message}; starting afresh` };
    }
    const parsed = parseProgress(text, scenario, ref);
    if (parsed.ok) return { kind: "progress", progress: parsed.progress };
    return { kind: "unusable", notice: `nflab: ignoring your saved progress in ${path}: ${parsed.why}; starting afresh` };
  }

  /** Throws when the file cannot be written (the caller says so once and stops saving). */
  save(progress: Progress): void {
    const path = this.pathOf(progress.scenario);
    mkdirSync(dirname(path), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    writeFileSync(temporary, formatProgress(progress));
    renameSync(temporary, path);
  }

  remove(ref: string): void {
    rmSync(this.pathOf(ref), { force: true });
  }
}
