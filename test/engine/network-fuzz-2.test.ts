/** Shard 2 of the network tools' 2,000 random command sequences (network-fuzz-sequences.ts). */
import { describe, it } from "vitest";
import { answersRandomSequences, SEQUENCES_PER_SHARD, SHARDS } from "./network-fuzz-sequences.js";

describe("the network tools under random command sequences", () => {
  it(`answer ${SEQUENCES_PER_SHARD} sequences (shard 2 of ${SHARDS}) without an exception or a hang, keep the world whole, and change nothing when a single change fails`, () =>
    answersRandomSequences(2), 300_000);
});
