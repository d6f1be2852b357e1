import { describe, expect, it } from "vitest";
import { labShell } from "../../../support/lab-shell.js";

describe("bridge link", () => {
  it("lists-ports-with-stp-state", async () => {
    const { run } = labShell({ spec: { bare: true } });
    await run("ip link add br0 type bridge && ip link add veth0 type veth peer name veth1 && ip link set veth0 master br0");
    await run("ip link set br0 up && ip link set veth0 up && ip link set veth1 up");
    expect((await run("bridge link")).stdout).toBe("4: veth0@veth1: <BROADCAST,MULTICAST,UP,LOWER_UP> mtu 1500 master br0 state forwarding priority 32 cost 2 \n");
    expect((await run("bridge -j link")).stdout).toBe(
      '[{"ifindex":4,"link":"veth1","ifname":"veth0","flags":["BROADCAST","MULTICAST","UP","LOWER_UP"],"mtu":1500,"master":"br0","state":"forwarding","priority":32,"cost":2}]\n',
    );
  });
});
