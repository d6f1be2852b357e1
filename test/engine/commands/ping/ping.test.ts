import { describe, expect, it } from "vitest";
import { labShell } from "../../../support/lab-shell.js";
import { TWO_NAMESPACES } from "../nc/two-namespaces.js";
import { formatG, statisticsBlock } from "../../../../engine/commands/ping/statistics.js";

async function lab() {
  const l = labShell();
  expect((await l.run(TWO_NAMESPACES)).stderr).toBe("");
  return l;
}

describe("ping", () => {
  it("prints replies and the statistics block", async () => {
    const { run, world } = await lab();
    const before = world.clock.nowMs;
    const r = await run("ip netns exec k-c ping -c 2 -i 0.2 10.1.0.2");
    expect(r.stdout.replace(/time=[\d.]+ ms/g, "time=0.050 ms").replace(/= [\d.]+\/[\d.]+\/[\d.]+\/[\d.]+ ms/, "= 0.050/0.050/0.050/0.000 ms")).toBe(
      "PING 10.1.0.2 (10.1.0.2) 56(84) bytes of data.\n" +
        "64 bytes from 10.1.0.2: icmp_seq=1 ttl=64 time=0.050 ms\n" +
        "64 bytes from 10.1.0.2: icmp_seq=2 ttl=64 time=0.050 ms\n" +
        "\n--- 10.1.0.2 ping statistics ---\n" +
        "2 packets transmitted, 2 received, 0% packet loss, time 200ms\n" +
        "rtt min/avg/max/mdev = 0.050/0.050/0.050/0.000 ms\n",
    );
    expect(r.exitCode).toBe(0);
    expect(world.clock.nowMs - before).toBe(200);
  });

  it("-q leaves out the per-packet lines; -I shows the source", async () => {
    const { run } = await lab();
    expect((await run("ip netns exec k-c ping -q -c 1 10.1.0.2")).stdout.split("\n")[1]).toBe("");
    expect((await run("ip netns exec k-c ping -c 1 -I veth-c 10.1.0.2")).stdout.split("\n")[0]).toBe("PING 10.1.0.2 (10.1.0.2) from 10.1.0.1 veth-c: 56(84) bytes of data.");
    expect((await run("ip netns exec k-c ping -c 1 -I 10.1.0.1 10.1.0.2")).stdout.split("\n")[0]).toBe("PING 10.1.0.2 (10.1.0.2) from 10.1.0.1 : 56(84) bytes of data.");
    expect(await run("ip netns exec k-c ping -c 1 -I eth9 10.1.0.2")).toMatchObject({ stderr: "ping: SO_BINDTODEVICE eth9: No such device\n", exitCode: 2 });
  });

  it("a neighbour that never answers: silent with one probe, an error per probe with four", async () => {
    const { run, world } = await lab();
    let before = world.clock.nowMs;
    const one = await run("ip netns exec k-c ping -c 1 -W 1 10.1.0.9");
    expect(one.stdout).toBe("PING 10.1.0.9 (10.1.0.9) 56(84) bytes of data.\n\n--- 10.1.0.9 ping statistics ---\n1 packets transmitted, 0 received, 100% packet loss, time 0ms\n\n");
    expect(one.exitCode).toBe(1);
    expect(world.clock.nowMs - before).toBe(1000);
    before = world.clock.nowMs;
    const four = await run("ip netns exec k-c ping -c 4 -i 0.5 10.1.0.9");
    expect(four.stdout).toBe(
      "PING 10.1.0.9 (10.1.0.9) 56(84) bytes of data.\n" +
        [1, 2, 3, 4].map((n) => `From 10.1.0.1 icmp_seq=${n} Destination Host Unreachable\n`).join("") +
        "\n--- 10.1.0.9 ping statistics ---\n4 packets transmitted, 0 received, +4 errors, 100% packet loss, time 1500ms\npipe 4\n",
    );
    expect(world.clock.nowMs - before).toBe(3000);
  });

  it("fails to send without a route", async () => {
    const { run } = await lab();
    expect(await run("ip netns exec k-c ping -c 1 10.9.9.9")).toMatchObject({ stdout: "", stderr: "ping: connect: Network is unreachable\n", exitCode: 2 });
    await run("ip -n k-c route add unreachable 10.6.0.0/24");
    await run("ip -n k-c route add prohibit 10.7.0.0/24");
    await run("ip -n k-c route add blackhole 10.8.0.0/24");
    expect((await run("ip netns exec k-c ping -c 1 10.6.0.1")).stderr).toBe("ping: connect: No route to host\n");
    expect((await run("ip netns exec k-c ping -c 1 10.7.0.1")).stderr).toBe("ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules\n");
    expect((await run("ip netns exec k-c ping -c 1 10.8.0.1")).stderr).toBe("ping: connect: Invalid argument\n");
  });

  it("pings localhost over ::1 first, as /etc/hosts lists it", async () => {
    const { run } = await lab();
    const r = await run("ip netns exec k-c ping -c 1 localhost");
    expect(r.stdout.split("\n").slice(0, 2)).toEqual(["PING localhost(localhost (::1)) 56 data bytes", "64 bytes from localhost (::1): icmp_seq=1 ttl=64 time=0.030 ms"]);
  });

  it("argument errors", async () => {
    const { run } = labShell();
    expect(await run("ping")).toMatchObject({ stderr: "ping: usage error: Destination address required\n", exitCode: 1 });
    expect(await run("ping -c 0 10.1.0.2")).toMatchObject({ stderr: "ping: invalid argument: '0': out of range: 1 <= value <= 9223372036854775807\n", exitCode: 1 });
    expect(await run("ping -c abc 10.1.0.2")).toMatchObject({ stderr: "ping: invalid argument: 'abc'\n", exitCode: 1 });
    const missing = await run("ping -c");
    expect(missing.stderr.startsWith("ping: option requires an argument -- 'c'\n\nUsage\n  ping [options] <destination>\n")).toBe(true);
    expect(missing.exitCode).toBe(2);
    expect((await run("ping -V")).stdout).toBe("ping from iputils 20221126\nlibcap: yes, IDN: yes, NLS: no, error.h: yes, getrandom(): yes, __fpending(): yes\n");
  });

  it("statistics: loss as %g of a float, errors, pipe", () => {
    expect(formatG(Math.fround(200 / 3))).toBe("66.6667");
    expect(formatG(50)).toBe("50");
    expect(statisticsBlock({ target: "h", transmitted: 3, received: 1, errors: 1, elapsedMs: 2002, rtts: [0.1], pipe: 1 })).toBe(
      "\n--- h ping statistics ---\n3 packets transmitted, 1 received, +1 errors, 66.6667% packet loss, time 2002ms\nrtt min/avg/max/mdev = 0.100/0.100/0.100/0.000 ms\n",
    );
  });
});
