/**
 * Grading a script against a scenario (`nflab check`): the script's commands
 * run, as `nflab sh` runs them, on a freshly booted copy of the scenario's
 * lab, with the scenario's commands (reboot, check...) available; then every
 * goal is checked.
 */
import { LAB_COMMANDS } from "../../engine/commands/registry.js";
import type { GoalResult } from "../../engine/scenario/goals.js";
import type { ProbeRunner } from "../../engine/scenario/probe.js";
import { LabShell } from "../../engine/shell/session.js";
import type { OutputSink } from "../../engine/shell/types.js";
import type { Catalog, CatalogEntry } from "./catalog.js";
import { scenarioCommands } from "./commands/index.js";
import { ScenarioSession } from "./scenario-session.js";

export interface ScriptCheck {
  results: readonly GoalResult[];
  /** The script's last status, as `nflab sh` would exit with it. */
  scriptStatus: number;
  /** Things the person should know: the boot failed, goals cannot be checked. */
  warnings: string[];
}

export interface CheckScriptOptions {
  entry: CatalogEntry;
  script: string;
  /** The name bash puts before the script's errors ("fix.sh: line 3: ..."). */
  scriptName?: string;
  probe: ProbeRunner | undefined;
  /** Where the script's own output goes, after the warnings. */
  sink: OutputSink;
  catalog?: Catalog;
}

export async function checkScript(options: CheckScriptOptions): Promise<ScriptCheck> {
  const session = await ScenarioSession.open({ entry: options.entry, probe: options.probe, ...(options.catalog ? { catalog: options.catalog } : {}) });
  const warnings = [...session.notices];
  if (!session.checkable) warnings.push("nflab: this nflab has no packet walk yet: the goals cannot be checked");
  for (const warning of warnings) options.sink.stderr(`${warning}\n`);
  const shell = new LabShell({
    world: session.world,
    interactive: false,
    sink: options.sink,
    commands: [...LAB_COMMANDS, ...scenarioCommands(session)],
    ...(options.scriptName ? { scriptName: options.scriptName } : {}),
  });
  const run = await shell.runScript(options.script);
  const results = await session.refresh();
  return { results, scriptStatus: run.exitCode, warnings };
}

/** The JSON `nflab check --json` prints. */
export function checkJson(ref: string, check: ScriptCheck): object {
  const passed = check.results.filter((r) => r.pass).length;
  return {
    scenario: ref,
    pass: passed === check.results.length,
    passed,
    total: check.results.length,
    goals: check.results.map((r) => ({
      id: r.id,
      title: r.title,
      pass: r.pass,
      reason: r.reason,
      ...(r.check ? { check: r.check } : {}),
      ...(r.outcome ? { outcome: r.outcome } : {}),
    })),
    script: { exitCode: check.scriptStatus },
    warnings: check.warnings,
  };
}
