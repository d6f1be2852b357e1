import { describe, expect, it } from "vitest";
import { ipt, pair, world } from "../../path/topo.js";
import { listen } from "../../../../engine/path/sockets.js";
import { sendTcpConnect } from "../../../../engine/path/tcp.js";
import { sendPing } from "../../../../engine/path/ping.js";
import { conntrackCommand } from "../../../../engine/commands/conntrack/conntrack.js";
import { dmesgCommand } from "../../../../engine/commands/dmesg/dmesg.js";
import { traceCommand } from "../../../../engine/commands/trace/trace.js";
import { nftCommand } from "../../../../engine/commands/nft/nft.js";
import { xtablesMonitorCommand } from "../../../../engine/commands/xtables-monitor/xtables-monitor.js";
import { runCmd } from "../../trace/run-cmd.js";

const PROG = "conntrack v1.4.7 (conntrack-tools)";

describe("conntrack", () => {
  it("lists, deletes and flushes as conntrack-tools 1.4.7 prints it", () => {
    const w = world();
    const { b } = pair(w);
    ipt(w, b, "-A INPUT -m state --state INVALID -j DROP");
    listen(w, b, { proto: "tcp", port: 80 });
    sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 80 });
    sendPing(w, { fromNs: "a", dst: "10.99.0.2", id: 7 });
    const all = runCmd(conntrackCommand, w, b, ["-L"]);
    expect(all.stderr).toBe(`${PROG}: 2 flow entries have been shown.\n`);
    expect(runCmd(conntrackCommand, w, b, ["-L", "-p", "icmp"]).stdout).toBe(
      "icmp     1 29 src=10.99.0.1 dst=10.99.0.2 type=8 code=0 id=7 src=10.99.0.2 dst=10.99.0.1 type=0 code=0 id=7 mark=0 use=1\n",
    );
    expect(runCmd(conntrackCommand, w, b, ["-L", "--dport", "80"])).toMatchObject({ exitCode: 2, stderr: `${PROG}: unknown option \`--dport'\nTry \`conntrack -h' or 'conntrack --help' for more information.\n` });
    expect(runCmd(conntrackCommand, w, b, ["-D", "-p", "udp"])).toMatchObject({ exitCode: 1, stderr: `${PROG}: 0 flow entries have been deleted.\n` });
    expect(runCmd(conntrackCommand, w, b, ["-D", "-p", "icmp"]).stderr).toBe(`${PROG}: 1 flow entries have been deleted.\n`);
    expect(runCmd(conntrackCommand, w, b, ["-C"]).stdout).toBe("1\n");
    expect(runCmd(conntrackCommand, w, b, ["-F"]).stderr).toBe(`${PROG}: connection tracking table has been emptied.\n`);
    expect(runCmd(conntrackCommand, w, b, ["-L"]).stderr).toBe(`${PROG}: 0 flow entries have been shown.\n`);
  });
});

describe("dmesg", () => {
  it("prints clock times with -T and clears with -C", () => {
    const w = world();
    const lab = w.namespaces["lab"]!;
    ipt(w, lab, "-A INPUT -p icmp -j LOG --log-prefix \"PING: \"");
    sendPing(w, { fromNs: "lab", dst: "10.0.2.15" });
    expect(runCmd(dmesgCommand, w, lab, ["-T"]).stdout.split("\n")[0]).toMatch(/^\[Mon Jan  1 00:00:00 2024\] PING: IN=lo OUT= /);
    expect(runCmd(dmesgCommand, w, lab, ["--foo"])).toMatchObject({ exitCode: 1, stderr: "dmesg: unrecognized option '--foo'\nTry 'dmesg --help' for more information.\n" });
    runCmd(dmesgCommand, w, lab, ["-C"]);
    expect(runCmd(dmesgCommand, w, lab, []).stdout).toBe("");
  });
});

describe("trace", () => {
  it("shows a dry run hook by hook and changes nothing", () => {
    const w = world();
    const { b } = pair(w);
    ipt(w, b, "-A INPUT -p tcp --dport 22 -j DROP");
    const out = runCmd(traceCommand, w, w.namespaces["a"]!, ["tcp", "10.99.0.2:22"]).stdout;
    expect(out).toMatch(/^\(a dry run: nothing in the lab changes/);
    expect(out).toContain("filter INPUT rule 1: -A INPUT -p tcp -m tcp --dport 22 -j DROP  => DROP");
    expect(out).toContain("=> DROPPED in b: dropped by filter INPUT rule 1");
    expect(out).toMatch(/result: nothing came back/);
    expect(b.netfilter.nft.filter!.chains[0]!.rules[0]!.counters.packets).toBe(0);
    runCmd(traceCommand, w, w.namespaces["a"]!, ["--send", "tcp", "10.99.0.2:22"]);
    expect(b.netfilter.nft.filter!.chains[0]!.rules[0]!.counters.packets).toBe(1);
  });

  it("says what is wrong with its arguments", () => {
    const w = world();
    expect(runCmd(traceCommand, w, w.namespaces["lab"]!, ["tcp", "10.0.0.1"])).toMatchObject({ exitCode: 2, stderr: "trace: tcp needs a port: 10.0.0.1:PORT\nTry 'trace --help' for more information.\n" });
    expect(runCmd(traceCommand, w, w.namespaces["lab"]!, ["--help"]).stdout).toMatch(/^Usage: trace \[OPTIONS\] PROTO DEST\[:PORT\]/);
  });
});

describe("nft and xtables-monitor", () => {
  it("say plainly what is not emulated", () => {
    const w = world();
    const lab = w.namespaces["lab"]!;
    expect(runCmd(nftCommand, w, lab, ["list", "ruleset"])).toMatchObject({ exitCode: 1 });
    expect(runCmd(nftCommand, w, lab, ["list", "ruleset"]).stderr).toMatch(/emulates only `nft monitor trace`/);
    expect(runCmd(xtablesMonitorCommand, w, lab, [])).toMatchObject({ exitCode: 1, stdout: expect.stringMatching(/^xtables-monitor 1\.8\.9 \(nf_tables\)\nUsage:/) });
    expect(runCmd(xtablesMonitorCommand, w, lab, ["--foo"])).toMatchObject({ exitCode: 2, stderr: "xtables-monitor 1.8.9: Bad argument.\nTry `xtables-monitor -h' for more information.\n" });
  });
});
