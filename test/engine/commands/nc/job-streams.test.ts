import { describe, expect, it } from "vitest";
import { parseJobCommand } from "../../../../engine/commands/nc/job-streams.js";
import { labShell } from "../../../support/lab-shell.js";
import { TWO_NAMESPACES } from "./two-namespaces.js";

describe("a background nc's later output", () => {
  it("follows the redirections of the job's command line", () => {
    expect(parseJobCommand("S nc -l 80 </tmp/resp >/tmp/req")).toEqual({ words: ["S", "nc", "-l", "80"], stdout: { kind: "file", path: "/tmp/req" }, stderr: { kind: "terminal" } });
    expect(parseJobCommand("nc -lvn 80 > /tmp/log 2>&1").stderr).toEqual({ kind: "file", path: "/tmp/log" });
    expect(parseJobCommand("nc -l 80 >/dev/null").stdout).toEqual({ kind: "null" });
    expect(parseJobCommand("nc -l 80 &> /tmp/all").stdout).toEqual({ kind: "file", path: "/tmp/all" });
  });

  it("a listener writes what the client sent, and -v the connection, into its files", async () => {
    const { run } = labShell();
    await run(TWO_NAMESPACES);
    await run("ip netns exec k-s nc -lvn 7000 >/tmp/got 2>/tmp/log &");
    await run("echo hello | ip netns exec k-c nc -N 10.1.0.2 7000");
    expect((await run("cat /tmp/got")).stdout).toBe("hello\n");
    expect((await run("cat /tmp/log")).stdout).toMatch(/^Listening on 0\.0\.0\.0 7000\nConnection received on 10\.1\.0\.1 \d+\n$/);
  });

  it("without a redirection it reaches the terminal after the next statement", async () => {
    const { run } = labShell();
    await run(TWO_NAMESPACES);
    await run("ip netns exec k-s nc -l 7000 &");
    const r = await run("echo hi | ip netns exec k-c nc -N 10.1.0.2 7000");
    expect(r.stdout).toBe("hi\n");
  });
});

describe("a UDP listener", () => {
  it("says Bound on, takes the probe's five X's, and stays connected to its first peer", async () => {
    const { run } = labShell();
    await run(TWO_NAMESPACES);
    await run("ip netns exec k-s nc -luvn 5353 >/tmp/u.out 2>/tmp/u.err &");
    expect((await run("ip netns exec k-c nc -vzu 10.1.0.2 5353")).stderr).toBe("Connection to 10.1.0.2 5353 port [udp/mdns] succeeded!\n");
    expect((await run("cat /tmp/u.out")).stdout).toBe("XXXXX");
    expect((await run("cat /tmp/u.err")).stdout).toMatch(/^Bound on 0\.0\.0\.0 5353\nConnection received on 10\.1\.0\.1 \d+\n$/);
    expect((await run("ip netns exec k-s ss -uan")).stdout).toMatch(/^State Recv-Q Send-Q Local Address:Port Peer Address:Port Process\nESTAB 0      0           10\.1\.0\.2:5353     10\.1\.0\.1:\d{5}       \n$/);
  });
});
