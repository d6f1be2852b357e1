/** Shard 1 of the shell's 10,000 random lines (fuzz-lines.ts). */
import { describe, it } from "vitest";
import { answersRandomLines, LINES_PER_SHARD, SHARDS } from "./fuzz-lines.js";

describe("lab shell under random input", () => {
  it(`answers ${LINES_PER_SHARD} random lines (shard 1 of ${SHARDS}) without an exception, and a line that does not parse changes nothing`, () =>
    answersRandomLines(1), 120_000);
});
