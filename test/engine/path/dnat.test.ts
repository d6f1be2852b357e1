import { describe, expect, it } from "vitest";
import { ipt, routed, world } from "./topo.js";
import { listen } from "../../../engine/path/sockets.js";
import { sendTcpConnect, tcpClose } from "../../../engine/path/tcp.js";
import { liveEntries } from "../../../engine/conntrack/table.js";
import { listLine } from "../../../engine/conntrack/format.js";
import type { Chain } from "../../../engine/netfilter/types.js";

function chain(c: Chain[] | undefined, name: string): Chain {
  return c!.find((x) => x.name === name)!;
}

describe("DNAT on a router", () => {
  it("forwards the port and reverses the mapping on the replies", () => {
    const w = world();
    const { router, server } = routed(w);
    listen(w, server, { proto: "tcp", port: 80 });
    ipt(w, router, "-t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 10.1.0.2:80");
    const r = sendTcpConnect(w, { fromNs: "client", dst: "10.0.0.1", dport: 8080 });
    expect(r.outcome.kind).toBe("connected");
    const synack = r.packets.find((p) => p.packet.flags === "SYN,ACK")!;
    expect(synack.ns).toBe("server");
    expect(synack.packet).toMatchObject({ src: "10.1.0.2", sport: 80, dst: "10.0.0.2" });
    expect(synack.trace.end).toMatchObject({ kind: "socket", ns: "client", port: r.sport });
    const nat = synack.trace.steps.filter((s) => s.kind === "nat");
    expect(nat).toEqual([{ kind: "nat", ns: "router", hook: "POSTROUTING", manip: "SRC", how: "binding", from: "10.1.0.2:80", to: "10.0.0.1:8080" }]);
    const syn = r.packets[0]!;
    expect(syn.trace.steps.filter((s) => s.kind === "nat")).toEqual([{ kind: "nat", ns: "router", hook: "PREROUTING", manip: "DST", how: "rule", from: "10.0.0.1:8080", to: "10.1.0.2:80" }]);
    expect(liveEntries(w, router).map((e) => listLine(e, w.clock.nowMs))).toEqual([
      `tcp      6 431999 ESTABLISHED src=10.0.0.2 dst=10.0.0.1 sport=${r.sport} dport=8080 src=10.1.0.2 dst=10.0.0.2 sport=80 dport=${r.sport} [ASSURED] mark=0 use=1\n`,
    ]);
  });

  it("--ctorigdstport matches the port asked for while --dport of it never does (the kernel's counters)", () => {
    const w = world();
    const { router, server } = routed(w);
    listen(w, server, { proto: "tcp", port: 80 });
    listen(w, server, { proto: "tcp", port: 81 });
    ipt(w, router, "-t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 10.1.0.2:80");
    ipt(w, router, "-t nat -A PREROUTING -p tcp --dport 8081 -j DNAT --to-destination 10.1.0.2:81");
    ipt(w, router, "-P FORWARD DROP");
    ipt(w, router, "-A FORWARD -m conntrack --ctstate ESTABLISHED,RELATED -j ACCEPT");
    ipt(w, router, "-A FORWARD -p tcp -m conntrack --ctstate NEW --ctorigdstport 8080 -j ACCEPT");
    ipt(w, router, "-A FORWARD -p tcp --dport 8081 -j ACCEPT");
    const ok = sendTcpConnect(w, { fromNs: "client", dst: "10.0.0.1", dport: 8080, timeoutMs: 1000 });
    expect(ok.outcome.kind).toBe("connected");
    tcpClose(w, ok.connection!);
    const blocked = sendTcpConnect(w, { fromNs: "client", dst: "10.0.0.1", dport: 8081, timeoutMs: 1000 });
    expect(blocked.outcome.kind).toBe("timeout");
    const fwd = chain(router.netfilter.nft.filter?.chains, "FORWARD");
    expect(fwd.counters).toEqual({ packets: 1, bytes: 60 });
    expect(fwd.rules.map((r) => r.counters)).toEqual([{ packets: 5, bytes: 268 }, { packets: 1, bytes: 60 }, { packets: 0, bytes: 0 }]);
  });
});
