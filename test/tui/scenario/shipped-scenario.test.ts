/**
 * The first shipped scenario, docker/expose-to-one-ip, played in the TUI on
 * the real packet walk: the goals turn ✔ as its reference solution is typed.
 * Runs once engine/scenario/run-probe.ts exists.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { findScenario, loadCatalog } from "../../../lab/scenario/catalog.js";
import { scenarioGreeting } from "../../../lab/scenario/greeting.js";
import { loadProbeRunner } from "../../../lab/scenario/probe-runner.js";
import { ScenarioSession } from "../../../lab/scenario/scenario-session.js";
import { ScenarioShell } from "../../../lab/scenario/scenario-shell.js";
import { startLab } from "../harness/start-lab.js";

const HAS_WALK = existsSync(join(import.meta.dirname, "..", "..", "..", "engine", "scenario", "run-probe.ts"));

describe.runIf(HAS_WALK)("docker/expose-to-one-ip in the TUI", () => {
  test("the-reference-solution-turns-every-goal-green", async () => {
    const catalog = loadCatalog();
    const found = findScenario(catalog, "docker/expose-to-one-ip");
    if (!found.ok) throw new Error(found.message);
    const session = await ScenarioSession.open({ entry: found.entry, probe: await loadProbeRunner(), catalog });
    expect(session.notices).toEqual([]);
    const lab = await startLab({ shell: new ScenarioShell(session), greeting: scenarioGreeting(session), goals: session });
    const n = found.entry.scenario.goals.length;
    expect((await lab.screen()).find((row) => row.startsWith("Goals "))).toBe(`Goals 0/${n} · check · why · hint · task · reset · solution · scenarios`);
    for (const line of found.entry.scenario.solution.trimEnd().split("\n")) lab.type(`${line}\r`);
    const screen = await lab.waitFor((s) => s.some((row) => row.startsWith(`Goals ${n}/${n} `)), 10_000);
    expect(screen).toContain(`✔ All ${n} goals pass — scenario complete! \`scenarios\` lists what to try next.`);
  });
});
