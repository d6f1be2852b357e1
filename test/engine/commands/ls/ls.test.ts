/**
 * The lab's ls against GNU ls 9.1 on Debian 12: recorded.json holds what the
 * real ls printed for each line of cases.txt on the same tree, built on ext4 by
 * `bash test/engine/commands/ls/record.sh > test/engine/commands/ls/recorded.json`.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { labShell } from "../../../support/lab-shell.js";
import type { FileTree } from "../../../../engine/fs/types.js";

interface Recorded {
  cmd: string;
  stdout: string;
  stderr: string;
  exitCode: number;
}

const cases = JSON.parse(readFileSync(new URL("./recorded.json", import.meta.url), "utf8")) as Recorded[];

/** The lab clock when the cases were recorded. */
const NOW = Date.UTC(2026, 10, 25, 23, 0, 0);
const at = (iso: string): number => Date.parse(`${iso}Z`);

/** The tree record.sh builds, under /tmp/lsref. */
function referenceTree(): FileTree {
  const file = (content: string, mode: number, time: string) => ({ type: "file" as const, content, mode, mtimeMs: at(time) });
  const dir = (mode: number, time: string) => ({ type: "dir" as const, mode, mtimeMs: at(time) });
  const link = (target: string) => ({ type: "symlink" as const, target, mode: 0o777, mtimeMs: at("2026-11-23T11:11:00") });
  const t = "/tmp/lsref/t";
  return {
    "/tmp/lsref": dir(0o755, "2026-11-01T00:00:00"),
    [t]: dir(0o755, "2026-11-25T22:30:00"),
    [`${t}/conf`]: file("0".repeat(1234), 0o644, "2026-11-25T22:04:00"),
    [`${t}/run.sh`]: file("0".repeat(100), 0o755, "2026-10-01T09:30:15"),
    [`${t}/secret`]: file("", 0o600, "2025-11-25T10:00:00"),
    [`${t}/big`]: file("x".repeat(2_000_000), 0o644, "2027-01-01T00:00:00"),
    [`${t}/.hidden`]: file("hi\n", 0o644, "2026-06-01T12:00:00"),
    [`${t}/Upper`]: file("U\n", 0o644, "2026-11-20T08:00:00"),
    [`${t}/suid`]: file("0".repeat(5000), 0o4755, "2026-05-20T08:00:00"),
    [`${t}/link`]: link("conf"),
    [`${t}/dangling`]: link("nowhere"),
    [`${t}/dirlink`]: link("sub"),
    [`${t}/with space`]: file("0".repeat(12813), 0o644, "2026-11-22T07:00:00"),
    [`${t}/sub`]: dir(0o700, "2026-11-25T21:00:00"),
    [`${t}/sub/inner`]: file("in\n", 0o640, "2026-11-25T21:00:00"),
    [`${t}/sub/deeper`]: dir(0o755, "2026-11-25T21:00:00"),
    [`${t}/sticky`]: dir(0o1777, "2026-11-24T12:00:00"),
  };
}

describe("ls matches GNU ls 9.1 on the recorded tree", () => {
  it.each(cases.map((c) => [c.cmd, c] as const))("%s", async (_cmd, c) => {
    const { run, world } = labShell();
    world.clock.nowMs = NOW;
    Object.assign(world.files, referenceTree());
    const result = await run(`cd /tmp/lsref\n${c.cmd}`);
    expect({ stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode }).toEqual({ stdout: c.stdout, stderr: c.stderr, exitCode: c.exitCode });
  });
});
