import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname } from "node:path";
import { describe, expect, test } from "vitest";
import { RULES_V4 } from "../../engine/scenario/boot.js";
import { ProgressStore } from "../../lab/scenario/progress-store.js";
import { ScenarioSession } from "../../lab/scenario/scenario-session.js";
import { ScenarioShell } from "../../lab/scenario/scenario-shell.js";
import { fakeProbe } from "./support/fake-probe.js";
import { drillEntry, plain, recorder, tempDataDir } from "./support/drill.js";

const SOLUTION = [
  "iptables -A GUARD -p tcp --dport 8080 ! -s 203.0.113.7 -j DROP",
  "iptables -A GUARD -p tcp --dport 22 -s 203.0.113.8 -j REJECT",
  "iptables-save > /etc/iptables/rules.v4",
];

async function open(options: { store?: ProgressStore; fresh?: boolean } = {}) {
  const session = await ScenarioSession.open({ entry: drillEntry(), probe: fakeProbe, ...options });
  const shell = new ScenarioShell(session);
  const r = recorder();
  const run = async (line: string): Promise<string> => {
    r.out = "";
    await shell.runLine(line, r.sink);
    return plain(r.out);
  };
  return { session, shell, run };
}

const passing = (session: ScenarioSession) => session.results.filter((g) => g.pass).map((g) => g.id);

describe("scenario session", () => {
  test("a-fresh-scenario-boots-its-world-and-checks-the-goals", async () => {
    const { session } = await open();
    expect(session.notices).toEqual([]);
    expect(session.world.files[RULES_V4]).toBeUndefined();
    expect(passing(session)).toEqual(["alice-reaches"]);
    expect(session.results.find((g) => g.id === "bob-blocked")?.reason).toBe("bob → 198.51.100.10:8080: nothing stopped it, it reached lab:8080");
  });

  test("the-goals-are-checked-again-after-every-command", async () => {
    const { session, run } = await open();
    await run(SOLUTION[0]!);
    expect(passing(session)).toEqual(["alice-reaches", "bob-in-guard"]);
    expect(session.results.find((g) => g.id === "bob-blocked")?.reason).toBe("bob → 198.51.100.10:22: nothing stopped it, it reached lab:22");
    await run(SOLUTION[1]!);
    expect(passing(session)).toEqual(["alice-reaches", "bob-blocked", "bob-in-guard"]);
    const out = await run(SOLUTION[2]!);
    expect(passing(session)).toHaveLength(4);
    expect(out).toContain("All 4 goals pass");
  });

  test("goals-are-checked-on-a-copy-so-probes-leave-the-counters-alone", async () => {
    const { session, run } = await open();
    await run(SOLUTION[0]!);
    await session.refresh();
    const rule = session.world.namespaces["lab"]!.netfilter.nft.filter!.chains.find((c) => c.name === "GUARD")!.rules[0]!;
    expect(rule.counters).toEqual({ packets: 0, bytes: 0 });
  });

  test("reboot-keeps-the-disk-and-loses-the-rules-that-were-not-saved", async () => {
    const { session, run } = await open();
    const world = session.world;
    await run(SOLUTION[0]!);
    await run("echo kept > /root/note");
    const out = await run("reboot");
    expect(out).toContain("  restored: nothing: no rules were saved in /etc/iptables/rules.v4\n");
    expect(session.world).toBe(world);
    expect(await run("cat /root/note")).toBe("kept\n");
    expect(await run("iptables -S GUARD")).toBe("-N GUARD\n");
  });

  test("reboot-restores-the-saved-rules", async () => {
    const { run } = await open();
    for (const line of SOLUTION) await run(line);
    expect(await run("reboot")).toContain(`  restored: the rules saved in ${RULES_V4} (netfilter-persistent)\n`);
    expect(await run("iptables -S GUARD")).toBe(
      "-N GUARD\n-A GUARD ! -s 203.0.113.7/32 -p tcp -m tcp --dport 8080 -j DROP\n-A GUARD -s 203.0.113.8/32 -p tcp -m tcp --dport 22 -j REJECT --reject-with icmp-port-unreachable\n",
    );
  });

  test("reset-asks-first-then-starts-over-in-the-same-world-object", async () => {
    const { session, run } = await open();
    const world = session.world;
    await run(SOLUTION[0]!);
    await run("hint");
    expect(await run("reset")).toContain("run: reset --yes");
    expect(passing(session)).toHaveLength(2);
    expect(await run("reset --yes")).toContain("back at the start");
    expect(session.world).toBe(world);
    expect(passing(session)).toEqual(["alice-reaches"]);
    expect(session.hintsRevealed).toEqual([]);
    expect(await run("iptables -S GUARD")).toBe("-N GUARD\n");
  });

  test("hints-for-failing-goals-come-first-and-each-call-reveals-one-more", async () => {
    const { session, run } = await open();
    expect(await run("hint")).toContain("Hint 1 of 3 (for: after a reboot, bob is still stopped in GUARD)\nSave the rules with iptables-save > /etc/iptables/rules.v4.");
    expect(await run("hint")).toContain("Hint 2 of 3\nINPUT jumps to GUARD first; put your rule there.");
    expect(await run("hint")).toContain("No more hints for the goals that fail now (you have seen 2 of 3)");
    expect(session.hintsRevealed).toEqual([1, 0]);
    expect(await run("hint --all")).toContain("Hint 1 of 3");
  });

  test("check-prints-every-goal-and-fails-until-all-pass", async () => {
    const { shell, run } = await open();
    const out = await run("check");
    expect(out).toContain("✔ alice-reaches  alice reaches port 8080\n");
    expect(out).toContain("✘ bob-in-guard  bob is stopped in GUARD — bob → 198.51.100.10:8080: no rule stopped it (reached lab:8080)\n");
    expect(out).toContain("1 of 4 goals pass.");
    expect(shell.lastStatus).toBe(1);
    for (const line of SOLUTION) await run(line);
    expect(await run("check")).toContain("All 4 goals pass.");
    expect(shell.lastStatus).toBe(0);
  });

  test("why-shows-each-packet-of-the-first-failing-goal-and-traces-the-first-that-failed", async () => {
    const { run } = await open();
    await run(SOLUTION[0]!);
    const why = await run("why");
    expect(why).toContain(
      "✘ bob-blocked: bob cannot reach port 8080, nor port 22\n" +
        "  ✔ tcp from bob (203.0.113.8) to 198.51.100.10:8080: expected blocked (dropped, rejected or refused)\n" +
        "      result:   dropped: dropped by rule 1 of GUARD\n" +
        "      stopped:  in filter/GUARD by rule 1\n" +
        "  ✘ tcp from bob (203.0.113.8) to 198.51.100.10:22: expected blocked (dropped, rejected or refused)\n" +
        "      result:   delivered: reached lab:22\n" +
        "      so:       bob → 198.51.100.10:22: nothing stopped it, it reached lab:22\n",
    );
    expect(why).toContain("$ trace --from bob tcp 198.51.100.10:22\n");
    expect(await run("check --trace")).toContain("  ✘ tcp from bob (203.0.113.8) to 198.51.100.10:22");
    expect(await run("why bob-after-reboot")).toContain("This goal is checked after a reboot: run `reboot`, then `trace --from bob tcp 198.51.100.10:8080`.");
    expect(await run("why nope")).toContain('why: no goal "nope"');
  });

  test("solution-asks-first", async () => {
    const { run } = await open();
    expect(await run("solution")).toContain("run: solution --yes");
    expect(await run("solution --yes")).toContain(`    ${SOLUTION[0]}\n`);
  });

  test("task-and-scenarios-show-the-task-and-the-packs", async () => {
    const { run } = await open();
    expect(await run("task")).toContain("Only alice may reach port 8080\n\nThe lab host (lab, 198.51.100.10) serves port 8080.");
    expect(await run("scenarios")).toBe(
      "drill — Drills for the lab's own tests\n" +
        "  ▸ guard-port               beginner     Guard port 8080 with the GUARD chain  (you are here)\n\n" +
        "To switch: `exit`, then run `nflab play ID` (for example `nflab play drill/guard-port`).\n" +
        "Your progress in each scenario is kept.\n",
    );
  });

  test("without-a-packet-walk-every-goal-says-it-cannot-be-checked", async () => {
    const session = await ScenarioSession.open({ entry: drillEntry(), probe: undefined });
    expect(session.checkable).toBe(false);
    expect(session.results.every((g) => !g.pass && g.reason.startsWith("cannot be checked"))).toBe(true);
  });
});

