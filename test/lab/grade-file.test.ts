/**
 * Grading snapshot files: a passing and a failing solution, a tampered
 * world or command list, a changed scenario, the wall clock replayed, and
 * what cannot be replayed said plainly.
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { loadCatalog } from "../../lab/scenario/catalog.js";
import { gradeFile, type GradeContext } from "../../lab/scenario/grade-file.js";
import { gradeLines } from "../../lab/cli/grade-report.js";
import { styleFor } from "../../lab/scenario/markdown/style.js";
import { nflabVersion } from "../../lab/scenario/nflab-version.js";
import { ProgressStore } from "../../lab/scenario/progress-store.js";
import { ScenarioSession } from "../../lab/scenario/scenario-session.js";
import { ScenarioShell } from "../../lab/scenario/scenario-shell.js";
import { SnapshotFiles } from "../../lab/scenario/snapshot-files.js";
import { fakeProbe } from "./support/fake-probe.js";
import { DRILL_SCENARIOS, drillCatalog, drillEntry, plain } from "./support/drill.js";
import { playAndSnapshot } from "./support/snapshot-play.js";

const SOLUTION = [
  "iptables -A GUARD -p tcp --dport 8080 ! -s 203.0.113.7 -j DROP",
  "iptables -A GUARD -p tcp --dport 22 -s 203.0.113.8 -j REJECT",
  "iptables-save > /etc/iptables/rules.v4",
];

const context = (catalog = drillCatalog()): GradeContext => ({ catalog, probe: fakeProbe, nflab: nflabVersion() });
const play = (lines: readonly string[]) => playAndSnapshot(lines, { entry: drillEntry(), probe: fakeProbe });

async function grade(file: string, ctx = context()) {
  const graded = await gradeFile(file, ctx);
  if (!graded.ok) throw new Error(graded.problems.join("\n"));
  return graded;
}

function edit(file: string, change: (doc: Record<string, any>) => void): string {
  const doc = JSON.parse(readFileSync(file, "utf8")) as Record<string, any>;
  change(doc);
  const copy = join(mkdtempSync(join(tmpdir(), "nflab-edited-")), "edited.json");
  writeFileSync(copy, JSON.stringify(doc));
  return copy;
}

describe("nflab grade, one file", () => {
  test("a-finished-solution-passes-and-replays", async () => {
    const { file, out } = await play(SOLUTION);
    expect(plain(out)).toContain("scenario complete! `scenarios` lists what to try next.\n`snapshot` saves your work to a file, for a teacher to grade with `nflab grade`.\n");
    expect(plain(out)).toContain(`Snapshot saved: ${file}`);
    const { grade: g, snapshot } = await grade(file);
    expect(snapshot.commands.map((c) => c.line)).toEqual([...SOLUTION, `snapshot ${file}`]);
    expect(g.results.every((r) => r.pass)).toBe(true);
    expect(g.replay).toEqual({ commands: 4, matches: true, differences: [] });
    expect(g).toMatchObject({ scenarioChanged: false, notes: [], pass: true });
  });

  test("an-unfinished-solution-fails-its-goals-but-replays", async () => {
    const { file } = await play(SOLUTION.slice(0, 1));
    const { grade: g } = await grade(file);
    expect(g.results.filter((r) => !r.pass).map((r) => r.id)).toEqual(["bob-blocked", "bob-after-reboot"]);
    expect(g.replay.matches).toBe(true);
    expect(g.pass).toBe(false);
  });

  test("a-verdict-written-into-the-file-is-ignored", async () => {
    const { file } = await play(SOLUTION.slice(0, 1));
    const { grade: g } = await grade(edit(file, (d) => Object.assign(d, { pass: true, passed: ["bob-blocked", "bob-after-reboot"] })));
    expect(g.pass).toBe(false);
  });

  test("a-tampered-world-is-graded-on-its-goals-but-does-not-replay", async () => {
    const { file } = await play(SOLUTION.slice(0, 1));
    const { file: done } = await play(SOLUTION);
    // The finished lab pasted into the unfinished learner's file.
    const finishedWorld = JSON.parse(readFileSync(done, "utf8"))["world"];
    const { grade: g } = await grade(edit(file, (d) => void (d["world"] = finishedWorld)));
    expect(g.results.every((r) => r.pass)).toBe(true);
    expect(g.replay.matches).toBe(false);
    expect(g.replay.differences.length).toBeGreaterThan(0);
    expect(g.pass).toBe(false);
  });

  test("commands-taken-out-of-the-file-do-not-replay", async () => {
    const { file } = await play(SOLUTION);
    const { grade: g } = await grade(edit(file, (d) => d["commands"].splice(1, 1)));
    expect(g.replay.matches).toBe(false);
    expect(g.replay.differences.some((p) => p.startsWith("namespaces.lab.netfilter"))).toBe(true);
    expect(g.pass).toBe(false);
  });

  test("a-changed-scenario-is-reported-and-fails", async () => {
    const { file } = await play(SOLUTION);
    const dir = mkdtempSync(join(tmpdir(), "nflab-scenarios-"));
    cpSync(DRILL_SCENARIOS, dir, { recursive: true });
    const yaml = join(dir, "drill", "guard-port.yaml");
    writeFileSync(yaml, readFileSync(yaml, "utf8").replace("title: alice reaches port 8080", "title: alice still reaches port 8080"));
    const { grade: g } = await grade(file, context(loadCatalog(dir)));
    expect(g.scenarioChanged).toBe(true);
    expect(g.results.every((r) => r.pass)).toBe(true);
    expect(g.pass).toBe(false);
  });

  test("the-wall-clock-of-each-line-is-replayed", async () => {
    // The job ends 20 s of world time after it starts: only the recorded clock says whether it has by the last line.
    const lines = ["sleep 20 &", "true", ...SOLUTION];
    const { file } = await playAndSnapshot(lines, { entry: drillEntry(), probe: fakeProbe, stepMs: 7_000 });
    const { grade: g, snapshot } = await grade(file);
    expect(new Set(snapshot.commands.map((c) => c.wallMs)).size).toBe(snapshot.commands.length);
    expect(g.replay.matches).toBe(true);
    const { grade: timeless } = await grade(edit(file, (d) => d["commands"].forEach((c: Record<string, unknown>) => delete c["wallMs"])));
    expect(timeless.replay.matches).toBe(false);
    expect(timeless.notes[0]).toMatch(/^command 1 \(sleep 20 &\) has no recorded start time/);
  });

  test("random-numbers-from-the-real-computer-are-named-in-the-notes", async () => {
    const { file } = await play(["echo $RANDOM$RANDOM > /root/lucky", ...SOLUTION]);
    const { grade: g } = await grade(file);
    expect(g.notes).toEqual(["command 1 (echo $RANDOM$RANDOM > /root/lucky) uses $RANDOM, which comes from the real computer, not the lab: its replay may differ"]);
    expect(g.replay.matches).toBe(false);
    expect(g.replay.differences).toEqual(["files./root/lucky.content"]);
  });

  test("grading-twice-prints-the-same", async () => {
    const { file } = await play(SOLUTION.slice(0, 2));
    const text = async () => {
      const { snapshot, grade: g } = await grade(file);
      return gradeLines(file, snapshot, g, styleFor(false)).join("\n");
    };
    const first = await text();
    expect(await text()).toBe(first);
    expect(first.split("\n").at(-1)).toBe("Verdict: fail (1 goal fails)");
  });

  test("an-invalid-file-comes-back-as-its-problems", async () => {
    const { file } = await play([]);
    expect(await gradeFile(edit(file, (d) => void (d["commands"] = "all of them")), context())).toEqual({
      ok: false,
      problems: ["commands: Invalid input: expected array, received string"],
    });
    expect(await gradeFile(join(tmpdir(), "no-such-snapshot.json"), context())).toEqual({ ok: false, problems: ["No such file or directory"] });
    const other = await gradeFile(edit(file, (d) => void (d["scenario"]["id"] = "no-such")), context());
    expect(other.ok === false && other.problems[0]).toMatch(/^scenario: no scenario "drill\/no-such"/);
  });
});

describe("nflab grade, a session resumed from saved progress", () => {
  test("the-start-times-saved-with-progress-replay-after-a-resume", async () => {
    const store = new ProgressStore(mkdtempSync(join(tmpdir(), "nflab-data-")));
    const file = join(mkdtempSync(join(tmpdir(), "nflab-snap-")), "resumed.json");
    let realMs = 0;
    const sink = { stdout: () => {}, stderr: () => {} };
    for (const lines of [["sleep 30 &", SOLUTION[0]!], [SOLUTION[1]!, SOLUTION[2]!, `snapshot ${file}`]]) {
      const session = await ScenarioSession.open({ entry: drillEntry(), probe: fakeProbe, store, now: () => realMs, snapshots: new SnapshotFiles(tmpdir()) });
      const shell = new ScenarioShell(session);
      for (const line of lines) {
        realMs += 9_000;
        await shell.runLine(line, sink);
        shell.pendingNotices();
      }
    }
    const { grade: g, snapshot } = await grade(file);
    expect(snapshot.commands.every((c) => c.wallMs !== undefined)).toBe(true);
    expect(g.replay.matches).toBe(true);
    expect(g.pass).toBe(true);
  });
});
