/**
 * Bad input never breaks the shell: 10,000 random lines, built from shell
 * syntax, command names and garbage, all get an answer (never an exception or
 * an internal error), and a line that does not parse leaves the world as it was.
 *
 * The 10,000 lines run as SHARDS files of LINES_PER_SHARD (fuzz-1.test.ts ...),
 * each with its own seed, so that every core of the machine takes a share. In
 * a shard the lines run one after another in one shell, which keeps what
 * earlier lines defined; after `exit` a fresh shell takes over.
 */
import fc from "fast-check";
import { expect } from "vitest";
import { tryParse } from "../../../engine/shell/reader.js";
import { labShell } from "../../support/lab-shell.js";

export const LINES = 10_000;
export const SHARDS = 4;
export const LINES_PER_SHARD = LINES / SHARDS;
const SEED = 20261125;

const token = fc.oneof(
  fc.constantFrom(
    "echo", "cat", "ls", "cd", "iptables", "ip", "sysctl", "true", "false", "exit", "jobs", "kill", "wait",
    "for", "in", "do", "done", "if", "then", "else", "fi", "case", "esac", "while", "{", "}", "(", ")",
    ";", ";;", "&", "&&", "||", "|", ">", ">>", "<", "2>&1", "<<", "$(", "`", "'", "\"", "\\", "$?", "${",
    "$((", "))", "!", "*", "~", "/etc/hosts", "/proc/sys/net/ipv4/ip_forward", "-A", "INPUT", "-j", "%1", "#",
  ),
  fc.string({ maxLength: 6 }),
);

const line = fc.array(token, { minLength: 1, maxLength: 8 }).map((parts) => parts.join(" "));

/** Runs shard `shard` (1 to SHARDS) of the random lines. */
export async function answersRandomLines(shard: number): Promise<void> {
  if (!Number.isInteger(shard) || shard < 1 || shard > SHARDS) throw new Error(`no shard ${shard} of ${SHARDS}`);
  let { shell, world, run } = labShell({ interactive: true });
  // The world as JSON while nothing has changed it since: a line that does not parse leaves it
  // as it was, so the next line starts from the same text without printing the world again.
  let unchanged: string | undefined;
  await fc.assert(
    fc.asyncProperty(line, async (text) => {
      if (shell.exited) {
        ({ shell, world, run } = labShell({ interactive: true }));
        unchanged = undefined;
      }
      const parses = tryParse(text).kind === "ok";
      const before = parses ? undefined : (unchanged ?? JSON.stringify(world));
      unchanged = undefined;
      const result = await run(text);
      expect(result.stderr).not.toMatch(/internal error/);
      expect(Number.isInteger(result.exitCode)).toBe(true);
      if (before !== undefined) {
        expect(JSON.stringify(world)).toBe(before);
        unchanged = before;
      }
    }),
    { numRuns: LINES_PER_SHARD, seed: SEED + shard - 1 },
  );
}
