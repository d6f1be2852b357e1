import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { TextBuilder } from "../../../engine/netfilter/text-builder.js";

function built(pieces: readonly string[]): TextBuilder {
  const out = new TextBuilder();
  for (const p of pieces) out.push(p);
  return out;
}

describe("TextBuilder", () => {
  it("gives back the pieces in order, whole and in parts", () => {
    fc.assert(
      fc.property(fc.array(fc.string({ maxLength: 8 }), { maxLength: 3000 }), (pieces) => {
        const expected = pieces.join("");
        expect(built(pieces).text()).toBe(expected);
        expect(built(pieces).parts().join("")).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps texts given as parts in order among the pieces, long ones uncopied", () => {
    const entry = fc.oneof(fc.string({ maxLength: 8 }).map((t) => ({ part: false, t })), fc.string({ maxLength: 200 }).map((t) => ({ part: true, t })));
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 2000 }), (entries) => {
        const out = new TextBuilder();
        for (const e of entries) (e.part ? out.pushPart(e.t) : out.push(e.t));
        const expected = entries.map((e) => e.t).join("");
        const parts = out.parts();
        expect(parts.join("")).toBe(expected);
        for (const e of entries) if (e.part && e.t.length >= 64) expect(parts).toContain(e.t);
      }),
      { numRuns: 200 },
    );
  });

  it("keeps a large text in a few large blocks, in order", () => {
    // 200,000 rows of 40 characters: 8 MB, more than one block of joined chunks.
    const rows = Array.from({ length: 200_000 }, (_, i) => `-A KUBE-SEP-${String(i).padStart(16, "0")} -j X\n`);
    const out = built(rows);
    const parts = out.parts();
    expect(parts.length).toBeGreaterThan(1);
    expect(parts.length).toBeLessThan(rows.length / 1024);
    for (const part of parts.slice(0, -1)) expect(part.length).toBeGreaterThanOrEqual(256 * 1024);
    expect(parts.join("")).toBe(rows.join(""));
    expect(out.text()).toBe(rows.join(""));
  });

  it("is empty when nothing was pushed", () => {
    expect(new TextBuilder().text()).toBe("");
    expect(new TextBuilder().parts()).toEqual([]);
  });
});
