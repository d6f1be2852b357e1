/**
 * The lab shell of a scenario, as the TUI drives it: a LabShell that also
 * knows the scenario's commands, and checks the goals and saves progress
 * after every line, before the prompt comes back.
 */
import { LAB_COMMANDS } from "../../engine/commands/registry.js";
import { LabShell } from "../../engine/shell/session.js";
import type { LineStatus, OutputSink, RunResult } from "../../engine/shell/types.js";
import type { ShellPort } from "../tui/session/shell-port.js";
import { scenarioCommands } from "./commands/index.js";
import type { ScenarioSession } from "./scenario-session.js";

export class ScenarioShell implements ShellPort {
  readonly shell: LabShell;
  private readonly ownNames: string[];

  constructor(private readonly session: ScenarioSession) {
    const own = scenarioCommands(session);
    this.ownNames = own.map((c) => c.name);
    this.shell = new LabShell({
      world: session.world,
      interactive: true,
      commands: [...LAB_COMMANDS, ...own],
      wallClock: () => session.wallNow(),
      terminalColumns: () => process.stdout.columns || 80,
    });
  }

  get prompt(): string {
    return this.shell.prompt;
  }

  get cwd(): string {
    return this.shell.cwd;
  }

  get lastStatus(): number {
    return this.shell.lastStatus;
  }

  get history(): string[] {
    return this.shell.history;
  }

  get files(): LabShell["files"] {
    return this.shell.files;
  }

  lineStatus(text: string): LineStatus {
    return this.shell.lineStatus(text);
  }

  async runLine(text: string, sink: OutputSink): Promise<RunResult> {
    const result = await this.shell.runLine(text, sink);
    await this.session.afterLine(text, sink);
    return result;
  }

  cancel(): void {
    this.shell.cancel();
  }

  pendingNotices(): string {
    return this.shell.pendingNotices();
  }

  commandNames(): string[] {
    return [...new Set([...this.shell.commandNames(), ...this.ownNames])].sort();
  }
}
