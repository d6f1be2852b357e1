/**
 * The transcript: finished lines, in entries that never change once written
 * (they go to Ink's <Static>), and the line still being written. A prompt is
 * drawn after that unfinished line, as a terminal would (`printf foo` leaves
 * `foo[root@lab ~]# `). A screen clear starts a new generation.
 */
import { renderLine, splitAtScreenClear } from "../text/output-text.js";

export interface TranscriptEntry {
  readonly id: number;
  /** Finished lines, joined by "\n", free of control characters. */
  readonly text: string;
}

export interface Transcript {
  /** Bumped by every screen clear; the view starts its <Static> afresh. */
  readonly generation: number;
  readonly entries: readonly TranscriptEntry[];
  /** Output after the last newline, as written (controls not yet applied). */
  readonly partial: string;
  readonly nextId: number;
}

export const EMPTY_TRANSCRIPT: Transcript = { generation: 0, entries: [], partial: "", nextId: 1 };

/** The unfinished line as it shows on screen. */
export function partialLine(transcript: Transcript): string {
  return renderLine(transcript.partial);
}

/** Adds output; complete lines become an entry, the rest stays partial. */
export function appendOutput(transcript: Transcript, chunk: string): Transcript {
  const { cleared, rest } = splitAtScreenClear(chunk);
  const base = cleared ? { ...transcript, generation: transcript.generation + 1, entries: [], partial: "" } : transcript;
  const lines = (base.partial + rest).split("\n");
  const partial = lines.pop() ?? "";
  if (lines.length === 0) return { ...base, partial };
  const entry = { id: base.nextId, text: lines.map(renderLine).join("\n") };
  return { ...base, entries: [...base.entries, entry], partial, nextId: base.nextId + 1 };
}

/** Adds a whole line (a prompt and what was typed after it), after any partial output. */
export function appendLine(transcript: Transcript, line: string): Transcript {
  return appendOutput(transcript, `${line.replace(/\x1b/g, "")}\n`);
}
