import { describe, expect, it } from "vitest";
import { labShell } from "../../../support/lab-shell.js";

describe("bridge fdb", () => {
  it("lists-ports-learned-and-own-macs-then-each-devices-multicast-list", async () => {
    const { run } = labShell({ spec: { bare: true } });
    await run("ip link add br0 type bridge && ip link add veth0 address 02:00:00:00:00:a0 type veth peer name veth1 address 02:00:00:00:00:a1");
    expect((await run("bridge fdb show")).stdout).toMatch(/^33:33:00:00:00:01 dev br0 self permanent\n\S+ dev br0 master br0 permanent\n33:33:00:00:00:01 dev veth1 self permanent\n33:33:00:00:00:01 dev veth0 self permanent\n$/);
    await run("ip link set veth0 master br0 && ip link set br0 up && ip link set veth0 up && ip link set veth1 up && sleep 2");
    expect((await run("bridge fdb show dev veth0")).stdout).toBe(
      "02:00:00:00:00:a1 master br0 \n02:00:00:00:00:a0 master br0 permanent\n33:33:00:00:00:01 self permanent\n01:00:5e:00:00:01 self permanent\n33:33:ff:00:00:a0 self permanent\n",
    );
    expect((await run("bridge fdb show br br0")).stdout).toBe(
      [
        "33:33:00:00:00:01 dev br0 self permanent",
        "01:00:5e:00:00:6a dev br0 self permanent",
        "33:33:00:00:00:6a dev br0 self permanent",
        "01:00:5e:00:00:01 dev br0 self permanent",
        "33:33:ff:00:00:a0 dev br0 self permanent",
        "02:00:00:00:00:a1 dev veth0 master br0 ",
        "02:00:00:00:00:a0 dev veth0 master br0 permanent",
        "33:33:00:00:00:01 dev veth0 self permanent",
        "01:00:5e:00:00:01 dev veth0 self permanent",
        "33:33:ff:00:00:a0 dev veth0 self permanent",
        "",
      ].join("\n"),
    );
    expect(await run("bridge fdb add 02:00:00:00:00:99 dev veth0")).toMatchObject({ exitCode: 255, stderr: "nflab: bridge fdb add is not emulated\n" });
    expect((await run("bridge -j fdb show dynamic")).stdout).toBe('[{"mac":"02:00:00:00:00:a1","ifname":"veth0","flags":[],"master":"br0","state":""}]\n');
    expect((await run("bridge fdb show br veth0")).stdout).toBe("");
    expect((await run("bridge fdb show vlan 1")).stdout).toBe("");
  });
});
