/** The lab shell as seen from outside: where its output goes and what a run returns. */

/** Receives output as it is produced, in order. */
export interface OutputSink {
  stdout(text: string): void;
  stderr(text: string): void;
}

export interface RunResult {
  /** The status of the last command ($?). */
  exitCode: number;
  /** True once the shell has run `exit` (or `set -e` stopped it). */
  exited: boolean;
}

/** What a line typed at the prompt turned out to be. */
export type LineStatus = "complete" | "incomplete";
