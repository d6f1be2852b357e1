/**
 * Commands keep nothing of a world once they are done with it: a lab that
 * opens scenario after scenario, or grades snapshot after snapshot, holds
 * one world at a time, not every world it ever restored rules into.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { LabShell } from "../../../../engine/shell/session.js";
import { createWorld } from "../../../../engine/world/spec.js";

setFlagsFromString("--expose-gc");
const collect = runInNewContext("gc") as () => void;

const RULES = [
  "*nat",
  ":KUBE-SERVICES - [0:0]",
  ":KUBE-SVC-A - [0:0]",
  "-A PREROUTING -m comment --comment portals -j KUBE-SERVICES",
  "-A KUBE-SERVICES -d 10.96.0.1/32 -p tcp -m tcp --dport 443 -j KUBE-SVC-A",
  "-A KUBE-SVC-A -m statistic --mode random --probability 0.5 -j DNAT --to-destination 10.0.0.2:6443",
  "COMMIT",
  "*filter",
  "-A INPUT -m set --match-set allowed src -j ACCEPT",
  "COMMIT",
  "",
].join("\n");

async function usedWorld(): Promise<WeakRef<object>> {
  const world = createWorld({ bare: true });
  world.files["/tmp/rules"] = { type: "file", content: RULES, mode: 0o644, mtimeMs: world.clock.nowMs };
  const shell = new LabShell({ world, interactive: false });
  const sink = { stdout: () => {}, stderr: () => {} };
  await shell.runScript("ipset create allowed hash:ip; iptables-restore < /tmp/rules; iptables-save; iptables -t nat -L -n -v; iptables -t nat -S", sink);
  return new WeakRef(world);
}

describe("a world the lab is done with", () => {
  it("is not kept by iptables-restore, iptables-save or iptables -L", async () => {
    const ref = await usedWorld();
    // A WeakRef's target stays until the job that made it ends.
    await new Promise((resolve) => setTimeout(resolve, 0));
    collect();
    expect(ref.deref()).toBeUndefined();
  });
});
