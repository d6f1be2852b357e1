/**
 * Snapshots on disk: FILE when the learner names one (relative to the folder
 * nflab was started in), else $XDG_DATA_HOME/nflab/snapshots/<pack>-<id>-<world time>.json,
 * never overwriting an earlier one there (-2, -3, ... are added).
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { formatSnapshot, type Snapshot } from "../../snapshots/format.js";
import type { SnapshotTarget } from "./scenario-session.js";

export class SnapshotFiles implements SnapshotTarget {
  /** @param dir where unnamed snapshots go, e.g. ~/.local/share/nflab/snapshots */
  constructor(private readonly dir: string) {}

  save(snapshot: Snapshot, file: string | undefined): string {
    const text = formatSnapshot(snapshot);
    if (file !== undefined) {
      const path = resolve(file);
      writeFileSync(path, text);
      return path;
    }
    mkdirSync(this.dir, { recursive: true });
    const base = `${snapshot.scenario.pack}-${snapshot.scenario.id}-${worldStamp(snapshot.world.clock.nowMs)}`;
    for (let n = 1; ; n++) {
      const path = join(this.dir, `${base}${n === 1 ? "" : `-${n}`}.json`);
      try {
        writeFileSync(path, text, { flag: "wx" });
        return path;
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== "EEXIST") throw e;
      }
    }
  }
}

/** 2026-11-25T09:05:12Z as 20261125T090512Z: sorts by time, and is a valid file name everywhere. */
function worldStamp(ms: number): string {
  return new Date(ms).toISOString().replace(/\.\d+Z$/, "Z").replace(/[-:]/g, "");
}
