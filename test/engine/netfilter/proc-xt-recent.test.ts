/** /proc/net/xt_recent: the lists the rules name, their addresses, and writes to them. */
import { describe, expect, it } from "vitest";
import { LabFs } from "../../../engine/fs/lab-fs.js";
import { xtRecentMount } from "../../../engine/netfilter/proc-xt-recent.js";
import { sharedState } from "../../../engine/netfilter/types.js";
import { newLab } from "../commands/iptables/lab.js";

describe("/proc/net/xt_recent", () => {
  it("lists the names rules use in either backend, and shows and edits a list", () => {
    const lab = newLab("nf_tables");
    const nf = lab.world.namespaces["lab"]!.netfilter;
    lab.run(["iptables", "-A", "INPUT", "-m", "recent", "--set", "--name", "SSH"]);
    lab.run(["iptables-legacy", "-A", "INPUT", "-m", "recent", "--rcheck"]);
    const bootMs = lab.world.clock.nowMs - 1000;
    const fs = new LabFs(lab.world.files, () => lab.world.clock.nowMs, () => [xtRecentMount(() => nf, () => lab.world.clock.nowMs, () => bootMs)]);
    expect(fs.readdir("/proc/net/xt_recent").sort()).toEqual(["DEFAULT", "SSH"]);
    expect(fs.readFile("/proc/net/xt_recent/SSH")).toBe("");
    fs.writeFile("/proc/net/xt_recent/SSH", "+10.0.0.7\n");
    const list = sharedState(nf, "xt_recent/SSH") as { entries: Record<string, { times: number[]; ttl: number }> };
    expect(Object.keys(list.entries)).toEqual(["10.0.0.7"]);
    // 1000 ms after boot at HZ 250 is 250 jiffies past the start value.
    expect(fs.readFile("/proc/net/xt_recent/SSH")).toBe("src=10.0.0.7 ttl: 0 last_seen: 4294892546 oldest_pkt: 1 4294892546\n");
    fs.writeFile("/proc/net/xt_recent/SSH", "/\n");
    expect(fs.readFile("/proc/net/xt_recent/SSH")).toBe("");
    expect(fs.exists("/proc/net/xt_recent/OTHER")).toBe(false);
  });
});
