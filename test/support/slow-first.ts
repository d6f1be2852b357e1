/**
 * Test file order: the longest first. The workers take files from one queue,
 * so a slow file started last keeps one core busy alone at the end. A file's
 * length is what it took in the last run (vitest's results cache) or, on a
 * fresh clone without one, the estimate below; vitest itself would put the
 * largest files first there, and the short fuzz shards last.
 */
import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** Path prefixes of the slow files and about how long each file takes on one idle core (ms). */
export const SLOW_FILES: readonly (readonly [prefix: string, ms: number])[] = [
  ["test/conformance/kernel/", 25_000],
  ["test/engine/network-fuzz-regressions", 1_000],
  ["test/engine/network-fuzz", 25_000],
  ["test/conformance/iptables/", 15_000],
  ["test/e2e/check", 12_000],
  ["test/e2e/grade", 13_000],
  ["test/engine/shell/fuzz-", 8_000],
  ["test/e2e/", 8_000],
  ["test/engine/commands/iptables/argv-fuzz", 6_000],
  ["test/conformance/", 4_000],
  ["test/lab/grade-file", 4_000],
];

function estimate(path: string): number {
  return SLOW_FILES.find(([prefix]) => path.startsWith(prefix))?.[1] ?? 0;
}

export class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const root = this.ctx.config.root;
    const length = new Map<TestSpecification, number>();
    for (const spec of base) {
      const path = relative(root, spec.moduleId);
      const last = this.ctx.cache.getFileTestResults(`${spec.project.name}:${path}`);
      length.set(spec, last?.duration ?? estimate(path.split("\\").join("/")));
    }
    // Array.prototype.sort is stable: files of equal length keep vitest's order.
    return base.sort((a, b) => (length.get(b) ?? 0) - (length.get(a) ?? 0));
  }
}
