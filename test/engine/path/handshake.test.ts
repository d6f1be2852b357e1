import { describe, expect, it } from "vitest";
import { ipt, pair, world } from "./topo.js";
import { listen } from "../../../engine/path/sockets.js";
import { sendTcpConnect, tcpClose } from "../../../engine/path/tcp.js";
import { liveEntries } from "../../../engine/conntrack/table.js";
import { listLine } from "../../../engine/conntrack/format.js";

describe("a TCP connection between two namespaces", () => {
  it("connects to a listener and the handshake counts as Linux counts it", () => {
    const w = world();
    const { a, b } = pair(w);
    ipt(w, b, "-A INPUT -p tcp --dport 8080");
    ipt(w, b, "-A OUTPUT -p tcp --sport 8080");
    listen(w, b, { proto: "tcp", port: 8080 });
    const r = sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 8080 });
    expect(r.outcome.kind).toBe("connected");
    expect(r.packets.map((p) => `${p.ns} ${p.packet.flags} ${p.packet.len}`)).toEqual(["a SYN 60", "b SYN,ACK 60", "a ACK 52"]);
    const input = b.netfilter.nft.filter!.chains.find((c) => c.name === "INPUT")!;
    const output = b.netfilter.nft.filter!.chains.find((c) => c.name === "OUTPUT")!;
    expect(input.rules[0]!.counters).toEqual({ packets: 2, bytes: 112 });
    expect(output.rules[0]!.counters).toEqual({ packets: 1, bytes: 60 });
    tcpClose(w, r.connection!);
    expect(input.rules[0]!.counters).toEqual({ packets: 4, bytes: 216 });
  });

  it("is refused with an RST when nothing listens", () => {
    const w = world();
    pair(w);
    const r = sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 8082 });
    expect(r.outcome).toMatchObject({ kind: "refused", text: "Connection refused" });
    expect(r.packets.map((p) => `${p.by} ${p.packet.flags} ${p.packet.len}`)).toEqual(["connect() SYN SYN 60", "tcp_v4_send_reset RST,ACK 40"]);
  });

  it("leaves an ESTABLISHED, ASSURED entry when a stateful rule makes conntrack track", () => {
    const w = world();
    const { b } = pair(w);
    ipt(w, b, "-A INPUT -m conntrack --ctstate INVALID -j DROP");
    listen(w, b, { proto: "tcp", port: 8080 });
    const r = sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 8080 });
    expect(r.outcome.kind).toBe("connected");
    const lines = liveEntries(w, b).map((e) => listLine(e, w.clock.nowMs));
    expect(lines).toEqual([
      `tcp      6 431999 ESTABLISHED src=10.99.0.1 dst=10.99.0.2 sport=${r.sport} dport=8080 src=10.99.0.2 dst=10.99.0.1 sport=8080 dport=${r.sport} [ASSURED] mark=0 use=1\n`,
    ]);
  });

  it("tracks nothing in a namespace whose rules need no conntrack", () => {
    const w = world();
    const { b } = pair(w);
    ipt(w, b, "-A INPUT -p tcp --dport 8080 -j ACCEPT");
    listen(w, b, { proto: "tcp", port: 8080 });
    sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 8080 });
    expect(liveEntries(w, b)).toEqual([]);
  });
});
