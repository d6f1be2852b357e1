/**
 * A scenario's fingerprint: SHA-256 of its content as nflab read it (the
 * parsed YAML in canonical JSON), so a change to its world, task, goals or
 * boot commands changes it, while comments and YAML layout do not. The
 * backend is left out: `--backend` may override it, and a snapshot records
 * the backend it was played on.
 */
import { createHash } from "node:crypto";
import type { Scenario } from "../../engine/scenario/schema.js";
import { canonicalJson } from "../../snapshots/canonical-json.js";

export function scenarioHash(scenario: Scenario): string {
  const { backend: _backend, ...world } = scenario.world;
  return createHash("sha256").update(canonicalJson({ ...scenario, world })).digest("hex");
}
