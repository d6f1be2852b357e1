/**
 * What the TUI needs of the lab shell. LabShell (engine/shell/session.ts)
 * has this shape; tests may hand in a smaller fake.
 */
import type { LineStatus, OutputSink, RunResult } from "../../../engine/shell/types.js";
import type { CompletionFiles } from "../completion/candidates.js";

export interface ShellPort {
  /** `[root@lab ~]# ` — asked again after every command, since `cd` changes it. */
  readonly prompt: string;
  /** The shell's working directory, for completing relative paths. */
  readonly cwd: string;
  /** $? — what the TUI exits with after Ctrl-D. */
  readonly lastStatus: number;
  /** The session's history, oldest first; runLine appends to it. */
  readonly history: string[];
  readonly files: CompletionFiles;
  lineStatus(text: string): LineStatus;
  runLine(text: string, sink: OutputSink): Promise<RunResult>;
  cancel(): void;
  pendingNotices(): string;
  commandNames(): string[];
}
