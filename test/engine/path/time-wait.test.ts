import { describe, expect, it } from "vitest";
import { pair, world } from "./topo.js";
import { listen, pruneSockets, socketsOf } from "../../../engine/path/sockets.js";
import { sendTcpConnect, tcpClose } from "../../../engine/path/tcp.js";

describe("TIME_WAIT after a close", () => {
  it("keeps the closing end's socket for 60 s of the world's clock and drops the other", () => {
    const w = world();
    const { a, b } = pair(w);
    listen(w, b, { proto: "tcp", port: 8080 });
    const r = sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 8080, owner: { pid: 42, command: "nc" } });
    tcpClose(w, r.connection!, "client");
    expect(socketsOf(a).map((s) => `${s.state} ${s.local}:${s.localPort} ${s.remote}:${s.remotePort} ${s.owner === undefined}`)).toEqual([
      `TIME_WAIT 10.99.0.1:${r.sport} 10.99.0.2:8080 true`,
    ]);
    expect(socketsOf(b).map((s) => s.state)).toEqual(["LISTEN"]);
    w.clock.nowMs += 59_999;
    pruneSockets(w, a);
    expect(socketsOf(a)).toHaveLength(1);
    w.clock.nowMs += 1;
    pruneSockets(w, a);
    expect(socketsOf(a)).toEqual([]);
  });

  it("sits on the server when the server closes first, and a new SYN still reaches the listener", () => {
    const w = world();
    const { a, b } = pair(w);
    listen(w, b, { proto: "tcp", port: 8080 });
    const r = sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 8080 });
    tcpClose(w, r.connection!, "server");
    expect(socketsOf(a)).toEqual([]);
    expect(socketsOf(b).map((s) => s.state)).toEqual(["LISTEN", "TIME_WAIT"]);
    const again = sendTcpConnect(w, { fromNs: "a", dst: "10.99.0.2", dport: 8080, sport: r.sport! });
    expect(again.outcome.kind).toBe("connected");
  });
});
