import { describe, expect, it } from "vitest";
import { OptionIds } from "../../../engine/netfilter/extension.js";

describe("OptionIds", () => {
  it("holds each id once, in the order given, past the two kept in fields", () => {
    const seen = new OptionIds();
    expect(seen.size).toBe(0);
    expect(seen.has("dport")).toBe(false);
    for (const id of ["dport", "sport", "dport", "tcp-flags", "syn", "sport"]) seen.add(id);
    expect(seen.size).toBe(4);
    expect([...seen]).toEqual(["dport", "sport", "tcp-flags", "syn"]);
    expect(["dport", "sport", "tcp-flags", "syn"].every((id) => seen.has(id))).toBe(true);
    expect(seen.has("tcp-option")).toBe(false);
  });
});
