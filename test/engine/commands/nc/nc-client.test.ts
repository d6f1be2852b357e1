import { describe, expect, it } from "vitest";
import { labShell } from "../../../support/lab-shell.js";
import { TWO_NAMESPACES } from "./two-namespaces.js";

async function lab() {
  const l = labShell();
  const setup = await l.run(TWO_NAMESPACES);
  expect(setup.stderr).toBe("");
  return l;
}

describe("nc as a client", () => {
  it("succeeds against a listener, then is refused once the one-shot listener has exited", async () => {
    const { run, world } = await lab();
    await run("ip netns exec k-s nc -l 80 >/dev/null &");
    const first = await run("ip netns exec k-c nc -vz -w 1 10.1.0.2 80");
    expect(first).toMatchObject({ stderr: "Connection to 10.1.0.2 80 port [tcp/http] succeeded!\n", exitCode: 0 });
    expect(world.processes.jobs[0]?.blockedOn).toBeUndefined();
    const second = await run("ip netns exec k-c nc -vz -w 1 10.1.0.2 80");
    expect(second).toMatchObject({ stderr: "nc: connect to 10.1.0.2 port 80 (tcp) failed: Connection refused\n", exitCode: 1 });
  });

  it("keeps a -k listener for every connection", async () => {
    const { run } = await lab();
    await run("ip netns exec k-s nc -lk 8080 >/dev/null &");
    for (let i = 0; i < 3; i++) {
      expect((await run("ip netns exec k-c nc -vz 10.1.0.2 8080")).stderr).toBe("Connection to 10.1.0.2 8080 port [tcp/http-alt] succeeded!\n");
    }
  });

  it("says nothing without -v", async () => {
    const { run } = await lab();
    expect(await run("ip netns exec k-c nc -z 10.1.0.2 81")).toMatchObject({ stderr: "", exitCode: 1 });
  });

  it("reports an unreachable network at once", async () => {
    const { run, world } = await lab();
    const before = world.clock.nowMs;
    const r = await run("ip netns exec k-c nc -vz -w 1 10.9.9.9 80");
    expect(r).toMatchObject({ stderr: "nc: connect to 10.9.9.9 port 80 (tcp) failed: Network is unreachable\n", exitCode: 1 });
    expect(world.clock.nowMs).toBe(before);
  });

  it("times out after -w when no neighbour answers, and fails with No route to host after 3 s otherwise", async () => {
    const { run, world } = await lab();
    let before = world.clock.nowMs;
    const short = await run("ip netns exec k-c nc -vz -w 1 10.1.0.9 80");
    expect(short.stderr).toBe("nc: connect to 10.1.0.9 port 80 (tcp) timed out: Operation now in progress\n");
    expect(world.clock.nowMs - before).toBe(1000);
    before = world.clock.nowMs;
    const long = await run("ip netns exec k-c nc -vz -w 5 10.1.0.9 80");
    expect(long.stderr).toBe("nc: connect to 10.1.0.9 port 80 (tcp) failed: No route to host\n");
    expect(world.clock.nowMs - before).toBe(3000);
  });

  it("waits out the kernel's SYN retries without -w", async () => {
    const { run, world } = await lab();
    await run("ip netns exec k-s ip route del 10.1.0.0/24");
    const before = world.clock.nowMs;
    const r = await run("ip netns exec k-c nc -vz 10.1.0.2 80");
    expect(r.stderr).toBe("nc: connect to 10.1.0.2 port 80 (tcp) failed: Connection timed out\n");
    const waited = world.clock.nowMs - before;
    expect(waited).toBeGreaterThan(131_000);
    expect(waited).toBeLessThan(136_000);
  });

  it("tries ::1 before 127.0.0.1 for localhost", async () => {
    const { run } = await lab();
    const r = await run("ip netns exec k-c nc -vz -w 1 localhost 22");
    expect(r.stderr).toBe(
      "nc: connect to localhost (::1) port 22 (tcp) failed: Connection refused\nnc: connect to localhost (127.0.0.1) port 22 (tcp) failed: Connection refused\n",
    );
  });

  it("scans a range and names services from /etc/services", async () => {
    const { run } = await lab();
    const r = await run("ip netns exec k-c nc -vz -w 1 10.1.0.2 21-22");
    expect(r.stderr).toBe(
      "nc: connect to 10.1.0.2 port 21 (tcp) failed: Connection refused\nnc: connect to 10.1.0.2 port 22 (tcp) failed: Connection refused\n",
    );
  });

  it("refuses to bind a foreign source address", async () => {
    const { run } = await lab();
    expect(await run("ip netns exec k-c nc -vz -s 10.1.0.99 10.1.0.2 80")).toMatchObject({ stderr: "nc: bind failed: Cannot assign requested address\n", exitCode: 1 });
  });

  it("probes UDP: a bound port succeeds, a closed one fails silently", async () => {
    const { run } = await lab();
    await run("ip netns exec k-s nc -lu 5353 >/dev/null &");
    expect((await run("ip netns exec k-c nc -vzu 10.1.0.2 5353")).stderr).toBe("Connection to 10.1.0.2 5353 port [udp/mdns] succeeded!\n");
    expect(await run("ip netns exec k-c nc -vzu 10.1.0.2 5354")).toMatchObject({ stderr: "", exitCode: 1 });
  });
});
