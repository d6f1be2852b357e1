/** Starts the TUI on the drill scenario, judged by the fake probe, as `nflab play` would start it. */
import { scenarioGreeting } from "../../../lab/scenario/greeting.js";
import type { ProgressStore } from "../../../lab/scenario/progress-store.js";
import { ScenarioSession } from "../../../lab/scenario/scenario-session.js";
import { ScenarioShell } from "../../../lab/scenario/scenario-shell.js";
import { fakeProbe } from "../../lab/support/fake-probe.js";
import { drillCatalog, drillEntry } from "../../lab/support/drill.js";
import { startLab } from "../harness/start-lab.js";
import type { LabTerminal } from "../harness/lab-terminal.js";

export async function startScenario(options: { store?: ProgressStore; cols?: number; rows?: number } = {}): Promise<{ lab: LabTerminal; session: ScenarioSession }> {
  const session = await ScenarioSession.open({
    entry: drillEntry(),
    probe: fakeProbe,
    catalog: drillCatalog(),
    columns: () => options.cols ?? 80,
    ...(options.store ? { store: options.store } : {}),
  });
  const shell = new ScenarioShell(session);
  const lab = await startLab({
    shell,
    greeting: scenarioGreeting(session),
    goals: session,
    ...(options.cols ? { cols: options.cols } : {}),
    ...(options.rows ? { rows: options.rows } : {}),
  });
  return { lab, session };
}
