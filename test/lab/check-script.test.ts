import { describe, expect, test } from "vitest";
import { checkJson, checkScript } from "../../lab/scenario/check-script.js";
import { fakeProbe } from "./support/fake-probe.js";
import { drillEntry, recorder } from "./support/drill.js";

const entry = drillEntry();
const check = (script: string) => checkScript({ entry, script, probe: fakeProbe, sink: recorder().sink });

describe("checking a script against a scenario", () => {
  test.each(entry.scenario.checks.correct.map((script, i) => [i, script] as const))("correct-solution-%i-passes-every-goal", async (_, script) => {
    const result = await check(script);
    expect(result.results.filter((r) => !r.pass)).toEqual([]);
  });

  test.each(entry.scenario.checks.wrong.map((w) => [w.fails, w.script] as const))("a-wrong-solution-fails-%s", async (goal, script) => {
    const result = await check(script);
    expect(result.results.find((r) => r.id === goal)?.pass).toBe(false);
  });

  test("the-reference-solution-passes", async () => {
    expect((await check(entry.scenario.solution)).results.every((r) => r.pass)).toBe(true);
  });

  test("the-script-may-reboot-the-lab-and-its-output-goes-to-the-sink", async () => {
    const r = recorder();
    const result = await checkScript({ entry, script: "iptables -A GUARD -s 203.0.113.8 -j DROP\nreboot\niptables -S GUARD\n", probe: fakeProbe, sink: r.sink });
    expect(r.out).toContain("The lab host rebooted");
    expect(r.out).toContain("-N GUARD\n");
    expect(result.results.find((g) => g.id === "bob-in-guard")?.pass).toBe(false);
  });

  test("json-has-the-scenario-the-count-and-each-goal", async () => {
    const result = await check("iptables -A GUARD -s 203.0.113.8 -j DROP\nfalse\n");
    const reason = "bob → 198.51.100.10:8080: no rule stopped it (reached lab:8080)";
    expect(checkJson("drill/guard-port", result)).toEqual({
      scenario: "drill/guard-port",
      pass: false,
      passed: 3,
      total: 4,
      goals: [
        {
          id: "alice-reaches",
          title: "alice reaches port 8080",
          pass: true,
          reason: "",
          check: { from: "alice", to: "198.51.100.10:8080", proto: "tcp", reaches: true },
          outcome: { end: "delivered", socket: { ns: "lab", port: 8080 }, summary: "reached lab:8080" },
        },
        expect.objectContaining({ id: "bob-blocked", pass: true }),
        expect.objectContaining({ id: "bob-in-guard", pass: true }),
        expect.objectContaining({ id: "bob-after-reboot", pass: false, reason }),
      ],
      script: { exitCode: 1 },
      warnings: [],
    });
  });
});
