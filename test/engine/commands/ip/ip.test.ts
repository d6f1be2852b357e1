import { describe, expect, it } from "vitest";
import { labShell } from "../../../support/lab-shell.js";

describe("ip on the default lab host", () => {
  it("shows-lo-and-eth0-with-their-addresses", async () => {
    const { run } = labShell();
    const r = await run("ip -br addr");
    expect(r.stdout).toBe("lo               UNKNOWN        127.0.0.1/8 ::1/128 \neth0             UP             10.0.2.15/24 fe80::5054:ff:fe9e:272f/64 \n");
  });

  it("routes-via-the-gateway", async () => {
    const { run } = labShell();
    expect((await run("ip route")).stdout).toBe("default via 10.0.2.2 dev eth0 \n10.0.2.0/24 dev eth0 proto kernel scope link src 10.0.2.15 \n");
    expect((await run("ip route get 1.1.1.1")).stdout).toBe("1.1.1.1 via 10.0.2.2 dev eth0 src 10.0.2.15 uid 0 \n    cache \n");
  });
});

describe("ip in a bare namespace", () => {
  it("makes-a-dummy-link-that-is-unknown-when-up", async () => {
    const { run } = labShell({ spec: { bare: true } });
    await run("ip link add d0 type dummy && ip link set d0 up");
    const r = await run("ip -br link show d0");
    expect(r.stdout).toMatch(/^d0 +UNKNOWN +[0-9a-f:]{17} <BROADCAST,NOARP,UP,LOWER_UP> \n$/);
  });

  it("runs-commands-in-a-named-namespace", async () => {
    const { run } = labShell({ spec: { bare: true } });
    await run("ip netns add red");
    await run("ip link add veth0 type veth peer name veth1 netns red");
    const inside = await run("ip netns exec red ip -br link");
    expect(inside.stdout).toMatch(/^lo +DOWN .*\nveth1@if2 +DOWN /);
    expect((await run("ip -n red -br link")).stdout).toBe(inside.stdout);
    expect((await run("ip netns list")).stdout).toBe("red (id: 0)\n");
  });

  it("fails-with-the-tools-words-and-status", async () => {
    const { run } = labShell({ spec: { bare: true } });
    expect(await run("ip link set nope up")).toMatchObject({ stderr: 'Cannot find device "nope"\n', exitCode: 1 });
    expect(await run("ip route add default via 10.0.0.1")).toMatchObject({ stderr: "Error: Nexthop has invalid gateway.\n", exitCode: 2 });
    expect(await run("ip route add bogus dev lo")).toMatchObject({ stderr: 'Error: any valid prefix is expected rather than "bogus".\n', exitCode: 1 });
    expect(await run("ip frob")).toMatchObject({ stderr: 'Object "frob" is unknown, try "ip help".\n', exitCode: 1 });
  });

  it("says-what-it-does-not-emulate", async () => {
    const { run } = labShell({ spec: { bare: true } });
    const r = await run("ip rule");
    expect(r.exitCode).toBe(255);
    expect(r.stderr).toContain("not emulated");
  });
});
