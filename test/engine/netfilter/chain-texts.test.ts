import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { chainTexts } from "../../../engine/netfilter/chain-texts.js";
import { newUserChain } from "../../../engine/netfilter/tables.js";

describe("chainTexts", () => {
  it("hands out each chain's text by its position, across blocks, and nothing for an empty one", () => {
    // Texts up to 40,000 characters: forty chains or more fill several 256 KiB blocks.
    const text = fc.oneof(fc.constant(""), fc.string({ maxLength: 30 }), fc.string({ minLength: 1, maxLength: 4 }).map((s) => s.repeat(10_000)));
    fc.assert(
      fc.property(fc.array(text, { minLength: 40, maxLength: 300 }), (texts) => {
        const chains = texts.map((_, i) => newUserChain(`C${i}`));
        const byName = new Map(chains.map((c, i) => [c, texts[i]!]));
        const made = chainTexts(chains, (c, at) => {
          expect(chains[at]).toBe(c);
          // Built with += as the callers build theirs: a tree of pieces until chainTexts flattens it.
          let t = "";
          for (const piece of byName.get(c)!.match(/[\s\S]{1,7}/g) ?? []) t += piece;
          return t;
        });
        texts.forEach((t, i) => expect(made.at(i)).toBe(t === "" ? undefined : t));
      }),
      { numRuns: 60 },
    );
  });
});
