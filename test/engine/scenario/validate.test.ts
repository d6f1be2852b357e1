import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { scenarioJsonSchemas } from "../../../engine/scenario/json-schema.js";
import { checkPack } from "../../../engine/scenario/pack.js";
import { formatProblem } from "../../../engine/scenario/problems.js";

const ROOT = join(import.meta.dirname, "..", "..", "..");

function packFiles(dir: string) {
  const files: Record<string, string> = {};
  for (const name of readdirSync(join(ROOT, dir))) if (name.endsWith(".yaml")) files[name] = readFileSync(join(ROOT, dir, name), "utf8");
  return { dir, files };
}

describe("scenario packs", () => {
  const packs = readdirSync(join(ROOT, "scenarios"), { withFileTypes: true }).filter((d) => d.isDirectory());

  it.each(packs.map((d) => d.name))("built-in pack %s has no problems", (name) => {
    const result = checkPack(packFiles(`scenarios/${name}`));
    expect(result.problems.map(formatProblem)).toEqual([]);
    expect(result.pack?.scenarios.length).toBeGreaterThan(0);
  });

  it("reports every problem of a broken pack with its file and line", () => {
    const result = checkPack(packFiles("test/fixtures/broken-pack"));
    expect(result.problems.map(formatProblem)).toEqual([
      "test/fixtures/broken-pack/first.yaml:4:13: difficulty: Invalid option: expected one of \"beginner\"|\"intermediate\"|\"advanced\"",
      "test/fixtures/broken-pack/first.yaml:8:16: world.hosts.0.address: an IPv4 address such as 203.0.113.7",
      'test/fixtures/broken-pack/first.yaml:14:17: goals.0.checks.0.from: "nobody" is not a host of this world (hosts: lab, alice)',
      'test/fixtures/broken-pack/first.yaml:17:18: hints.0.whenFailing: no goal has the id "g2"',
      'test/fixtures/broken-pack/first.yaml:19:1: unknown field "colour"',
      'test/fixtures/broken-pack/pack.yaml: scenarios: lists "missing" but there is no missing.yaml',
      "test/fixtures/broken-pack/stray.yaml: not listed in pack.yaml's scenarios",
    ]);
  });

  it("ships JSON Schemas that match the zod schemas (run npm run schemas after changing them)", () => {
    for (const [name, text] of Object.entries(scenarioJsonSchemas())) {
      expect(readFileSync(join(ROOT, "scenarios", name), "utf8")).toBe(text);
    }
  });
});
