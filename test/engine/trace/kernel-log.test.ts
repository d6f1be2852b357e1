import { describe, expect, it } from "vitest";
import { ipt, pair, world } from "../path/topo.js";
import { listen } from "../../../engine/path/sockets.js";
import { sendTcpConnect, tcpClose } from "../../../engine/path/tcp.js";
import { sendPing } from "../../../engine/path/ping.js";
import { sendUdp } from "../../../engine/path/udp.js";
import { dmesgCommand } from "../../../engine/commands/dmesg/dmesg.js";
import { runCmd } from "./run-cmd.js";

const mac = (w: ReturnType<typeof world>, ns: string, dev: string) => w.namespaces[ns]!.links.find((l) => l.name === dev)!.mac;

describe("LOG", () => {
  it("writes nf_log_syslog's line with printk's timestamp to dmesg and kern.log", () => {
    const w = world();
    const { b } = pair(w);
    w.namespaces["lab"]!.sysctl["net.netfilter.nf_log_all_netns"] = "1";
    ipt(w, b, `-A INPUT -p tcp --dport 8080 -j LOG --log-prefix "IN8080: "`);
    listen(w, b, { proto: "tcp", port: 8080 });
    const r = sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 8080 });
    const out = runCmd(dmesgCommand, w, b, []).stdout.split("\n");
    const m = `MAC=${mac(w, "b", "vb")}:${mac(w, "a", "va")}:08:00`;
    expect(out[0]).toMatch(new RegExp(`^\\[ {0,4}\\d+\\.\\d{6}\\] IN8080: IN=vb OUT= ${m} SRC=10\\.99\\.0\\.1 DST=10\\.99\\.0\\.2 LEN=60 TOS=0x00 PREC=0x00 TTL=64 ID=\\d+ DF PROTO=TCP SPT=${r.sport} DPT=8080 WINDOW=64240 RES=0x00 SYN URGP=0 $`));
    expect(out[1]).toMatch(/LEN=52 .* WINDOW=502 RES=0x00 ACK URGP=0 $/);
    const kern = w.files["/var/log/kern.log"];
    expect(kern?.type === "file" && kern.content.split("\n")[0]).toMatch(/^2024-01-01T00:00:\d\d\.\d{6}\+00:00 lab kernel: \[ *\d+\.\d{6}\] IN8080: IN=vb /);
  });

  it("is silent in a namespace other than the host's while nf_log_all_netns is 0", () => {
    const w = world();
    const { b } = pair(w);
    ipt(w, b, "-A INPUT -j LOG");
    sendPing(w, { fromNs: "a", dst: "10.99.0.2" });
    expect(runCmd(dmesgCommand, w, b, []).stdout).toBe("");
  });

  it("quotes the datagram an ICMP error carries, and echo ids and sequences", () => {
    const w = world();
    const { a } = pair(w);
    w.namespaces["lab"]!.sysctl["net.netfilter.nf_log_all_netns"] = "1";
    ipt(w, a, "-A INPUT -p icmp -j LOG");
    sendUdp(w, { fromNs: "a", dst: "10.99.0.2", dport: 5353, bytes: 6 });
    sendPing(w, { fromNs: "a", dst: "10.99.0.2", id: 28951, seq: 1 });
    const lines = runCmd(dmesgCommand, w, a, ["-t"]).stdout.split("\n");
    expect(lines[0]).toMatch(/^IN=va OUT= MAC=\S+ SRC=10\.99\.0\.2 DST=10\.99\.0\.1 LEN=62 TOS=0x00 PREC=0xC0 TTL=64 ID=\d+ PROTO=ICMP TYPE=3 CODE=3 \[SRC=10\.99\.0\.1 DST=10\.99\.0\.2 LEN=34 TOS=0x00 PREC=0x00 TTL=64 ID=\d+ DF PROTO=UDP SPT=\d+ DPT=5353 LEN=14 \] $/);
    expect(lines[1]).toMatch(/LEN=84 TOS=0x00 PREC=0x00 TTL=64 ID=\d+ PROTO=ICMP TYPE=0 CODE=0 ID=28951 SEQ=1 $/);
  });
});

describe("legacy TRACE", () => {
  it("logs each matching rule, returns and policies as TRACE: table:chain:type:num", () => {
    const w = world();
    const { b } = pair(w);
    w.namespaces["lab"]!.sysctl["net.netfilter.nf_log_all_netns"] = "1";
    ipt(w, b, "-t raw -A PREROUTING -p icmp -j TRACE", "iptables-legacy");
    ipt(w, b, "-N CHK", "iptables-legacy");
    ipt(w, b, "-A CHK -s 10.99.0.9 -j RETURN", "iptables-legacy");
    ipt(w, b, "-A CHK -p icmp -j ACCEPT", "iptables-legacy");
    ipt(w, b, "-A INPUT -p udp -j ACCEPT", "iptables-legacy");
    ipt(w, b, "-A INPUT -p icmp -j CHK", "iptables-legacy");
    sendPing(w, { fromNs: "a", dst: "10.99.0.2" });
    const lines = runCmd(dmesgCommand, w, b, ["-t"]).stdout.split("\n").filter(Boolean);
    expect(lines.map((l) => l.split(" IN=")[0])).toEqual(["TRACE: raw:PREROUTING:policy:2", "TRACE: filter:INPUT:rule:2", "TRACE: filter:CHK:rule:2"]);
    expect(lines[0]).toMatch(/ PROTO=ICMP TYPE=8 CODE=0 ID=\d+ SEQ=1 $/);
  });
});

describe("counters after a full nc -z", () => {
  it("count 4 packets, 216 bytes into the server, as Linux", () => {
    const w = world();
    const { b } = pair(w);
    ipt(w, b, "-A INPUT -p tcp --dport 8080");
    listen(w, b, { proto: "tcp", port: 8080 });
    const r = sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 8080 });
    tcpClose(w, r.connection!);
    expect(b.netfilter.nft.filter!.chains[0]!.rules[0]!.counters).toEqual({ packets: 4, bytes: 216 });
  });
});
