/**
 * `nflab grade FILE... [--json]` as a teacher runs it on snapshots a learner
 * saved with `snapshot` in `nflab play` (played here as the terminal plays,
 * in-process): goal lines, the scenario and replay lines and a verdict on
 * stdout, byte for byte the same each time; status 0 only when every
 * snapshot passes, 1 when one fails or does not replay, 2 for a bad file.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { beforeAll, describe, expect, it } from "vitest";
import { findScenario, loadCatalog, type CatalogEntry } from "../../lab/scenario/catalog.js";
import { loadProbeRunner } from "../../lab/scenario/probe-runner.js";
import { playAndSnapshot } from "../lab/support/snapshot-play.js";

const ROOT = join(import.meta.dirname, "..", "..");
const NFLAB = join(ROOT, "bin", "nflab.js");
const nflab = (args: string[]) => execa("node", [NFLAB, ...args], { reject: false, env: { NO_COLOR: "" } });

const SOLUTION = ["iptables -I DOCKER-USER -i eth0 -p tcp -m conntrack --ctorigdstport 8080 ! -s 203.0.113.7 -j DROP", "netfilter-persistent save"];
const WRONG = ["iptables -I DOCKER-USER -p tcp --dport 8080 ! -s 203.0.113.7 -j DROP", "netfilter-persistent save"];

let good = "";
let wrong = "";

beforeAll(async () => {
  const found = findScenario(loadCatalog(), "docker/expose-to-one-ip");
  if (!found.ok) throw new Error(found.message);
  const entry: CatalogEntry = found.entry;
  const probe = await loadProbeRunner();
  good = (await playAndSnapshot(SOLUTION, { entry, probe })).file;
  wrong = (await playAndSnapshot(WRONG, { entry, probe })).file;
}, 60_000);

function tampered(): string {
  const doc = JSON.parse(readFileSync(wrong, "utf8")) as Record<string, any>;
  doc["world"] = JSON.parse(readFileSync(good, "utf8"))["world"];
  const path = join(mkdtempSync(join(tmpdir(), "nflab-grade-")), "tampered.json");
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

describe("nflab grade", () => {
  it("passes a finished snapshot with every goal ✔, a replay that matches and status 0", async () => {
    const r = await nflab(["grade", good]);
    expect(r.stdout.split("\n")).toEqual([
      `${good}: docker/expose-to-one-ip (nf_tables), 3 commands`,
      "✔ only-alice  only alice (203.0.113.7) reaches web through port 8080",
      "✔ stopped-in-docker-user  the others are stopped in the DOCKER-USER chain",
      "✔ container-still-online  with outsiders kept out, web still reaches the internet (mirror:80)",
      "✔ survives-reboot  after a reboot, still only alice gets in",
      "All 4 goals pass.",
      "✔ scenario  the snapshot was taken in this version of docker/expose-to-one-ip",
      "✔ replay  the recorded commands, run again on a fresh lab, give the captured lab",
      "Verdict: pass",
    ]);
    expect(r.stderr).toBe("");
    expect(r.exitCode).toBe(0);
  });

  it("fails a wrong solution with status 1, and prints the same bytes every time", async () => {
    const first = await nflab(["grade", wrong, good]);
    expect(first.stdout).toMatch(/^✘ stopped-in-docker-user  the others are stopped in the DOCKER-USER chain — .+$/m);
    expect(first.stdout).toMatch(/^Verdict: fail \(\d goals? fails?\)$/m);
    expect(first.exitCode).toBe(1);
    const again = await nflab(["grade", wrong, good]);
    expect(again.stdout).toBe(first.stdout);
  });

  it("reports a world pasted from another snapshot: the goals pass but the replay does not match", async () => {
    const r = await nflab(["grade", tampered()]);
    expect(r.stdout).toContain("All 4 goals pass.");
    expect(r.stdout).toMatch(/^✘ replay  the recorded commands, run again on a fresh lab, do not give the captured lab — it differs at files\.\/etc\/iptables\/rules\.v4\.content, namespaces\.lab\.netfilter\./m);
    expect(r.stdout).toMatch(/^Verdict: fail \(the commands do not give the captured lab\)$/m);
    expect(r.exitCode).toBe(1);
  });

  it("prints JSON with --json: each snapshot, its goals and its replay", async () => {
    const r = await nflab(["grade", good, wrong, "--json"]);
    const json = JSON.parse(r.stdout) as { pass: boolean; snapshots: Record<string, any>[] };
    expect(json.pass).toBe(false);
    expect(json.snapshots.map((s) => [s["file"], s["pass"]])).toEqual([[good, true], [wrong, false]]);
    expect(json.snapshots[0]).toMatchObject({ scenario: "docker/expose-to-one-ip", passed: 4, total: 4, scenarioChanged: false, replay: { matches: true, differences: [] }, commands: 3 });
    expect(json.snapshots[1]!["goals"].find((g: Record<string, unknown>) => g["id"] === "stopped-in-docker-user")).toMatchObject({ pass: false, reason: expect.any(String) });
    expect(r.exitCode).toBe(1);
  });

  it("says which file and which field is wrong, with status 2", async () => {
    const dir = mkdtempSync(join(tmpdir(), "nflab-grade-"));
    const bad = join(dir, "bad.json");
    writeFileSync(bad, JSON.stringify({ ...JSON.parse(readFileSync(good, "utf8")), backend: "iptables" }));
    const r = await nflab(["grade", bad, join(dir, "missing.json"), good]);
    expect(r.stderr).toBe(
      `nflab grade: ${bad}: backend: Invalid option: expected one of "nf_tables"|"legacy"\n` + `nflab grade: ${join(dir, "missing.json")}: No such file or directory`,
    );
    expect(r.stdout).toContain("Verdict: pass");
    expect(r.exitCode).toBe(2);
  });

  it("needs a file, and says so in the help", async () => {
    const r = await nflab(["grade"]);
    expect(r.stderr).toBe("nflab: grade needs a snapshot file: nflab grade FILE... [--json]\nTry 'nflab --help' for more information.");
    expect(r.exitCode).toBe(2);
    expect((await nflab(["--help"])).stdout).toContain("nflab grade FILE... [--json]");
  });
});
