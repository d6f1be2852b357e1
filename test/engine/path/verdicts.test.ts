import { describe, expect, it } from "vitest";
import { addr, forwarding, ipt, pair, routed, sysctl, world } from "./topo.js";
import { listen } from "../../../engine/path/sockets.js";
import { sendTcpConnect } from "../../../engine/path/tcp.js";
import { sendUdp } from "../../../engine/path/udp.js";
import { sendPing } from "../../../engine/path/ping.js";
import type { Chain } from "../../../engine/netfilter/types.js";

function chain(chains: Chain[] | undefined, name: string): Chain {
  return chains!.find((x) => x.name === name)!;
}

describe("REJECT", () => {
  it("tcp-reset answers a SYN with an RST that walks back: Connection refused", () => {
    const w = world();
    const { b } = pair(w);
    listen(w, b, { proto: "tcp", port: 7001 });
    ipt(w, b, "-A INPUT -p tcp --dport 7001 -j REJECT --reject-with tcp-reset");
    const r = sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 7001 });
    expect(r.outcome).toMatchObject({ kind: "refused", errno: "ECONNREFUSED" });
    const rst = r.packets[1]!;
    expect(rst.by).toBe("REJECT --reject-with tcp-reset");
    expect(rst.packet).toMatchObject({ src: "10.99.0.2", dst: "10.99.0.1", flags: "RST,ACK", len: 40, ttl: 64 });
    expect(r.packets[0]!.trace.end).toMatchObject({ kind: "dropped", code: "rejected", by: { table: "filter", chain: "INPUT", num: 1 } });
  });

  it.each([
    ["icmp-port-unreachable", "ECONNREFUSED", "Connection refused"],
    ["icmp-host-prohibited", "EHOSTUNREACH", "No route to host"],
    ["icmp-admin-prohibited", "EHOSTUNREACH", "No route to host"],
    ["icmp-net-unreachable", "ENETUNREACH", "Network is unreachable"],
  ])("--reject-with %s ends connect() with %s at once", (how, errno, text) => {
    const w = world();
    const { b } = pair(w);
    ipt(w, b, `-A INPUT -p tcp --dport 82 -j REJECT --reject-with ${how}`);
    const r = sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 82 });
    expect(r.outcome).toMatchObject({ kind: "icmp-error", errno, text });
    expect(r.packets[1]!.packet).toMatchObject({ proto: "icmp", len: 88, src: "10.99.0.2" });
  });

  it("answers UDP with a port unreachable of 28 + the quoted datagram", () => {
    const w = world();
    const { b } = pair(w);
    ipt(w, b, "-A INPUT -p udp --dport 7000 -j REJECT");
    const r = sendUdp(w, { fromNs: "a", dst: "10.99.0.2", dport: 7000, bytes: 3 });
    expect(r.outcome).toMatchObject({ kind: "icmp-error", errno: "ECONNREFUSED" });
    expect(r.packets.map((p) => p.packet.len)).toEqual([31, 59]);
  });
});

describe("user chains", () => {
  it("goto skips the return to the chain that went there: RETURN falls to the built-in policy", () => {
    const w = world();
    const { b } = pair(w);
    ipt(w, b, "-N U2");
    ipt(w, b, "-A U2 -p icmp -j RETURN");
    ipt(w, b, "-A INPUT -p icmp -g U2");
    ipt(w, b, "-A INPUT -p icmp -j DROP");
    const r = sendPing(w, { fromNs: "a", dst: "10.99.0.2" });
    expect(r.outcome.kind).toBe("reply");
    const input = chain(b.netfilter.nft.filter?.chains, "INPUT");
    expect(input.rules.map((x) => x.counters.packets)).toEqual([1, 0]);
    expect(r.packets[0]!.trace.steps.filter((s) => s.kind === "policy").map((s) => s.kind === "policy" && `${s.ref.table} ${s.ref.chain}`)).toEqual(["filter INPUT"]);
  });

  it("counts a policy in legacy always, in nf_tables only once -P gave the chain a counter", () => {
    const w = world();
    const { b } = pair(w);
    ipt(w, b, "-A INPUT -p udp", "iptables-legacy");
    ipt(w, b, "-A INPUT -p udp", "iptables-nft");
    sendPing(w, { fromNs: "a", dst: "10.99.0.2" });
    expect(chain(b.netfilter.legacy.filter?.chains, "INPUT").counters).toEqual({ packets: 1, bytes: 84 });
    expect(chain(b.netfilter.nft.filter?.chains, "INPUT").counters).toEqual({ packets: 0, bytes: 0 });
    ipt(w, b, "-P INPUT ACCEPT", "iptables-nft");
    sendPing(w, { fromNs: "a", dst: "10.99.0.2" });
    expect(chain(b.netfilter.nft.filter?.chains, "INPUT").counters).toEqual({ packets: 1, bytes: 84 });
  });

  it("a jump returns after the user chain ends, and the next rule decides", () => {
    const w = world();
    const { b } = pair(w);
    ipt(w, b, "-N U1");
    ipt(w, b, "-A U1 -p udp -j ACCEPT");
    ipt(w, b, "-A INPUT -j U1");
    ipt(w, b, "-A INPUT -p icmp -j DROP");
    const r = sendPing(w, { fromNs: "a", dst: "10.99.0.2" });
    expect(r.outcome.kind).toBe("lost");
    const steps = r.packets[0]!.trace.steps.filter((s) => s.kind === "rule" || s.kind === "return" || s.kind === "policy");
    expect(steps.map((s) => (s.kind === "rule" ? `${s.ref.chain}:${s.ref.num}:${s.verdict}` : s.kind === "return" ? `${s.chain}:return` : `${s.ref.chain}:policy`))).toEqual([
      "INPUT:1:JUMP U1",
      "U1:return",
      "INPUT:2:DROP",
    ]);
  });
});

