/**
 * The order in which a tool's two streams reach a terminal that shows both.
 * A C program's stderr is unbuffered while its stdout, when it is not a
 * terminal, is flushed only when the buffer fills or the program exits — so
 * `curl -v URL 2>&1 | less` shows all the `*`, `>` and `<` lines before the
 * body. The lab's scripts are recorded that way (`nflab sh FILE 2>&1`).
 */
import type { CommandResult } from "./types.js";

/** The result with its stderr written as it happened and its stdout at exit. */
export function stdoutAtExit(result: CommandResult): CommandResult {
  if (result.stdout === "" || result.stderr === "") return result;
  return { ...result, output: [{ fd: 2, text: result.stderr }, { fd: 1, text: result.stdout }] };
}
