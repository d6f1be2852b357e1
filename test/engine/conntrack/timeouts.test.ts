import { describe, expect, it } from "vitest";
import { ipt, pair, world } from "../path/topo.js";
import { listen } from "../../../engine/path/sockets.js";
import { sendTcpConnect, tcpClose } from "../../../engine/path/tcp.js";
import { sendUdp } from "../../../engine/path/udp.js";
import { liveEntries } from "../../../engine/conntrack/table.js";
import { listLine } from "../../../engine/conntrack/format.js";
import { nextTcpState, tcpNewState } from "../../../engine/conntrack/tcp-state.js";
import { TCP_FLAG } from "../../../engine/netfilter/packet.js";

describe("the TCP state machine", () => {
  it("follows nf_conntrack_proto_tcp.c for a connection's life", () => {
    const { SYN, ACK, FIN, RST } = TCP_FLAG;
    expect(tcpNewState(SYN, true)).toBe("SYN_SENT");
    expect(tcpNewState(ACK, true)).toBe("ESTABLISHED");
    expect(tcpNewState(ACK, false)).toBeUndefined();
    expect(tcpNewState(SYN | ACK, true)).toBeUndefined();
    expect(nextTcpState("SYN_SENT", true, SYN | ACK)).toBe("SYN_RECV");
    expect(nextTcpState("SYN_RECV", false, ACK)).toBe("ESTABLISHED");
    expect(nextTcpState("ESTABLISHED", false, FIN | ACK)).toBe("FIN_WAIT");
    expect(nextTcpState("FIN_WAIT", true, FIN | ACK)).toBe("LAST_ACK");
    expect(nextTcpState("LAST_ACK", false, ACK)).toBe("TIME_WAIT");
    expect(nextTcpState("ESTABLISHED", true, RST)).toBe("CLOSE");
  });
});

describe("timeouts on the world clock", () => {
  it("count down, and the entry goes when its time is up", () => {
    const w = world();
    const { b } = pair(w);
    ipt(w, b, "-A INPUT -m conntrack --ctstate INVALID -j DROP");
    listen(w, b, { proto: "tcp", port: 80 });
    const r = sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 80 });
    tcpClose(w, r.connection!);
    expect(liveEntries(w, b).map((e) => listLine(e, w.clock.nowMs).split(" src=")[0])).toEqual(["tcp      6 119 TIME_WAIT"]);
    w.clock.nowMs += 60_000;
    expect(liveEntries(w, b).map((e) => listLine(e, w.clock.nowMs).split(" src=")[0])).toEqual(["tcp      6 59 TIME_WAIT"]);
    w.clock.nowMs += 60_000;
    expect(liveEntries(w, b)).toEqual([]);
  });

  it("keeps an unanswered UDP flow 30 s and an answered one, still going after 2 s, 120 s and ASSURED", () => {
    const w = world();
    const { b } = pair(w);
    ipt(w, b, "-A INPUT -m conntrack --ctstate INVALID -j DROP");
    sendUdp(w, { fromNs: "a", dst: "10.99.0.2", dport: 9999, sport: 5000, bytes: 3 });
    expect(listLine(liveEntries(w, b)[0]!, w.clock.nowMs)).toMatch(/^udp      17 29 src=10\.99\.0\.1 dst=10\.99\.0\.2 sport=5000 dport=9999 \[UNREPLIED\] /);
    listen(w, b, { proto: "udp", port: 53, replyBytes: 40 });
    sendUdp(w, { fromNs: "a", dst: "10.99.0.2", dport: 53, sport: 5001, bytes: 30 });
    w.clock.nowMs += 3000;
    sendUdp(w, { fromNs: "a", dst: "10.99.0.2", dport: 53, sport: 5001, bytes: 30 });
    const dns = liveEntries(w, b).find((e) => e.orig.dport === 53)!;
    expect(listLine(dns, w.clock.nowMs)).toMatch(/^udp      17 119 src=10\.99\.0\.1 dst=10\.99\.0\.2 sport=5001 dport=53 src=10\.99\.0\.2 dst=10\.99\.0\.1 sport=53 dport=5001 \[ASSURED\] mark=0 use=1\n$/);
  });
});
