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
  /** The wall clock the running line started at: the shell's world clock catches up with it. */
  private lineWall: number | undefined;

  constructor(private readonly session: ScenarioSession) {
    const own = scenarioCommands(session);
    this.ownNames = own.map((c) => c.name);
    this.shell = new LabShell({
      world: session.world,
      interactive: true,
      commands: [...LAB_COMMANDS, ...own],
      // A line whose start is not known (an old recording) leaves the clock where it is.
      wallClock: () => this.lineWall ?? Number.NEGATIVE_INFINITY,
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
    return this.replayLine(text, sink, this.session.wallNow());
  }

  /** Runs a line as if the wall clock said wallMs when it started (a snapshot's replay gives the recorded one). */
  async replayLine(text: string, sink: OutputSink, wallMs: number | undefined): Promise<RunResult> {
    this.lineWall = wallMs;
    this.session.beginLine(text, wallMs);
    const result = await this.shell.runLine(text, sink);
    await this.session.afterLine(text, sink);
    return result;
  }

  cancel(): void {
    this.session.interrupt();
    this.shell.cancel();
  }

  pendingNotices(): string {
    return this.shell.pendingNotices();
  }

  commandNames(): string[] {
    return [...new Set([...this.shell.commandNames(), ...this.ownNames])].sort();
  }
}
