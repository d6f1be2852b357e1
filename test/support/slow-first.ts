/**
 * Test file order: the known slow files first, longest first, then the rest
 * in vitest's own order. The workers take files from one queue, so a slow
 * file started last keeps one core busy alone at the end; vitest orders by
 * the last run's durations only when it has them (not on a fresh clone,
 * where it puts the largest files first and the short fuzz shards last).
 */
import { relative } from "node:path";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/** Path prefixes, slowest first (measured with `npx vitest run --reporter=json`). */
export const SLOW_FILES: readonly string[] = [
  "test/conformance/kernel/",
  "test/engine/shell/fuzz-",
  "test/engine/network-fuzz",
  "test/conformance/iptables/",
  "test/e2e/check",
  "test/engine/commands/iptables/argv-fuzz",
  "test/e2e/",
  "test/conformance/",
];

function rank(root: string, spec: TestSpecification): number {
  const path = relative(root, spec.moduleId).split("\\").join("/");
  const index = SLOW_FILES.findIndex((prefix) => path.startsWith(prefix));
  return index === -1 ? SLOW_FILES.length : index;
}

export class SlowFirst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const base = await super.sort(files);
    const root = this.ctx.config.root;
    // Array.prototype.sort is stable: within a rank, vitest's order stays.
    return base.sort((a, b) => rank(root, a) - rank(root, b));
  }
}
