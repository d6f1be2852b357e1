/** What the screen shows of a session at one moment; replaced whole on every change. */
import type { LineBuffer } from "../editing/line-buffer.js";
import type { Transcript } from "../transcript/transcript.js";

export type Phase =
  /** At a prompt, reading a line. */
  | "editing"
  /** A command runs; keys wait in a queue until the prompt is back. */
  | "running"
  /** `exit` or Ctrl-D; the app is about to unmount. */
  | "exited";

export interface SessionView {
  readonly transcript: Transcript;
  /** The primary prompt, or `> ` while a command continues on the next line. */
  readonly prompt: string;
  readonly line: LineBuffer;
  readonly phase: Phase;
  /** The status the TUI exits with, once phase is "exited". */
  readonly exitStatus: number;
}

/** The controller's way to act on the terminal beyond drawing. */
export interface ScreenPort {
  /** Columns of the terminal now (for listing completions). */
  readonly columns: number;
  /** Erases the screen, and the scrollback too when asked, then redraws the live area at the top. */
  clear(scrollback: boolean): void;
}
