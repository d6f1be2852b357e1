/**
 * How the lab's process asks V8 to size its heap.
 *
 * V8 decides how far the heap may grow before its next full collection from
 * the allocation rate it saw lately. After a pause (a learner reading the
 * task, or the benchmark's turn with the real tools) it allows little
 * growth, and a burst that builds a large table — kube-proxy's 150,000
 * rules, 57 MB kept — then pays for one or two full collections and runs
 * much of its time with marking barriers on: measured, 1.2 s instead of
 * 0.8 s for the restore after six idle seconds (--trace-gc: two
 * mark-compacts instead of none). The lab fixes the factor at 4, the one V8
 * itself uses for a busy program, whatever happened just before. The cost
 * is memory that waits longer to be collected: the heap may grow to four
 * times what is live before a full collection.
 */
import { setFlagsFromString } from "node:v8";
export function tuneHeap() {
    setFlagsFromString("--heap-growing-percent=300");
}
//# sourceMappingURL=heap-tuning.js.map