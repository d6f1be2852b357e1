import { describe, expect, it } from "vitest";
import { docker, ipt, remote, world } from "./topo.js";
import { listen } from "../../../engine/path/sockets.js";
import { sendTcpConnect } from "../../../engine/path/tcp.js";
import { sendPing } from "../../../engine/path/ping.js";
import { liveEntries } from "../../../engine/conntrack/table.js";
import { listLine } from "../../../engine/conntrack/format.js";
import type { Chain } from "../../../engine/netfilter/types.js";

const chain = (chains: Chain[] | undefined, name: string) => chains!.find((c) => c.name === name)!;

describe("a Docker-like host", () => {
  it("masquerades a container's connection out of eth0 and reverses it on the reply", () => {
    const w = world();
    const { host } = docker(w, ["web"]);
    const alice = remote(w, "alice", "203.0.113.7/24", "203.0.113.1");
    ipt(w, host, "-t nat -A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE");
    listen(w, alice, { proto: "tcp", port: 80 });
    const r = sendTcpConnect(w, { fromNs: "web", dst: "203.0.113.7", dport: 80 });
    expect(r.outcome.kind).toBe("connected");
    const syn = r.packets[0]!;
    expect(syn.trace.steps.filter((s) => s.kind === "nat")).toMatchObject([{ ns: "lab", hook: "POSTROUTING", manip: "SRC", how: "rule", to: `10.0.2.15:${r.sport}` }]);
    expect(syn.trace.steps.some((s) => s.kind === "link" && s.via === "internet")).toBe(true);
    expect(syn.trace.end).toMatchObject({ kind: "socket", ns: "alice" });
    expect(liveEntries(w, host).map((e) => listLine(e, w.clock.nowMs))).toEqual([
      `tcp      6 431999 ESTABLISHED src=172.17.0.2 dst=203.0.113.7 sport=${r.sport} dport=80 src=203.0.113.7 dst=10.0.2.15 sport=80 dport=${r.sport} [ASSURED] mark=0 use=1\n`,
    ]);
  });

  it("publishes a port: DNAT in PREROUTING, routed over docker0 to the container", () => {
    const w = world();
    const { host, containers } = docker(w, ["web"]);
    remote(w, "alice", "203.0.113.7/24", "203.0.113.1");
    ipt(w, host, "-t nat -A PREROUTING -p tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80");
    listen(w, containers[0]!, { proto: "tcp", port: 80 });
    const r = sendTcpConnect(w, { fromNs: "alice", dst: "10.0.2.15", dport: 8080 });
    expect(r.outcome.kind).toBe("connected");
    const steps = r.packets[0]!.trace.steps;
    expect(steps.some((s) => s.kind === "bridge" && s.bridge === "docker0" && s.outPort === "veth0")).toBe(true);
    expect(steps.filter((s) => s.kind === "hook" && s.ns === "lab").map((s) => (s.kind === "hook" ? `${s.hook} ${s.in ?? ""}>${s.out ?? ""}` : ""))).toEqual([
      "PREROUTING eth0>",
      "FORWARD eth0>docker0",
      "POSTROUTING >docker0",
    ]);
    expect(r.packets[0]!.trace.end).toMatchObject({ kind: "socket", ns: "web", port: 80 });
  });

  it("with br_netfilter, container-to-container traffic passes FORWARD with IN=OUT=docker0", () => {
    const w = world();
    const { host } = docker(w, ["a", "b"]);
    ipt(w, host, "-P FORWARD DROP");
    ipt(w, host, "-A FORWARD -i docker0 -o docker0 -j ACCEPT");
    const r = sendPing(w, { fromNs: "a", dst: "172.17.0.3" });
    expect(r.outcome).toMatchObject({ kind: "reply", ttl: 64 });
    expect(chain(host.netfilter.nft.filter?.chains, "FORWARD").rules[0]!.counters).toEqual({ packets: 2, bytes: 168 });
    const hooks = r.packets[0]!.trace.steps.filter((s) => s.kind === "hook");
    expect(hooks.filter((s) => s.ns === "lab").map((s) => s.kind === "hook" && s.hook)).toEqual(["PREROUTING", "FORWARD", "POSTROUTING"]);
  });

  it("without br_netfilter, bridged traffic never meets iptables", () => {
    const w = world();
    const { host } = docker(w, ["a", "b"], false);
    ipt(w, host, "-P FORWARD DROP");
    const r = sendPing(w, { fromNs: "a", dst: "172.17.0.3" });
    expect(r.outcome).toMatchObject({ kind: "reply" });
    expect(chain(host.netfilter.nft.filter?.chains, "FORWARD").counters.packets).toBe(0);
  });
});
