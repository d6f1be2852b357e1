/**
 * Guided scenarios in the lab: finding them (catalog), one learner's session
 * in one (world, goals, hints, progress), the commands it adds to the shell,
 * and grading a script against one (`nflab check`). Node I/O lives here and
 * in lab/cli only; the pure rules (goals, hints, progress format) are in
 * engine/scenario.
 */
export { DEFAULT_SCENARIO, findScenario, loadCatalog, type Catalog, type CatalogEntry } from "./catalog.js";
export { checkJson, checkScript, type ScriptCheck } from "./check-script.js";
export { scenarioGreeting } from "./greeting.js";
export { loadProbeRunner } from "./probe-runner.js";
export { ProgressStore } from "./progress-store.js";
export { ScenarioSession, type ScenarioSessionOptions } from "./scenario-session.js";
export { ScenarioShell } from "./scenario-shell.js";
