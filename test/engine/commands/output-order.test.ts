import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { stdoutInParts } from "../../../engine/commands/output-order.js";

describe("stdoutInParts", () => {
  it("gives a terminal the parts in order in groups of 256 KiB, then the stderr", () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 100_000 }), { maxLength: 40 }), fc.string({ maxLength: 3 }), (sizes, stderr) => {
        const parts = sizes.map((n, i) => String.fromCharCode(97 + (i % 26)).repeat(n));
        const result = stdoutInParts(parts, stderr, 0);
        const out = result.output!.filter((c) => c.fd === 1).map((c) => c.text);
        expect(out.join("")).toBe(parts.join(""));
        for (const group of out.slice(0, -1)) expect(group.length).toBeGreaterThanOrEqual(256 * 1024);
        expect(result.output!.filter((c) => c.fd === 2).map((c) => c.text)).toEqual(stderr === "" ? [] : [stderr]);
        if (stderr !== "") expect(result.output!.at(-1)).toEqual({ fd: 2, text: stderr });
        expect(result.stdout).toBe(parts.join(""));
      }),
      { numRuns: 100 },
    );
  });
});
