/**
 * A shell for TUI tests that need control over time: `slow` runs until
 * cancel() or finish() is called; every other line echoes itself.
 */
import type { OutputSink, RunResult } from "../../../engine/shell/types.js";
import type { ShellPort } from "../../../lab/tui/session/shell-port.js";

export class FakeShell implements ShellPort {
  readonly prompt = "[root@lab ~]# ";
  readonly cwd = "/root";
  lastStatus = 0;
  readonly history: string[] = [];
  readonly ran: string[] = [];
  cancelled = 0;
  readonly files = { readdir: (): string[] => [], stat: (): { type: "file" } => ({ type: "file" }) };
  private finishSlow: ((status: number) => void) | undefined;

  lineStatus(text: string): "complete" | "incomplete" {
    return text.endsWith("\\") ? "incomplete" : "complete";
  }

  async runLine(text: string, sink: OutputSink): Promise<RunResult> {
    this.history.push(text);
    this.ran.push(text);
    if (text === "slow") {
      sink.stdout("working\n");
      this.lastStatus = await new Promise<number>((resolve) => (this.finishSlow = resolve));
      return { exitCode: this.lastStatus, exited: false };
    }
    sink.stdout(`ran: ${text}\n`);
    return { exitCode: 0, exited: false };
  }

  /** Whether `slow` is still running. */
  get busy(): boolean {
    return this.finishSlow !== undefined;
  }

  finish(status = 0): void {
    this.finishSlow?.(status);
    this.finishSlow = undefined;
  }

  cancel(): void {
    this.cancelled++;
    this.finish(130);
  }

  pendingNotices(): string {
    return "";
  }

  commandNames(): string[] {
    return ["slow"];
  }
}