describe("progress", () => {
  test("progress-is-saved-after-every-command-and-resumed", async () => {
    const store = new ProgressStore(tempDataDir());
    const first = await open({ store });
    await first.run(SOLUTION[0]!);
    await first.run("hint");
    const saved = JSON.parse(readFileSync(store.pathOf("drill/guard-port"), "utf8")) as Record<string, unknown>;
    expect(saved).toMatchObject({ format: 1, scenario: "drill/guard-port", hintsRevealed: [1], history: [SOLUTION[0], "hint"] });
    expect(saved["passed"]).toEqual(["alice-reaches", "bob-in-guard"]);

    const again = await open({ store });
    expect(again.session.notices).toEqual(["Resuming where you left off (2 commands run). `reset` starts the scenario over."]);
    expect(passing(again.session)).toEqual(["alice-reaches", "bob-in-guard"]);
    expect(again.session.hintsRevealed).toEqual([1]);
    expect(await again.run("iptables -S GUARD")).toContain("-j DROP");
  });

  test("reset-starts-the-saved-progress-over", async () => {
    const store = new ProgressStore(tempDataDir());
    const first = await open({ store });
    await first.run(SOLUTION[0]!);
    await first.run("reset --yes");
    const again = await open({ store });
    expect(passing(again.session)).toEqual(["alice-reaches"]);
    expect(again.session.history).toEqual([]);
  });

  test("an-unreadable-progress-file-is-ignored-with-a-one-line-notice", async () => {
    const store = new ProgressStore(tempDataDir());
    const path = store.pathOf("drill/guard-port");
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, "{ not json");
    const { session } = await open({ store });
    expect(session.notices).toEqual([`nflab: ignoring your saved progress in ${path}: it is not valid JSON; starting afresh`]);
    expect(passing(session)).toEqual(["alice-reaches"]);
  });

  test("progress-from-another-world-version-is-ignored", async () => {
    const store = new ProgressStore(tempDataDir());
    const first = await open({ store });
    await first.run("true");
    const path = store.pathOf("drill/guard-port");
    writeFileSync(path, readFileSync(path, "utf8").replace('"world":{"version":1', '"world":{"version":0'));
    const { session } = await open({ store });
    expect(session.notices).toHaveLength(1);
    expect(session.notices[0]).toMatch(/^nflab: ignoring your saved progress in .*: world version 0 is not supported \(this nflab reads version 1\); starting afresh$/);
  });

  test("fresh-ignores-saved-progress", async () => {
    const store = new ProgressStore(tempDataDir());
    await (await open({ store })).run(SOLUTION[0]!);
    const { session } = await open({ store, fresh: true });
    expect(passing(session)).toEqual(["alice-reaches"]);
  });
});
