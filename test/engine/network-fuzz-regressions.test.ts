/**
 * What the network fuzz (network-fuzz.test.ts) found, one case each: a
 * command the real tool refuses leaves the world exactly as it was.
 */
import { describe, expect, it } from "vitest";
import { labShell } from "../support/lab-shell.js";

async function refusedAndUnchanged(setup: string[], line: string, stderr: string, exitCode: number): Promise<void> {
  const { world, run } = labShell();
  for (const s of setup) expect((await run(s)).exitCode, s).toBe(0);
  const before = JSON.stringify(world);
  const r = await run(line);
  expect(r.stderr).toBe(stderr);
  expect(r.exitCode).toBe(exitCode);
  expect(JSON.stringify(world)).toBe(before);
}

describe("what the network fuzz found", () => {
  it("ip-neigh-del-of-a-missing-entry-changes-nothing", async () => {
    await refusedAndUnchanged([], "ip neigh del 10.0.2.9 dev eth0", "RTNETLINK answers: No such file or directory\n", 2);
    await refusedAndUnchanged([], "ip neigh change 10.0.2.9 lladdr 02:00:00:00:00:01 dev eth0", "RTNETLINK answers: No such file or directory\n", 2);
  });

  it("ip-neigh-show-of-an-empty-table-changes-nothing", async () => {
    const { world, run } = labShell();
    const before = JSON.stringify(world);
    expect(await run("ip neigh show dev eth0")).toMatchObject({ stdout: "", exitCode: 0 });
    expect(JSON.stringify(world)).toBe(before);
  });
});
