/**
 * The lab's env and printenv against bash 5.2 and GNU coreutils 9.1 on Debian 12:
 * recorded.json holds what each line of cases.txt printed there, started with the
 * lab's environment, by `bash test/engine/commands/env/record.sh > test/engine/commands/env/recorded.json`.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { labShell } from "../../../support/lab-shell.js";

interface Recorded {
  cmd: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

const cases = JSON.parse(readFileSync(new URL("./recorded.json", import.meta.url), "utf8")) as Recorded[];

describe("env and printenv match bash's environment and GNU coreutils 9.1", () => {
  it.each(cases.map((c) => [c.cmd, c] as const))("%s", async (_cmd, c) => {
    const { run } = labShell();
    const result = await run(`cd /root\n${c.cmd}`);
    expect({ stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode });
  });

  it("env-runs-a-lab-command-with-the-variable", async () => {
    const { run } = labShell();
    expect((await run("export X=1; env Y=2 printenv X Y; printenv Y; echo $?")).stdout).toBe("1\n2\n1\n");
  });
});
