/**
 * `nflab check SCENARIO --script FILE [--json]` as a user or a grader runs
 * it: goal lines or JSON on stdout, the script's output on stderr, status 0
 * only when every goal passes, 2 for usage errors. The passing case needs the
 * packet walk (engine/scenario/run-probe.ts); until it lands the lab says the
 * goals cannot be checked, and that case is skipped.
 */
import { existsSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";

const ROOT = join(import.meta.dirname, "..", "..");
const NFLAB = join(ROOT, "bin", "nflab.js");
const HAS_WALK = existsSync(join(ROOT, "engine", "scenario", "run-probe.ts"));
const nflab = (args: string[], env: Record<string, string> = {}) => execa("node", [NFLAB, ...args], { reject: false, env: { NO_COLOR: "", ...env } });

function script(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), "nflab-check-")), "fix.sh");
  writeFileSync(path, text);
  return path;
}

const SOLUTION = "iptables -I DOCKER-USER -i eth0 -p tcp -m conntrack --ctorigdstport 8080 ! -s 203.0.113.7 -j DROP\nnetfilter-persistent save\n";
const WRONG = "iptables -I DOCKER-USER -p tcp --dport 8080 ! -s 203.0.113.7 -j DROP\nnetfilter-persistent save\n";

describe("nflab check", () => {
  it.runIf(HAS_WALK)("passes a correct solution with every goal ✔ and status 0", async () => {
    const r = await nflab(["check", "docker/expose-to-one-ip", "--script", script(SOLUTION)]);
    expect(r.stdout.split("\n")).toEqual([
      "✔ only-alice  only alice (203.0.113.7) reaches web through port 8080",
      "✔ stopped-in-docker-user  the others are stopped in the DOCKER-USER chain",
      "✔ container-still-online  with outsiders kept out, web still reaches the internet (mirror:80)",
      "✔ survives-reboot  after a reboot, still only alice gets in",
      "All 4 goals pass.",
    ]);
    expect(r.exitCode).toBe(0);
  });

  it("fails a wrong solution with ✘, the reason, and status 1", async () => {
    const r = await nflab(["check", "expose-to-one-ip", "--script", script(WRONG)]);
    expect(r.stdout).toMatch(/^✘ stopped-in-docker-user  the others are stopped in the DOCKER-USER chain — .+$/m);
    expect(r.stdout.split("\n").at(-1)).toMatch(/^\d of 4 goals pass\.$/);
    expect(r.exitCode).toBe(1);
  });

  it("prints JSON with --json: the scenario, the count and each goal", async () => {
    const r = await nflab(["check", "docker/expose-to-one-ip", "--script", script(WRONG), "--json"]);
    const json = JSON.parse(r.stdout) as Record<string, unknown> & { goals: Record<string, unknown>[] };
    expect(json).toMatchObject({ scenario: "docker/expose-to-one-ip", pass: false, total: 4, script: { exitCode: 0 }, warnings: [] });
    expect(json.goals.map((g) => g["id"])).toEqual(["only-alice", "stopped-in-docker-user", "container-still-online", "survives-reboot"]);
    for (const goal of json.goals) {
      expect(goal).toEqual(expect.objectContaining({ id: expect.any(String), title: expect.any(String), pass: expect.any(Boolean), reason: expect.any(String) }));
    }
    expect(json.goals.find((g) => g["id"] === "stopped-in-docker-user")).toMatchObject({
      pass: false,
      check: { from: "bob", to: "198.51.100.10:8080", proto: "tcp", stoppedIn: "filter/DOCKER-USER" },
      outcome: { end: expect.any(String), summary: expect.any(String) },
    });
    expect(r.exitCode).toBe(1);
  });

  it("sends the script's own output to stderr, never into the results", async () => {
    const r = await nflab(["check", "expose-to-one-ip", "--script", script("echo from-the-script\nnosuch\n"), "--json"]);
    expect(r.stderr).toContain("from-the-script");
    expect(r.stderr).toMatch(/fix\.sh: line 2: nosuch: command not found/);
    expect(() => JSON.parse(r.stdout)).not.toThrow();
  });

  it("names the known scenarios when the scenario is unknown (status 2)", async () => {
    const r = await nflab(["check", "nope", "--script", script("true\n")]);
    expect(r.stderr).toBe('nflab check: no scenario "nope". The scenarios are:\n  docker/expose-to-one-ip      Expose port 8080 to one address through DOCKER-USER');
    expect(r.stdout).toBe("");
    expect(r.exitCode).toBe(2);
  });

  it("reads scenarios from NFLAB_SCENARIOS", async () => {
    const r = await nflab(["check", "nope", "--script", script("true\n")], { NFLAB_SCENARIOS: join(ROOT, "test", "lab", "fixtures", "scenarios") });
    expect(r.stderr).toContain("drill/guard-port");
    expect(r.exitCode).toBe(2);
  });

  it("is a usage error without --script or with a missing file (status 2)", async () => {
    const missing = await nflab(["check", "expose-to-one-ip"]);
    expect(missing.stderr).toBe("nflab: check needs the commands to run: nflab check SCENARIO --script FILE [--json]\nTry 'nflab --help' for more information.");
    expect(missing.exitCode).toBe(2);
    const absent = await nflab(["check", "expose-to-one-ip", "--script", "/nonexistent/fix.sh"]);
    expect(absent.stderr).toBe("nflab check: /nonexistent/fix.sh: No such file or directory");
    expect(absent.exitCode).toBe(2);
  });
});

describe("nflab play and sandbox, from a pipe", () => {
  it("names the known scenarios when the scenario is unknown (status 2)", async () => {
    const r = await execa("node", [NFLAB, "play", "nope"], { reject: false, input: "" });
    expect(r.stderr).toContain('nflab play: no scenario "nope". The scenarios are:\n  docker/expose-to-one-ip');
    expect(r.exitCode).toBe(2);
  });

  it("asks for a terminal before it boots a known scenario, and so does sandbox", async () => {
    for (const args of [["play", "expose-to-one-ip"], ["sandbox"]]) {
      const r = await execa("node", [NFLAB, ...args], { reject: false, input: "" });
      expect(r.stderr).toContain("`nflab sh` runs commands from a pipe or a file");
      expect(r.exitCode).toBe(1);
    }
  });
});
