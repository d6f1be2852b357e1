import { describe, expect, it } from "vitest";
import { ipt, pair, world } from "../path/topo.js";
import { listen } from "../../../engine/path/sockets.js";
import { sendTcpConnect } from "../../../engine/path/tcp.js";
import { xtablesMonitorCommand } from "../../../engine/commands/xtables-monitor/xtables-monitor.js";
import { nftCommand } from "../../../engine/commands/nft/nft.js";
import { conntrackCommand } from "../../../engine/commands/conntrack/conntrack.js";
import { startJob } from "../../../engine/shell/jobs.js";
import { takeJobOutput } from "../../../engine/trace/monitor.js";
import { runCmd } from "./run-cmd.js";

function traced() {
  const w = world();
  const { a, b } = pair(w);
  ipt(w, b, "-t raw -A PREROUTING -p tcp --dport 8080 -j TRACE");
  ipt(w, b, `-A INPUT -p tcp --dport 8080 -j LOG --log-prefix "IN8080: "`);
  ipt(w, b, "-N CHK");
  ipt(w, b, "-A CHK -s 10.99.0.0/24 -j RETURN");
  ipt(w, b, "-A INPUT -p tcp -j CHK");
  listen(w, b, { proto: "tcp", port: 8080 });
  return { w, a, b };
}

describe("nf_tables trace events", () => {
  it("print as xtables-monitor --trace does", () => {
    const { w, b } = traced();
    const r = sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 8080 });
    const out = runCmd(xtablesMonitorCommand, w, b, ["--trace"]).stdout.split("\n");
    const va = w.namespaces["a"]!.links.find((l) => l.name === "va")!.mac;
    const vb = b.links.find((l) => l.name === "vb")!.mac;
    const id = "[0-9a-f]{8}";
    expect(out[0]).toMatch(new RegExp(`^PACKET: 2 ${id} IN=vb MACSRC=${va} MACDST=${vb} MACPROTO=0800 SRC=10\\.99\\.0\\.1 DST=10\\.99\\.0\\.2 LEN=60 TOS=0x0 TTL=64 ID=\\d+ DF SPORT=${r.sport} DPORT=8080 SYN $`));
    expect(out[1]).toMatch(new RegExp(`^ TRACE: 2 ${id} raw:PREROUTING:rule:0x[0-9a-f]+:CONTINUE  -4 -t raw -A PREROUTING -p tcp -m tcp --dport 8080 -j TRACE$`));
    expect(out[2]).toMatch(new RegExp(`^ TRACE: 2 ${id} raw:PREROUTING:policy:ACCEPT $`));
    expect(out[3]).toMatch(/^PACKET: 2 /);
    expect(out.slice(4, 8).map((l) => l.replace(/^ TRACE: 2 \w+ /, "").replace(/:0x[0-9a-f]+:/, ":H:"))).toEqual([
      `filter:INPUT:rule:H:CONTINUE  -4 -t filter -A INPUT -p tcp -m tcp --dport 8080 -j LOG --log-prefix "IN8080: "`,
      "filter:INPUT:rule:H:JUMP:CHK  -4 -t filter -A INPUT -p tcp -j CHK",
      "filter:CHK:rule:H:0xfffffffb  -4 -t filter -A CHK -s 10.99.0.0/24 -j RETURN",
      "filter:INPUT:policy:ACCEPT ",
    ]);
  });

  it("print as nft monitor trace does", () => {
    const { w, b } = traced();
    sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 8080 });
    const out = runCmd(nftCommand, w, b, ["monitor", "trace"]).stdout.split("\n");
    const strip = (l: string) => l.replace(/^trace id [0-9a-f]{8} /, "");
    expect(strip(out[0]!)).toMatch(/^ip raw PREROUTING packet: iif "vb" ether saddr \S+ ether daddr \S+ ip saddr 10\.99\.0\.1 ip daddr 10\.99\.0\.2 ip dscp cs0 ip ecn not-ect ip ttl 64 ip id \d+ ip length 60 tcp sport \d+ tcp dport 8080 tcp flags == syn tcp window 64240 $/);
    expect(out.slice(1, 3).map(strip)).toEqual([
      "ip raw PREROUTING rule tcp dport 8080 counter packets 0 bytes 0 meta nftrace set 1 (verdict continue)",
      "ip raw PREROUTING policy accept ",
    ]);
    expect(out.slice(4, 8).map(strip)).toEqual([
      `ip filter INPUT rule tcp dport 8080 counter packets 0 bytes 0 log prefix "IN8080: " (verdict continue)`,
      "ip filter INPUT rule meta l4proto tcp counter packets 0 bytes 0 jump CHK (verdict jump CHK)",
      "ip filter CHK rule ip saddr 10.99.0.0/24 counter packets 0 bytes 0 return (verdict return)",
      "ip filter INPUT policy accept ",
    ]);
  });

  it("reach a monitor started in the background as they happen", () => {
    const { w, b } = traced();
    const job = startJob(w, "xtables-monitor --trace");
    expect(runCmd(xtablesMonitorCommand, w, b, ["--trace"], job.id).stdout).toBe("");
    expect(job.blockedOn).toMatch(/xtables-monitor/);
    sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 8080 });
    expect(takeJobOutput(w)).toMatch(/^PACKET: 2 /);
    expect(takeJobOutput(w)).toBe("");
  });
});

describe("conntrack -E", () => {
  it("replays NEW and UPDATE events of a handshake in conntrack's format", () => {
    const w = world();
    const { b } = pair(w);
    ipt(w, b, "-A INPUT -m state --state INVALID -j DROP");
    listen(w, b, { proto: "tcp", port: 8080 });
    const r = sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 8080 });
    const res = runCmd(conntrackCommand, w, b, ["-E"]);
    const t = `src=10.99.0.1 dst=10.99.0.2 sport=${r.sport} dport=8080`;
    const u = `src=10.99.0.2 dst=10.99.0.1 sport=8080 dport=${r.sport}`;
    expect(res.stdout).toBe(
      `    [NEW] tcp      6 120 SYN_SENT ${t} [UNREPLIED] ${u}\n` +
        ` [UPDATE] tcp      6 60 SYN_RECV ${t} ${u}\n` +
        ` [UPDATE] tcp      6 432000 ESTABLISHED ${t} ${u} [ASSURED]\n`,
    );
    expect(res.stderr).toMatch(/conntrack v1\.4\.7 \(conntrack-tools\): 3 flow events have been shown\.\n$/);
  });
});
