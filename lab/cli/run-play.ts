/** `nflab` / `nflab play [SCENARIO]` / `nflab sandbox`: the interactive lab in the terminal. */
import { homedir } from "node:os";
import { join } from "node:path";
import { LabShell } from "../../engine/shell/session.js";
import { createWorld } from "../../engine/world/spec.js";
import { warmUp } from "../../engine/shell/warm-up.js";
import type { CliCommand } from "./args.js";
import { refuseWithoutTerminal, runTui } from "../tui/run-tui.js";
import { welcome } from "../tui/components/Welcome.js";
import { DEFAULT_SCENARIO, findScenario, loadCatalog } from "../scenario/catalog.js";
import { scenarioGreeting } from "../scenario/greeting.js";
import { loadProbeRunner } from "../scenario/probe-runner.js";
import { ProgressStore } from "../scenario/progress-store.js";
import { ScenarioSession } from "../scenario/scenario-session.js";
import { ScenarioShell } from "../scenario/scenario-shell.js";
import { SnapshotFiles } from "../scenario/snapshot-files.js";
import { withBackend } from "../scenario/with-backend.js";

type PlayCommand = Extract<CliCommand, { kind: "play" }>;
type SandboxCommand = Extract<CliCommand, { kind: "sandbox" }>;

/** Where the lab keeps what outlives a session (history, progress): $XDG_DATA_HOME/nflab. */
export function dataDir(): string {
  const base = process.env["XDG_DATA_HOME"] || join(homedir(), ".local", "share");
  return join(base, "nflab");
}

export async function runPlay(command: PlayCommand): Promise<number> {
  const catalog = loadCatalog();
  const found = findScenario(catalog, command.scenario ?? DEFAULT_SCENARIO);
  if (!found.ok) {
    process.stderr.write(`nflab play: ${found.message}\n`);
    return 2;
  }
  // Said before the scenario boots, so that a pipe is told at once.
  if (refuseWithoutTerminal(process.stdin, process.stderr)) return 1;
  const session = await ScenarioSession.open({
    // `--backend` on the command line wins over the scenario's own.
    entry: withBackend(found.entry, command.backend),
    probe: await loadProbeRunner(),
    store: new ProgressStore(dataDir()),
    snapshots: new SnapshotFiles(join(dataDir(), "snapshots")),
    now: Date.now,
    columns: () => process.stdout.columns || 80,
    catalog,
  });
  const shell = new ScenarioShell(session);
  const tui = runTui({ shell, historyFile: join(dataDir(), "history"), greeting: scenarioGreeting(session), goals: session });
  warmUpSoon();
  return tui;
}

export async function runSandbox(command: SandboxCommand): Promise<number> {
  const world = createWorld({ backend: command.backend, startTimeMs: Date.now() });
  const shell = new LabShell({ world, interactive: true, wallClock: Date.now, terminalColumns: () => process.stdout.columns || 80 });
  const tui = runTui({ shell, historyFile: join(dataDir(), "history"), header: welcome(command.backend) });
  warmUpSoon();
  return tui;
}

/**
 * The engine's warm-up (warm-up.ts), once the screen is drawn: a fifth of a
 * second of work while the learner reads, which makes large restores faster.
 */
function warmUpSoon(): void {
  // unref: a lab closed sooner does not wait for it. A warm-up that failed costs speed only, never the session.
  setTimeout(() => void warmUp().catch(() => undefined), WARM_UP_DELAY_MS).unref();
}

const WARM_UP_DELAY_MS = 200;
