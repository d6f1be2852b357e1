/**
 * The order in which a tool's two streams reach a terminal that shows both.
 * A C program's stderr is unbuffered while its stdout, when it is not a
 * terminal, is flushed only when the buffer fills or the program exits — so
 * `curl -v URL 2>&1 | less` shows all the `*`, `>` and `<` lines before the
 * body. The lab's scripts are recorded that way (`nflab sh FILE 2>&1`).
 */
import type { CommandResult, OutputChunk } from "./types.js";

/** The result with its stderr written as it happened and its stdout at exit. */
export function stdoutAtExit(result: CommandResult): CommandResult {
  if (result.stdout === "" || result.stderr === "") return result;
  return { ...result, output: [{ fd: 2, text: result.stderr }, { fd: 1, text: result.stdout }] };
}

/**
 * A large stdout in parts (iptables-save of 150,000 rules): nothing is
 * joined for /dev/null; a terminal takes the parts in groups of 256 KiB;
 * the whole text is joined only when something reads `stdout` (a pipe, a
 * file). The stderr comes after it.
 */
export function stdoutInParts(parts: readonly string[], stderr: string, exitCode: number): CommandResult {
  let whole: string | undefined;
  let output: OutputChunk[] | undefined;
  return {
    get stdout(): string {
      return (whole ??= parts.length === 1 ? parts[0]! : parts.join(""));
    },
    stderr,
    exitCode,
    get output(): OutputChunk[] {
      if (output) return output;
      output = groups(parts).map((text) => ({ fd: 1, text }));
      if (stderr !== "") output.push({ fd: 2, text: stderr });
      return output;
    },
  };
}

const GROUP_CHARS = 256 * 1024;

/** The parts joined in runs of at least GROUP_CHARS (one write to a terminal each). */
function groups(parts: readonly string[]): string[] {
  const out: string[] = [];
  let run: string[] = [];
  let chars = 0;
  for (const part of parts) {
    run.push(part);
    chars += part.length;
    if (chars >= GROUP_CHARS) {
      out.push(run.length === 1 ? run[0]! : run.join(""));
      run = [];
      chars = 0;
    }
  }
  if (run.length > 0) out.push(run.join(""));
  return out;
}
