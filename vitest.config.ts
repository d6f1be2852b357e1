import { availableParallelism } from "node:os";
import { defineConfig } from "vitest/config";
import { SlowFirst } from "./test/support/slow-first.js";

export default defineConfig({
  test: {
    include: ["test/**/*.test.ts", "test/**/*.test.tsx"],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // A worker per core. Vitest's default is one fewer, which on a 2-core machine is one worker:
    // the whole suite in series.
    maxWorkers: availableParallelism(),
    // A worker keeps the modules it imported from one test file to the next instead of importing
    // the engine again for each file (about a fifth of the suite's CPU time). Test files and their
    // helpers therefore must not leave state behind: no hooks registered when a helper is imported
    // (they would run for the first file only: use onTestFinished), no globals or process.env left
    // changed. The engine keeps no state between worlds beyond caches keyed by them.
    isolate: false,
    sequence: { sequencer: SlowFirst },
  },
});
