import { describe, expect, it } from "vitest";
import { warmUp } from "../../../engine/shell/warm-up.js";

describe("warmUp", () => {
  it("restores, saves and lists its sample without a complaint, once per process", async () => {
    // A sample the tools refused would leave V8 as cold as before, and say nothing about it.
    expect(await warmUp()).toBe("");
    expect(await warmUp()).toBe("");
  });
});
