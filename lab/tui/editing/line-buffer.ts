/**
 * The line being edited: its text and the cursor, a UTF-16 index that never
 * splits a surrogate pair. Every operation returns a new value; the ones that
 * kill text also return what they killed, for yank (Ctrl-Y).
 */

export interface LineBuffer {
  readonly text: string;
  /** 0..text.length, on a code point boundary. */
  readonly cursor: number;
}

export interface Killed {
  readonly line: LineBuffer;
  readonly killed: string;
}

export const EMPTY_LINE: LineBuffer = { text: "", cursor: 0 };

/** A line with the cursor at its end. */
export function lineOf(text: string): LineBuffer {
  return { text, cursor: text.length };
}

export function insert(line: LineBuffer, text: string): LineBuffer {
  const { text: t, cursor } = line;
  return { text: t.slice(0, cursor) + text + t.slice(cursor), cursor: cursor + text.length };
}

export function moveLeft(line: LineBuffer): LineBuffer {
  return { ...line, cursor: previousBoundary(line.text, line.cursor) };
}

export function moveRight(line: LineBuffer): LineBuffer {
  return { ...line, cursor: nextBoundary(line.text, line.cursor) };
}

export function moveHome(line: LineBuffer): LineBuffer {
  return { ...line, cursor: 0 };
}

export function moveEnd(line: LineBuffer): LineBuffer {
  return { ...line, cursor: line.text.length };
}

/** Backspace: the character before the cursor. */
export function deleteBackward(line: LineBuffer): LineBuffer {
  return cut(line, previousBoundary(line.text, line.cursor), line.cursor).line;
}

/** Delete: the character under the cursor. */
export function deleteForward(line: LineBuffer): LineBuffer {
  return cut(line, line.cursor, nextBoundary(line.text, line.cursor)).line;
}

/** Ctrl-U (unix-line-discard): everything before the cursor. */
export function killToStart(line: LineBuffer): Killed {
  return cut(line, 0, line.cursor);
}

/** Ctrl-K (kill-line): everything from the cursor on. */
export function killToEnd(line: LineBuffer): Killed {
  return cut(line, line.cursor, line.text.length);
}

/** Ctrl-W (unix-word-rubout): back to the previous whitespace. */
export function killWordBackward(line: LineBuffer): Killed {
  let start = line.cursor;
  while (start > 0 && /\s/.test(line.text[start - 1]!)) start--;
  while (start > 0 && !/\s/.test(line.text[start - 1]!)) start--;
  return cut(line, start, line.cursor);
}

/** Alt-B (backward-word): to the start of this or the previous word of letters and digits. */
export function wordLeft(line: LineBuffer): LineBuffer {
  let i = line.cursor;
  while (i > 0 && !isWordChar(line.text[i - 1]!)) i--;
  while (i > 0 && isWordChar(line.text[i - 1]!)) i--;
  return { ...line, cursor: i };
}

/** Alt-F (forward-word): to the end of this or the next word. */
export function wordRight(line: LineBuffer): LineBuffer {
  let i = line.cursor;
  while (i < line.text.length && !isWordChar(line.text[i]!)) i++;
  while (i < line.text.length && isWordChar(line.text[i]!)) i++;
  return { ...line, cursor: i };
}

/** Alt-D (kill-word): to the end of this or the next word. */
export function killWordForward(line: LineBuffer): Killed {
  return cut(line, line.cursor, wordRight(line).cursor);
}

/** Alt-Backspace (backward-kill-word): to the start of this or the previous word. */
export function killWordBackwardAlnum(line: LineBuffer): Killed {
  return cut(line, wordLeft(line).cursor, line.cursor);
}

function cut(line: LineBuffer, start: number, end: number): Killed {
  const { text } = line;
  return { line: { text: text.slice(0, start) + text.slice(end), cursor: start }, killed: text.slice(start, end) };
}

function isWordChar(char: string): boolean {
  return /[\p{L}\p{N}]/u.test(char);
}

function previousBoundary(text: string, i: number): number {
  if (i <= 0) return 0;
  const low = text.charCodeAt(i - 1);
  const high = text.charCodeAt(i - 2);
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? i - 2 : i - 1;
}

function nextBoundary(text: string, i: number): number {
  if (i >= text.length) return text.length;
  const high = text.charCodeAt(i);
  return high >= 0xd800 && high <= 0xdbff && i + 1 < text.length ? i + 2 : i + 1;
}
