import { describe, expect, it } from "vitest";
import { labShell } from "../../../support/lab-shell.js";
import { NC_USAGE } from "../../../../engine/commands/nc/messages.js";

describe("nc argument errors, as netcat-openbsd 1.219 prints them", () => {
  const cases: [string, string, number][] = [
    ["nc", NC_USAGE, 1],
    ["nc -l", "nc: missing port number\n", 1],
    ["nc -vz 10.1.0.2", "nc: missing port number\n", 1],
    ["nc -vz 10.1.0.2 99999", "nc: port number too large: 99999\n", 1],
    ["nc -vz 10.1.0.2 abc", "nc: port number invalid: abc\n", 1],
    ["nc -w abc 10.1.0.2 80", "nc: timeout invalid: abc\n", 1],
    ["nc -x", `nc: option requires an argument -- 'x'\n${NC_USAGE}`, 1],
    ["nc -y", `nc: invalid option -- 'y'\n${NC_USAGE}`, 1],
    ["nc -k 10.1.1.1 80", "nc: must use -l with -k\n", 1],
    ["nc -z -l 80", "nc: cannot use -z and -l\n", 1],
    ["nc -vz nosuch 80", 'nc: getaddrinfo for host "nosuch" port 80: Temporary failure in name resolution\n', 1],
  ];
  for (const [line, stderr, exitCode] of cases) {
    it(line, async () => {
      const { run } = labShell();
      expect(await run(line)).toMatchObject({ stdout: "", stderr, exitCode });
    });
  }

  it("nc -h writes its help to stderr and exits 0", async () => {
    const { run } = labShell();
    const r = await run("nc -h");
    expect(r.stderr.startsWith("OpenBSD netcat (Debian patchlevel 1.219-1)\n")).toBe(true);
    expect(r.exitCode).toBe(0);
  });

  it("nc -l in the foreground says why the lab cannot wait", async () => {
    const { run } = labShell();
    const r = await run("nc -l 80");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain("nc -l PORT &");
  });
});

describe("two nc -l on one port", () => {
  it("both listen (SO_REUSEPORT), unlike a port another program holds", async () => {
    const { run, world } = labShell();
    await run("nc -l 8090 >/dev/null &");
    expect(await run("nc -l 8090 >/dev/null &")).toMatchObject({ stderr: "" });
    expect(world.processes.jobs.filter((j) => j.blockedOn).length).toBe(2);
  });
});
