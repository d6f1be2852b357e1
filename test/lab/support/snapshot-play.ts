/**
 * Playing a scenario as the terminal does (ScenarioShell.runLine, then the
 * job notices before the prompt), with a real-time clock the test moves, and
 * ending with `snapshot FILE`. Returns the snapshot file's path.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { ProbeRunner } from "../../../engine/scenario/probe.js";
import type { CatalogEntry } from "../../../lab/scenario/catalog.js";
import { ScenarioSession } from "../../../lab/scenario/scenario-session.js";
import { ScenarioShell } from "../../../lab/scenario/scenario-shell.js";
import { SnapshotFiles } from "../../../lab/scenario/snapshot-files.js";
import { recorder } from "./drill.js";

export interface PlayOptions {
  entry: CatalogEntry;
  probe: ProbeRunner | undefined;
  /** Real time that passes before each line (ms). @default 1500 */
  stepMs?: number;
  /** Where the snapshot goes. @default snapshot.json in a new temporary folder */
  file?: string;
}

export async function playAndSnapshot(lines: readonly string[], options: PlayOptions): Promise<{ file: string; out: string }> {
  let realMs = 1_000_000;
  const session = await ScenarioSession.open({
    entry: options.entry,
    probe: options.probe,
    now: () => realMs,
    snapshots: new SnapshotFiles(mkdtempSync(join(tmpdir(), "nflab-snapshots-"))),
  });
  const shell = new ScenarioShell(session);
  const r = recorder();
  const file = options.file ?? join(mkdtempSync(join(tmpdir(), "nflab-snap-")), "snapshot.json");
  for (const line of [...lines, `snapshot ${file}`]) {
    realMs += options.stepMs ?? 1500;
    await shell.runLine(line, r.sink);
    r.out += shell.pendingNotices();
  }
  return { file, out: r.out };
}
