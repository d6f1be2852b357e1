import { describe, expect, it } from "vitest";
import { createWorld } from "../../../engine/world/spec.js";
import { routeGet, fibLookup } from "../../../engine/net/route-get.js";
import { routeInput } from "../../../engine/net/route-input.js";
import { writeSysctl } from "../../../engine/net/sysctl-write.js";
import { insertRoute } from "../../../engine/net/fib4.js";
import { parseIpv4 } from "../../../engine/addr/ipv4.js";

describe("routeGet, the lookup the packet walk uses", () => {
  const world = createWorld({});
  const ns = world.namespaces["lab"]!;

  it("goes-via-the-default-gateway-from-eth0s-address", () => {
    expect(routeGet(ns, "8.8.8.8")).toMatchObject({ type: "unicast", dev: "eth0", gateway: "10.0.2.2", src: "10.0.2.15", flags: [] });
  });

  it("reaches-the-subnet-directly", () => {
    const r = routeGet(ns, "10.0.2.7");
    expect(r).toMatchObject({ type: "unicast", dev: "eth0", src: "10.0.2.15" });
    expect(typeof r !== "string" && r.gateway).toBeFalsy();
  });

  it("delivers-own-addresses-locally-through-lo", () => {
    expect(routeGet(ns, "10.0.2.15")).toMatchObject({ type: "local", dev: "lo", src: "10.0.2.15", flags: ["local"] });
    expect(routeGet(ns, "127.9.9.9")).toMatchObject({ type: "local", dev: "lo", src: "127.0.0.1" });
  });

  it("sees-the-subnet-broadcast", () => {
    expect(routeGet(ns, "10.0.2.255")).toMatchObject({ type: "broadcast", dev: "eth0", flags: ["local", "brd"] });
  });

  it("prefers-the-longest-prefix-then-the-lowest-metric", () => {
    const w = createWorld({});
    const n = w.namespaces["lab"]!;
    insertRoute(n, { dst: "192.168.0.0/16", via: "10.0.2.3", dev: "eth0", metric: 10 }, "add");
    insertRoute(n, { dst: "192.168.0.0/16", via: "10.0.2.4", dev: "eth0", metric: 5 }, "add");
    insertRoute(n, { dst: "192.168.1.0/24", via: "10.0.2.5", dev: "eth0" }, "add");
    expect(routeGet(n, "192.168.1.1")).toMatchObject({ gateway: "10.0.2.5" });
    expect(routeGet(n, "192.168.2.1")).toMatchObject({ gateway: "10.0.2.4" });
    expect(fibLookup(n, parseIpv4("192.168.2.1")!)?.metric).toBe(5);
  });

  it("fails-as-the-kernel-does", () => {
    const bare = createWorld({ bare: true }).namespaces["lab"]!;
    expect(routeGet(bare, "8.8.8.8")).toBe("ENETUNREACH");
    expect(routeGet(ns, "8.8.8.8", { src: "1.2.3.4" })).toBe("ENETUNREACH");
    expect(routeGet(ns, "8.8.8.8", { src: "224.0.0.1" })).toBe("EINVAL");
    const w = createWorld({});
    const n = w.namespaces["lab"]!;
    insertRoute(n, { dst: "10.9.0.0/16", dev: "", type: "unreachable" }, "add");
    insertRoute(n, { dst: "10.8.0.0/16", dev: "", type: "prohibit" }, "add");
    expect(routeGet(n, "10.9.1.1")).toBe("EHOSTUNREACH");
    expect(routeGet(n, "10.8.1.1")).toBe("EACCES");
  });
});

describe("routeInput, for packets that arrive", () => {
  function router() {
    const w = createWorld({});
    const n = w.namespaces["lab"]!;
    insertRoute(n, { dst: "192.168.9.0/24", via: "10.0.2.9", dev: "eth0" }, "add");
    return n;
  }

  it("delivers-to-this-host-and-forwards-only-with-forwarding-on", () => {
    const n = router();
    expect(routeInput(n, "10.0.2.15", "10.0.2.7", "eth0")).toMatchObject({ type: "local", dev: "lo", flags: ["local"] });
    expect(routeInput(n, "192.168.9.1", "10.0.2.7", "eth0")).toBe("EHOSTUNREACH");
    writeSysctl(n, "net.ipv4.ip_forward", "1");
    expect(routeInput(n, "192.168.9.1", "10.0.2.7", "eth0")).toMatchObject({ type: "unicast", dev: "eth0", gateway: "10.0.2.9", flags: ["redirect"] });
  });

  it("refuses-martians-and-what-rp-filter-refuses", () => {
    const n = router();
    writeSysctl(n, "net.ipv4.ip_forward", "1");
    expect(routeInput(n, "192.168.9.1", "127.0.0.1", "eth0")).toBe("EINVAL");
    expect(routeInput(n, "192.168.9.1", "0.0.0.0", "eth0")).toBe("EINVAL");
    expect(routeInput(n, "192.168.9.1", "10.0.2.15", "eth0")).toBe("EINVAL");
    writeSysctl(n, "net.ipv4.conf.all.rp_filter", "1");
    expect(routeInput(n, "192.168.9.1", "10.0.2.7", "lo")).toBe("EINVAL");
  });
});
