/**
 * Grading one snapshot file (`nflab grade`): read and validate it, find its
 * scenario, check the goals on the captured world, replay the commands on a
 * fresh world, and let snapshots/grade.ts give the verdict. A file that
 * cannot be graded comes back as its problems, each naming the field.
 */
import { readFileSync } from "node:fs";
import type { ProbeRunner } from "../../engine/scenario/probe.js";
import { cloneWorld } from "../../engine/world/clone.js";
import { snapshotRef, type Snapshot } from "../../snapshots/format.js";
import { gradeSnapshot, type Grade } from "../../snapshots/grade.js";
import { parseSnapshot } from "../../snapshots/parse.js";
import { scenarioHash } from "./scenario-hash.js";
import { findScenario, type Catalog } from "./catalog.js";
import { replaySnapshot } from "./replay-snapshot.js";
import { ScenarioSession } from "./scenario-session.js";
import { withBackend } from "./with-backend.js";

export type GradedFile = { ok: true; snapshot: Snapshot; grade: Grade } | { ok: false; problems: string[] };

export interface GradeContext {
  catalog: Catalog;
  probe: ProbeRunner | undefined;
  /** This nflab's version. */
  nflab: string;
}

export async function gradeFile(path: string, context: GradeContext): Promise<GradedFile> {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    return { ok: false, problems: [code === "ENOENT" ? "No such file or directory" : code === "EISDIR" ? "Is a directory" : (e as Error).message] };
  }
  const parsed = parseSnapshot(text);
  if (!parsed.ok) return parsed;
  const snapshot = parsed.snapshot;
  const found = findScenario(context.catalog, snapshotRef(snapshot));
  if (!found.ok) return { ok: false, problems: [`scenario: ${found.message}`] };
  const entry = withBackend(found.entry, snapshot.backend);
  try {
    // The file's world is checked on a copy: the replay compares against it as it was read.
    const checked = await ScenarioSession.open({ entry, probe: context.probe, world: cloneWorld(snapshot.world) });
    const replayed = await replaySnapshot(found.entry, snapshot, context.probe);
    const grade = gradeSnapshot({ snapshot, scenarioHash: scenarioHash(found.entry.scenario), nflab: context.nflab, results: checked.results, replayed });
    return { ok: true, snapshot, grade };
  } catch (e) {
    return { ok: false, problems: [`world: the lab cannot work on it (${e instanceof Error ? e.message : String(e)})`] };
  }
}
