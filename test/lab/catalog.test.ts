import { describe, expect, test } from "vitest";
import { DEFAULT_SCENARIO, findScenario, loadCatalog } from "../../lab/scenario/catalog.js";
import { drillCatalog } from "./support/drill.js";

describe("catalog", () => {
  test("the-default-scenario-is-in-the-scenarios-this-nflab-ships", () => {
    const found = findScenario(loadCatalog(), DEFAULT_SCENARIO);
    expect(found.ok && found.entry.scenario.id).toBe("expose-to-one-ip");
  });

  test("a-scenario-is-found-by-pack-and-id-or-by-id-alone", () => {
    const catalog = drillCatalog();
    for (const ref of ["drill/guard-port", "guard-port"]) {
      const found = findScenario(catalog, ref);
      expect(found.ok && found.entry.ref).toBe("drill/guard-port");
    }
  });

  test("an-unknown-scenario-lists-the-known-ones", () => {
    const found = findScenario(drillCatalog(), "nope");
    expect(found).toEqual({
      ok: false,
      message: 'no scenario "nope". The scenarios are:\n  drill/guard-port             Guard port 8080 with the GUARD chain',
    });
  });

  test("a-missing-folder-says-so", () => {
    const found = findScenario(loadCatalog("/nonexistent/scenarios"), "x");
    expect(found.ok).toBe(false);
    expect(!found.ok && found.message).toContain("/nonexistent/scenarios: No such directory");
  });
});
