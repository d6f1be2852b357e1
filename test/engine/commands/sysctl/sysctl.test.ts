import { describe, expect, it } from "vitest";
import { labShell } from "../../../support/lab-shell.js";

describe("sysctl", () => {
  it("reads-and-writes-a-key", async () => {
    const { run } = labShell();
    expect((await run("sysctl net.ipv4.ip_forward")).stdout).toBe("net.ipv4.ip_forward = 0\n");
    expect((await run("sysctl -w net.ipv4.ip_forward=1")).stdout).toBe("net.ipv4.ip_forward = 1\n");
    expect((await run("sysctl -n net.ipv4.conf.eth0.forwarding")).stdout).toBe("1\n");
    expect((await run("cat /proc/sys/net/ipv4/ip_forward")).stdout).toBe("1\n");
  });

  it("knows-which-keys-exist", async () => {
    const { run } = labShell();
    expect(await run("sysctl net.bridge.bridge-nf-call-iptables")).toMatchObject({
      stderr: "sysctl: cannot stat /proc/sys/net/bridge/bridge-nf-call-iptables: No such file or directory\n",
      exitCode: 1,
    });
    expect(await run("sysctl -w net.ipv4.ip_forward=yes")).toMatchObject({
      stderr: 'sysctl: setting key "net.ipv4.ip_forward": Invalid argument\n',
      exitCode: 1,
    });
  });

  it("lists-by-pattern-in-proc-order", async () => {
    const { run } = labShell();
    expect((await run("sysctl -a -r '^net\\.ipv4\\.conf\\..*\\.rp_filter$'")).stdout).toBe(
      "net.ipv4.conf.all.rp_filter = 0\nnet.ipv4.conf.default.rp_filter = 0\nnet.ipv4.conf.eth0.rp_filter = 0\nnet.ipv4.conf.lo.rp_filter = 0\n",
    );
  });

  it("is-per-namespace", async () => {
    const { run } = labShell();
    await run("ip netns add red");
    await run("ip netns exec red sysctl -w net.ipv4.ip_forward=1");
    expect((await run("sysctl -n net.ipv4.ip_forward")).stdout).toBe("0\n");
  });
});