describe("forwarding", () => {
  it("with ip_forward=0 the router drops what is not for it, after PREROUTING and before FORWARD", () => {
    const w = world();
    const { router, server } = routed(w);
    forwarding(router, false);
    listen(w, server, { proto: "tcp", port: 80 });
    ipt(w, router, "-t mangle -A PREROUTING -p tcp");
    ipt(w, router, "-A FORWARD -p tcp");
    const r = sendTcpConnect(w, { fromNs: "client", dst: "10.1.0.2", dport: 80, timeoutMs: 1000 });
    expect(r.outcome.kind).toBe("timeout");
    expect(r.packets[0]!.trace.end).toMatchObject({ kind: "dropped", ns: "router", code: "forwarding-disabled" });
    expect(chain(router.netfilter.nft.mangle?.chains, "PREROUTING").rules[0]!.counters.packets).toBe(1);
    expect(chain(router.netfilter.nft.filter?.chains, "FORWARD").rules[0]!.counters.packets).toBe(0);
  });

  it("decrements the TTL before FORWARD, and a TTL of 1 draws time exceeded", () => {
    const w = world();
    routed(w);
    const ok = sendPing(w, { fromNs: "client", dst: "10.1.0.2" });
    expect(ok.outcome).toEqual({ kind: "reply", from: "10.1.0.2", ttl: 63, bytes: 64 });
    const dies = sendPing(w, { fromNs: "client", dst: "10.1.0.2", ttl: 1 });
    expect(dies.outcome).toMatchObject({ kind: "icmp-error", from: "10.0.0.1", type: 11, code: 0 });
  });

  it("strict rp_filter drops a source whose route back leaves by another interface", () => {
    const w = world();
    const { router, client } = routed(w);
    sysctl(router, "net.ipv4.conf.all.rp_filter", "1");
    const spoofed = sendPing(w, { fromNs: "client", dst: "10.1.0.2", src: "10.0.0.2" });
    expect(spoofed.outcome.kind).toBe("reply");
    // The client claims a server-side address: the route back to it leaves by s0, not c0.
    addr(w, client, "eth0", "10.1.0.9/32");
    const r = sendPing(w, { fromNs: "client", dst: "10.1.0.2", src: "10.1.0.9" });
    expect(r.outcome.kind).toBe("lost");
    expect(r.packets[0]!.trace.end).toMatchObject({ kind: "dropped", ns: "router", code: "rp-filter" });
    sysctl(router, "net.ipv4.conf.all.rp_filter", "2");
    expect(sendPing(w, { fromNs: "client", dst: "10.1.0.2", src: "10.1.0.9" }).packets[0]!.trace.end).toMatchObject({ kind: "stack", ns: "server" });
  });
});

describe("REJECT elsewhere, and ICMP rate limits", () => {
  it("tcp-reset in FORWARD answers as the destination (the router's RST carries the server's address)", () => {
    const w = world();
    const { router } = routed(w);
    ipt(w, router, "-A FORWARD -p tcp --dport 81 -j REJECT --reject-with tcp-reset");
    const r = sendTcpConnect(w, { fromNs: "client", dst: "10.1.0.2", dport: 81 });
    expect(r.outcome.kind).toBe("refused");
    expect(r.packets[1]).toMatchObject({ ns: "router", packet: { src: "10.1.0.2", dst: "10.0.0.2", flags: "RST,ACK" } });
  });

  it("tcp-reset in the sender's own OUTPUT comes back to it: Connection refused", () => {
    const w = world();
    const { a } = pair(w);
    ipt(w, a, "-A OUTPUT -p tcp --dport 81 -j REJECT --reject-with tcp-reset");
    expect(sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 81 }).outcome.kind).toBe("refused");
  });

  it("sends a host at most a burst of 6 ICMP errors, then one a second", () => {
    const w = world();
    const { b } = pair(w);
    ipt(w, b, "-A INPUT -p tcp -j REJECT");
    const kinds = Array.from({ length: 8 }, () => sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 80, timeoutMs: 1000 }).outcome.kind);
    expect(kinds).toEqual(["icmp-error", "icmp-error", "icmp-error", "icmp-error", "icmp-error", "icmp-error", "timeout", "timeout"]);
    w.clock.nowMs += 1000;
    expect(sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 80, timeoutMs: 1000 }).outcome.kind).toBe("icmp-error");
  });
});
