import { describe, expect, it } from "vitest";
import { ipt, pair, world } from "./topo.js";
import { listen } from "../../../engine/path/sockets.js";
import { sendTcpConnect, tcpClose } from "../../../engine/path/tcp.js";
import { sendUdp } from "../../../engine/path/udp.js";
import { sendPing } from "../../../engine/path/ping.js";
import type { NetNamespace } from "../../../engine/world/types.js";

const counts = (n: NetNamespace, chain: string) => n.netfilter.nft.filter!.chains.find((c) => c.name === chain)!.rules.map((r) => r.counters.packets);

describe("rule state the walk keeps", () => {
  it("connlimit counts open connections of the rule, not closed or dropped ones", () => {
    const w = world();
    const { b } = pair(w);
    ipt(w, b, "-A INPUT -p udp --dport 5000 -m connlimit --connlimit-above 1 -j DROP");
    listen(w, b, { proto: "udp", port: 5000 });
    expect(sendUdp(w, { fromNs: "a", dst: "10.99.0.2", dport: 5000 }).outcome.kind).toBe("delivered");
    expect(sendUdp(w, { fromNs: "a", dst: "10.99.0.2", dport: 5000 }).outcome.kind).toBe("lost");
    expect(sendUdp(w, { fromNs: "a", dst: "10.99.0.2", dport: 5000 }).outcome.kind).toBe("lost");
    expect(counts(b, "INPUT")).toEqual([2]);
  });

  it("connlimit forgets a TCP connection once it is closed (TIME_WAIT)", () => {
    const w = world();
    const { b } = pair(w);
    ipt(w, b, "-A INPUT -p tcp --syn -m connlimit --connlimit-above 2");
    listen(w, b, { proto: "tcp", port: 80 });
    const first = sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 80 });
    sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 80 });
    tcpClose(w, first.connection!);
    sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 80 });
    expect(counts(b, "INPUT")).toEqual([0]);
    sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 80 });
    expect(counts(b, "INPUT")).toEqual([1]);
  });

  it("recent's --set in one rule is what --rcheck in another sees", () => {
    const w = world();
    const { b } = pair(w);
    ipt(w, b, "-A INPUT -p icmp -m recent --rcheck --name seen -j DROP");
    ipt(w, b, "-A INPUT -p icmp -m recent --set --name seen");
    expect(sendPing(w, { fromNs: "a", dst: "10.99.0.2" }).outcome.kind).toBe("reply");
    expect(sendPing(w, { fromNs: "a", dst: "10.99.0.2" }).outcome.kind).toBe("lost");
  });
});
