import { describe, expect, test } from "vitest";
import { createWorld } from "../../engine/world/spec.js";
import { formatSnapshot, type Snapshot } from "../../snapshots/format.js";
import { parseSnapshot } from "../../snapshots/parse.js";
import { scenarioHash } from "../../lab/scenario/scenario-hash.js";
import { drillEntry } from "../lab/support/drill.js";

function snapshot(): Snapshot {
  return {
    format: "nflab-snapshot",
    version: 1,
    nflab: "0.1.0",
    scenario: { pack: "drill", id: "guard-port", sha256: "a".repeat(64) },
    backend: "nf_tables",
    commands: [{ line: "iptables -A GUARD -j DROP", wallMs: 1_700_000_000_000 }, { line: "snapshot", wallMs: 1_700_000_001_500 }],
    world: createWorld(),
  };
}

const edited = (change: (doc: Record<string, any>) => void): string => {
  const doc = JSON.parse(formatSnapshot(snapshot())) as Record<string, any>;
  change(doc);
  return JSON.stringify(doc);
};

describe("snapshot format", () => {
  test("a-formatted-snapshot-reads-back-the-same", () => {
    const parsed = parseSnapshot(formatSnapshot(snapshot()));
    expect(parsed.ok).toBe(true);
    expect(parsed.ok && parsed.snapshot).toEqual(JSON.parse(JSON.stringify(snapshot())));
  });

  test("the-file-puts-the-readable-fields-first-and-the-world-last", () => {
    const text = formatSnapshot(snapshot());
    expect(text.split("\n").slice(0, 3)).toEqual(["{", '  "format": "nflab-snapshot",', '  "version": 1,']);
    expect(text).toMatch(/\n {2}"world": \{.*\}\n\}\n$/);
  });

  test("each-problem-names-its-field", () => {
    const parsed = parseSnapshot(edited((d) => {
      d["commands"][1]["line"] = 7;
      d["scenario"]["sha256"] = "xyz";
      delete d["backend"];
    }));
    expect(parsed.ok).toBe(false);
    const problems = parsed.ok ? [] : parsed.problems;
    expect(problems.some((p) => p.startsWith("commands[1].line: "))).toBe(true);
    expect(problems).toContain("scenario.sha256: 64 lowercase hex digits");
    expect(problems.some((p) => p.startsWith("backend: "))).toBe(true);
  });

  test("a-world-of-another-version-is-refused", () => {
    const parsed = parseSnapshot(edited((d) => void (d["world"]["version"] = 99)));
    expect(parsed).toEqual({ ok: false, problems: ["world.version: this nflab reads worlds of version 1"] });
  });

  test("a-newer-snapshot-version-says-to-upgrade", () => {
    expect(parseSnapshot(edited((d) => void (d["version"] = 2)))).toEqual({
      ok: false,
      problems: ["version: the snapshot has version 2; this nflab reads version 1 (a newer nflab took it: upgrade nflab)"],
    });
  });

  test("other-json-and-non-json-are-not-snapshots", () => {
    expect(parseSnapshot('{"format": "progress"}')).toEqual({ ok: false, problems: ['not an nflab snapshot (it has no "format": "nflab-snapshot")'] });
    const parsed = parseSnapshot("{ oops");
    expect(parsed.ok === false && parsed.problems[0]).toMatch(/^not valid JSON \(/);
  });
});

describe("scenario fingerprint", () => {
  test("a-changed-goal-changes-it-the-backend-does-not", () => {
    const scenario = drillEntry().scenario;
    const hash = scenarioHash(scenario);
    expect(scenarioHash({ ...scenario, world: { ...scenario.world, backend: "legacy" } })).toBe(hash);
    expect(scenarioHash({ ...scenario, goals: scenario.goals.map((g, i) => (i === 0 ? { ...g, title: "changed" } : g)) })).not.toBe(hash);
  });
});
