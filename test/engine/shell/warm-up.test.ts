import { describe, expect, it } from "vitest";
import { sampleRules, warmUp } from "../../../engine/shell/warm-up.js";
import { labShell } from "../../support/lab-shell.js";

describe("warmUp", () => {
  // A sample the tools refused would leave V8 as cold as before, and say nothing about it.
  it("has a sample that iptables-restore takes whole", async () => {
    const { world, run } = labShell({ spec: { bare: true } });
    world.files["/tmp/sample.rules"] = { type: "file", content: sampleRules(), mode: 0o644, mtimeMs: world.clock.nowMs };
    const restored = await run("iptables-restore < /tmp/sample.rules");
    expect(restored.stderr).toBe("");
    expect(restored.exitCode).toBe(0);
    // nat: 7 fixed rules, 11 per service (200), the nodeports rule; filter: 9.
    expect((await run("iptables-save -t nat | grep -c '^-A'")).stdout).toBe("2208\n");
    expect((await run("iptables-save -t filter | grep -c '^-A'")).stdout).toBe("9\n");
  });

  it("runs once per process, and says nothing when all went well", async () => {
    expect(await warmUp()).toBe("");
    expect(await warmUp()).toBe("");
  });
});
