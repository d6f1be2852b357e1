/**
 * Tab completion as readline does it: one candidate is inserted whole
 * (with a space after a name, a slash after a directory); several insert
 * their common prefix; when that adds nothing, the candidates are for a
 * second Tab to list.
 */
import { insert, type LineBuffer } from "../editing/line-buffer.js";
import { commandCandidates, pathCandidates, type Candidate, type CompletionFiles } from "./candidates.js";
import { escapeWord, wordAtCursor } from "./word.js";

export interface CompletionSource {
  commandNames(): readonly string[];
  readonly files: CompletionFiles;
  readonly cwd: string;
  readonly home: string;
}

export type Completion =
  | { readonly kind: "none" }
  | { readonly kind: "inserted"; readonly line: LineBuffer }
  | { readonly kind: "ambiguous"; readonly candidates: readonly string[] };

export function complete(line: LineBuffer, source: CompletionSource): Completion {
  const at = wordAtCursor(line);
  const isPath = !at.commandPosition || /^[./~]/.test(at.word) || at.word.includes("/");
  const candidates = isPath
    ? pathCandidates(at.word, source.files, source.cwd, source.home)
    : commandCandidates(at.word, source.commandNames());
  if (candidates.length === 0) return { kind: "none" };
  const only = candidates.length === 1 ? candidates[0] : undefined;
  if (only) return { kind: "inserted", line: replaceWord(line, at.start, escapeWord(only.value) + (only.isDir ? "/" : " ")) };
  const common = commonPrefix(candidates);
  if (common.length > at.word.length) return { kind: "inserted", line: replaceWord(line, at.start, escapeWord(common)) };
  return { kind: "ambiguous", candidates: candidates.map((c) => c.display) };
}

function replaceWord(line: LineBuffer, start: number, text: string): LineBuffer {
  const head = { text: line.text.slice(0, start) + line.text.slice(line.cursor), cursor: start };
  return insert(head, text);
}

function commonPrefix(candidates: readonly Candidate[]): string {
  let prefix = candidates[0]!.value;
  for (const { value } of candidates) {
    while (!value.startsWith(prefix)) prefix = prefix.slice(0, -1);
  }
  return prefix;
}
