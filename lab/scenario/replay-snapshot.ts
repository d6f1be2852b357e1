/**
 * Replaying a snapshot's commands as the terminal ran them: a fresh copy of
 * the scenario on the snapshot's backend, the scenario's commands at hand,
 * each line started at its recorded wall clock, the job notices taken before
 * each prompt. The world the replay's own `snapshot` sees in the last line is
 * what the learner's saw, if the snapshot is genuine.
 */
import type { ProbeRunner } from "../../engine/scenario/probe.js";
import type { World } from "../../engine/world/types.js";
import type { Snapshot } from "../../snapshots/format.js";
import type { CatalogEntry } from "./catalog.js";
import { ScenarioSession } from "./scenario-session.js";
import { ScenarioShell } from "./scenario-shell.js";
import { withBackend } from "./with-backend.js";

const QUIET = { stdout: () => {}, stderr: () => {} };

export async function replaySnapshot(entry: CatalogEntry, snapshot: Snapshot, probe: ProbeRunner | undefined): Promise<World> {
  let seen: World | undefined;
  const session = await ScenarioSession.open({
    entry: withBackend(entry, snapshot.backend),
    probe,
    snapshots: {
      save: (taken) => {
        seen = taken.world;
        return "(replay)";
      },
    },
  });
  const shell = new ScenarioShell(session);
  const last = snapshot.commands.length - 1;
  for (const [i, command] of snapshot.commands.entries()) {
    if (i === last) seen = undefined;
    await shell.replayLine(command.line, QUIET, command.wallMs);
    shell.pendingNotices();
  }
  return seen ?? session.world;
}
