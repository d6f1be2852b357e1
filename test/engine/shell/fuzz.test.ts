/**
 * Bad input never breaks the shell: 10,000 random lines, built from shell
 * syntax, command names and garbage, all get an answer (never an exception or
 * an internal error), and a line that does not parse leaves the world as it was.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { tryParse } from "../../../engine/shell/reader.js";
import { labShell } from "../../support/lab-shell.js";

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

describe("lab shell under random input", () => {
  it("answers 10,000 random lines without an exception, and a line that does not parse changes nothing", async () => {
    let { shell, world, run } = labShell({ interactive: true });
    await fc.assert(
      fc.asyncProperty(line, async (text) => {
        if (shell.exited) ({ shell, world, run } = labShell({ interactive: true }));
        const parses = tryParse(text).kind === "ok";
        const before = parses ? undefined : JSON.stringify(world);
        const result = await run(text);
        expect(result.stderr).not.toMatch(/internal error/);
        expect(Number.isInteger(result.exitCode)).toBe(true);
        if (before !== undefined) expect(JSON.stringify(world)).toBe(before);
      }),
      { numRuns: 10_000, seed: 20261125 },
    );
  }, 240_000);
});
