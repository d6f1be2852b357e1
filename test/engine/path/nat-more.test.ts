import { describe, expect, it } from "vitest";
import { ipt, pair, routed, world } from "./topo.js";
import { listen } from "../../../engine/path/sockets.js";
import { sendTcpConnect, tcpClose } from "../../../engine/path/tcp.js";
import { sendPing } from "../../../engine/path/ping.js";
import { liveEntries } from "../../../engine/conntrack/table.js";
import { listLine } from "../../../engine/conntrack/format.js";
import type { Chain } from "../../../engine/netfilter/types.js";

const chain = (chains: Chain[] | undefined, name: string) => chains!.find((c) => c.name === name)!;
const lines = (w: ReturnType<typeof world>, id: string) => liveEntries(w, w.namespaces[id]!).map((e) => listLine(e, w.clock.nowMs));

describe("NAT and conntrack, as the kernel fixtures recorded them", () => {
  it("RELATED lets the REJECT's ICMP error back through a FORWARD that only allows ESTABLISHED", () => {
    const w = world();
    const { router, server } = routed(w);
    ipt(w, server, "-A INPUT -p tcp --dport 80 -j REJECT");
    ipt(w, router, "-P FORWARD DROP");
    ipt(w, router, "-A FORWARD -i c0 -j ACCEPT");
    ipt(w, router, "-A FORWARD -m conntrack --ctstate ESTABLISHED -j ACCEPT");
    expect(sendTcpConnect(w, { fromNs: "client", dst: "10.1.0.2", dport: 80, timeoutMs: 1000 }).outcome.kind).toBe("timeout");
    ipt(w, router, "-A FORWARD -m conntrack --ctstate RELATED -j ACCEPT");
    expect(sendTcpConnect(w, { fromNs: "client", dst: "10.1.0.2", dport: 80, timeoutMs: 1000 }).outcome).toMatchObject({ kind: "icmp-error", errno: "ECONNREFUSED", text: "Connection refused" });
    const fwd = chain(router.netfilter.nft.filter?.chains, "FORWARD");
    expect(fwd.rules.map((r) => r.counters.packets)).toEqual([2, 0, 1]);
    expect(fwd.counters.packets).toBe(1);
  });

  it("the nat table sees only a connection's first packet", () => {
    const w = world();
    const { router, server } = routed(w);
    listen(w, server, { proto: "tcp", port: 80 });
    ipt(w, router, "-t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 10.1.0.2:80");
    ipt(w, router, "-t nat -A POSTROUTING -p tcp -j ACCEPT");
    ipt(w, router, "-A FORWARD -p tcp -j ACCEPT");
    ipt(w, router, "-A FORWARD -p icmp -j ACCEPT");
    const r = sendTcpConnect(w, { fromNs: "client", dst: "10.0.0.1", dport: 8080 });
    tcpClose(w, r.connection!);
    expect(sendPing(w, { fromNs: "client", dst: "10.1.0.2" }).outcome).toMatchObject({ kind: "reply", ttl: 63 });
    expect(chain(router.netfilter.nft.nat?.chains, "PREROUTING").rules[0]!.counters).toEqual({ packets: 1, bytes: 60 });
    expect(chain(router.netfilter.nft.nat?.chains, "POSTROUTING").rules[0]!.counters).toEqual({ packets: 1, bytes: 60 });
    expect(chain(router.netfilter.nft.filter?.chains, "FORWARD").rules.map((x) => x.counters)).toEqual([{ packets: 6, bytes: 328 }, { packets: 2, bytes: 168 }]);
  });

  it("NOTRACK keeps the connection out of conntrack: UNTRACKED in, INVALID replies make no entry", () => {
    const w = world();
    const { b } = pair(w);
    listen(w, b, { proto: "tcp", port: 80 });
    ipt(w, b, "-t raw -A PREROUTING -p tcp --dport 80 -j CT --notrack");
    ipt(w, b, "-A INPUT -m conntrack --ctstate UNTRACKED -j ACCEPT");
    ipt(w, b, "-A INPUT -p tcp --dport 80 -j DROP");
    const r = sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 80, timeoutMs: 1000 });
    expect(r.outcome.kind).toBe("connected");
    tcpClose(w, r.connection!);
    expect(lines(w, "b")).toEqual([]);
    expect(chain(b.netfilter.nft.filter?.chains, "INPUT").rules.map((x) => x.counters)).toEqual([{ packets: 4, bytes: 216 }, { packets: 0, bytes: 0 }]);
  });

  it("DNAT in OUTPUT sends a local connection elsewhere (the route is looked up again)", () => {
    const w = world();
    const { a, b } = pair(w);
    listen(w, b, { proto: "tcp", port: 80 });
    ipt(w, a, "-t nat -A OUTPUT -p tcp -d 192.0.2.10 --dport 80 -j DNAT --to-destination 10.99.0.2");
    a.routes.push({ dst: "default", via: "10.99.0.254", dev: "va" });
    const r = sendTcpConnect(w, { fromNs: "a", dst: "192.0.2.10", dport: 80 });
    expect(r.outcome.kind).toBe("connected");
    expect(lines(w, "a")).toEqual([
      `tcp      6 431999 ESTABLISHED src=10.99.0.1 dst=192.0.2.10 sport=${r.sport} dport=80 src=10.99.0.2 dst=10.99.0.1 sport=80 dport=${r.sport} [ASSURED] mark=0 use=1\n`,
    ]);
  });

  it("REDIRECT in PREROUTING sends to the in interface's address; the host's own connections are not redirected", () => {
    const w = world();
    const { b } = pair(w);
    listen(w, b, { proto: "tcp", port: 8080 });
    expect(sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 80 }).outcome.kind).toBe("refused");
    ipt(w, b, "-t nat -A PREROUTING -p tcp --dport 80 -j REDIRECT --to-ports 8080");
    const r = sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 80 });
    expect(r.outcome.kind).toBe("connected");
    expect(sendTcpConnect(w, { fromNs: "b", dst: "10.99.0.2", dport: 80 }).outcome.kind).toBe("refused");
    expect(lines(w, "b")[0]).toBe(
      `tcp      6 431999 ESTABLISHED src=10.99.0.1 dst=10.99.0.2 sport=${r.sport} dport=80 src=10.99.0.2 dst=10.99.0.1 sport=8080 dport=${r.sport} [ASSURED] mark=0 use=1\n`,
    );
  });

  it("a routing loop ends when the TTL runs out, with time exceeded to the sender", () => {
    const w = world();
    const { router, server } = routed(w);
    // The router sends 192.0.2.0/24 to the server, whose default route sends it back.
    router.routes.push({ dst: "192.0.2.0/24", via: "10.1.0.2", dev: "s0" });
    for (const k of Object.keys(server.sysctl)) if (k.endsWith(".forwarding") || k === "net.ipv4.ip_forward") server.sysctl[k] = "1";
    const r = sendPing(w, { fromNs: "client", dst: "192.0.2.1" });
    expect(r.outcome).toMatchObject({ kind: "icmp-error", type: 11, code: 0 });
    const hops = r.packets[0]!.trace.steps.filter((s) => s.kind === "link").length;
    expect(hops).toBe(64);
  });
});
