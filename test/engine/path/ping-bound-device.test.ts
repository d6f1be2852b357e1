import { describe, expect, it } from "vitest";
import { addr, ipt, pair, world } from "./topo.js";
import { sendPing } from "../../../engine/path/ping.js";

describe("ping -I IFACE (a socket bound to a link)", () => {
  it("sends out lo to another host's address: up to INPUT, no reply, nothing received", () => {
    const w = world();
    const { a } = pair(w);
    ipt(w, a, "-A OUTPUT -o lo -p icmp");
    ipt(w, a, "-A INPUT -i lo -p icmp");
    const r = sendPing(w, { fromNs: "a", dst: "10.99.0.2", src: "10.99.0.1", oif: "lo" });
    expect(r.outcome.kind).toBe("lost");
    const chain = (name: string) => a.netfilter.nft.filter!.chains.find((c) => c.name === name)!;
    expect(chain("OUTPUT").rules[0]!.counters).toEqual({ packets: 1, bytes: 84 });
    expect(chain("INPUT").rules[0]!.counters).toEqual({ packets: 1, bytes: 84 });
  });

  it("does not see the reply to its own address, which comes in on that address's link", () => {
    const w = world();
    pair(w);
    const r = sendPing(w, { fromNs: "a", dst: "10.99.0.1", src: "10.99.0.1", oif: "lo" });
    expect(r.outcome.kind).toBe("lost");
    expect(r.packets.map((p) => p.by)).toEqual(["ping (echo request)", "icmp_echo"]);
  });

  it("assumes a destination no route leads to is on the bound link", () => {
    const w = world();
    const { a, b } = pair(w);
    addr(w, b, "vb", "10.3.0.2/24");
    expect(sendPing(w, { fromNs: "a", dst: "10.3.0.2" }).outcome.kind).toBe("no-route");
    expect(sendPing(w, { fromNs: "a", dst: "10.3.0.2", oif: "va" }).outcome).toMatchObject({ kind: "reply", from: "10.3.0.2" });
    expect(a.neigh?.some((n) => n.dst === "10.3.0.2" && n.dev === "va")).toBe(true);
  });
});
