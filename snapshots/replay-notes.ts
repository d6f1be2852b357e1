/**
 * What keeps a recorded command from being replayed exactly, said before the
 * replay is judged: a line whose start time is unknown or that Ctrl-C cut
 * short, and the few shell features that read the real computer instead of
 * the lab ($RANDOM, $SECONDS, `time`, awk's rand and srand).
 */
import type { CommandLine } from "./format.js";

const REAL_WORLD_READS: readonly (readonly [RegExp, string])[] = [
  [/\$\{?RANDOM\b/, "$RANDOM"],
  [/\$\{?SECONDS\b/, "$SECONDS"],
  [/(^|[;&|(\s])time\s/, "`time`"],
  [/\b(s?rand)\s*\(/, "awk's rand()/srand()"],
];

export function replayNotes(commands: readonly CommandLine[]): string[] {
  const notes: string[] = [];
  commands.forEach((command, i) => {
    const n = `command ${i + 1} (${firstLine(command.line)})`;
    if (command.wallMs === undefined) notes.push(`${n} has no recorded start time (saved by an older nflab): it is replayed on the clock the command before it left`);
    if (command.interrupted) notes.push(`${n} was interrupted with Ctrl-C: it is replayed in full`);
    for (const [pattern, what] of REAL_WORLD_READS) {
      if (pattern.test(command.line)) notes.push(`${n} uses ${what}, which comes from the real computer, not the lab: its replay may differ`);
    }
  });
  return notes;
}

function firstLine(line: string): string {
  const first = line.split("\n")[0]!;
  return first.length > 60 || line.includes("\n") ? `${first.slice(0, 57)}...` : first;
}
