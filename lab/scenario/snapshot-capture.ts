/**
 * A snapshot of a session at this moment: the scenario and its fingerprint,
 * the lines run since it started or was reset, the line running now (the one
 * that asked for the snapshot) last, and a copy of the world.
 */
import { cloneWorld } from "../../engine/world/clone.js";
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type CommandLine, type Snapshot } from "../../snapshots/format.js";
import { scenarioHash } from "./scenario-hash.js";
import type { LineTiming } from "../../engine/scenario/progress.js";
import type { ScenarioSession } from "./scenario-session.js";

/** Undefined when no command line is running (only a line typed at the lab's prompt can be replayed). */
export function captureSnapshot(session: ScenarioSession, nflab: string): Snapshot | undefined {
  const running = session.running;
  if (!running) return undefined;
  const lines = session.history.map((line, i) => commandLine(line, session.timing[i] ?? {}));
  return {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    nflab,
    scenario: { pack: session.options.entry.pack.id, id: session.scenario.id, sha256: scenarioHash(session.scenario) },
    backend: session.world.backend,
    commands: [...lines, commandLine(running.line, running.timing)],
    world: cloneWorld(session.world),
  };
}

function commandLine(line: string, timing: LineTiming): CommandLine {
  return { line, ...(timing.wallMs !== undefined ? { wallMs: timing.wallMs } : {}), ...(timing.interrupted ? { interrupted: true as const } : {}) };
}
