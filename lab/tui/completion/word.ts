/**
 * The word Tab completes: from the last unquoted blank or shell operator
 * before the cursor up to the cursor, and whether it stands where a command
 * name goes (first word, or after `;`, `|`, `&&`, `(`, `then`, `do`, ...).
 */
import type { LineBuffer } from "../editing/line-buffer.js";

export interface WordAtCursor {
  /** Index in the line where the word starts. */
  readonly start: number;
  /** The word as typed, backslash escapes included. */
  readonly typed: string;
  /** The word with backslash escapes removed. */
  readonly word: string;
  readonly commandPosition: boolean;
}

const BREAKS = /[\s;|&(<>`]/;
const COMMAND_AFTER = /(?:^|[;|&(`!{]|\$\(|\b(?:then|do|else|elif|if|while|until|time))\s*$/;

export function wordAtCursor(line: LineBuffer): WordAtCursor {
  const before = line.text.slice(0, line.cursor);
  let start = before.length;
  while (start > 0 && !(BREAKS.test(before[start - 1]!) && before[start - 2] !== "\\")) start--;
  const typed = before.slice(start);
  const lead = before.slice(0, start);
  const redirected = /[<>]\s*$/.test(lead);
  return { start, typed, word: typed.replace(/\\(.)/g, "$1"), commandPosition: !redirected && COMMAND_AFTER.test(lead) };
}

/** A name as it must be typed on a command line: specials escaped with a backslash. */
export function escapeWord(name: string): string {
  return name.replace(/[^\w@%+=:,./~-]/g, "\\$&");
}
