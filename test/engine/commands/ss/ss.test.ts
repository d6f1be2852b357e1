import { describe, expect, it } from "vitest";
import { labShell } from "../../../support/lab-shell.js";
import { TWO_NAMESPACES } from "../nc/two-namespaces.js";
import { renderTable } from "../../../../engine/commands/ss/table.js";

const row = { recvQ: 0, peer: "0.0.0.0", peerPort: "*" };

describe("ss layout, as iproute2 6.1 prints it to a pipe", () => {
  it("no sockets: the headers alone", () => {
    expect(renderTable([], { netid: false, process: false, header: true })).toBe("State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n");
  });

  it("a listener by service name (ss -tl)", () => {
    const out = renderTable([{ ...row, state: "LISTEN", sendQ: 1, local: "0.0.0.0", localPort: "bbs" }], { netid: false, process: false, header: true });
    expect(out).toBe(
      "State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n" + "LISTEN 0      1            0.0.0.0:bbs       0.0.0.0:*          \n",
    );
  });

  it("a listener and a connection (ss -tan)", () => {
    const out = renderTable(
      [
        { ...row, state: "LISTEN", sendQ: 1, local: "0.0.0.0", localPort: "7000" },
        { state: "ESTAB", recvQ: 0, sendQ: 0, local: "10.1.0.2", localPort: "7000", peer: "10.1.0.1", peerPort: "53562" },
      ],
      { netid: false, process: false, header: true },
    );
    expect(out).toBe(
      "State  Recv-Q Send-Q Local Address:Port Peer Address:Port Process\n" +
        "LISTEN 0      1            0.0.0.0:7000      0.0.0.0:*           \n" +
        "ESTAB  0      0           10.1.0.2:7000     10.1.0.1:53562       \n",
    );
  });

  it("with processes (ss -tlnp)", () => {
    const out = renderTable([{ ...row, state: "LISTEN", sendQ: 1, local: "0.0.0.0", localPort: "7000", process: 'users:(("nc",pid=12345,fd=3))' }], {
      netid: false,
      process: true,
      header: true,
    });
    expect(out).toBe(
      "State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n" + 'LISTEN 0      1            0.0.0.0:7000      0.0.0.0:*    users:(("nc",pid=12345,fd=3))\n',
    );
  });
});

describe("ss in the lab", () => {
  it("lists nc listeners of the namespace it runs in, and forgets them when their job ends", async () => {
    const { run, world } = labShell();
    await run(TWO_NAMESPACES);
    await run("ip netns exec k-s nc -l 80 >/dev/null &");
    await run("ip netns exec k-s nc -lu 5353 >/dev/null &");
    expect((await run("ip netns exec k-s ss -tln")).stdout).toBe(
      "State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\nLISTEN 0      1            0.0.0.0:80        0.0.0.0:*          \n",
    );
    expect((await run("ip netns exec k-s ss -uln")).stdout).toBe(
      "State  Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\nUNCONN 0      0            0.0.0.0:5353      0.0.0.0:*          \n",
    );
    const pid = world.processes.jobs[0]!.pid;
    expect((await run("ip netns exec k-s ss -tlnp")).stdout).toContain(`users:(("nc",pid=${pid},fd=3))`);
    expect((await run("ip netns exec k-c ss -tln")).stdout).toBe("State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n");
    await run("ip netns exec k-c nc -z 10.1.0.2 80");
    expect((await run("ip netns exec k-s ss -tln")).stdout).toBe("State Recv-Q Send-Q Local Address:Port Peer Address:PortProcess\n");
  });

  it("an option the lab does not know fails loudly", async () => {
    const { run } = labShell();
    const r = await run("ss -x");
    expect(r.exitCode).toBe(1);
    expect(r.stderr).toContain("does not emulate -x");
  });
});
