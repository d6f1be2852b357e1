import { describe, expect, it } from "vitest";
import { createVeth } from "../../../engine/net/link-ops.js";
import { devOpen, devClose } from "../../../engine/net/device.js";
import { deleteIfaddr, insertIfaddr } from "../../../engine/net/inet4.js";
import { linkByName } from "../../../engine/net/links.js";
import { settleLinkwatch } from "../../../engine/net/linkwatch.js";
import type { IfAddr } from "../../../engine/world/types.js";
import { bareWorld } from "./helpers.js";

const addr = (address: string, prefixLen: number, more: Partial<IfAddr> = {}): IfAddr => ({ family: 4, address, prefixLen, scope: "global", ...more });

function setup() {
  const { world, ns } = bareWorld();
  createVeth(world, ns, { name: "veth0" }, ns, { name: "veth1" });
  return { world, ns, veth0: linkByName(ns, "veth0")! };
}

const routes = (ns: ReturnType<typeof bareWorld>["ns"]) => ns.routes.map((r) => `${r.type ?? "unicast"} ${r.dst} ${r.table ?? 254}`);

describe("IPv4 addresses and the kernel's routes", () => {
  it("a-down-link-gets-only-its-local-route", () => {
    const { ns, veth0 } = setup();
    insertIfaddr(ns, veth0, addr("10.0.0.1", 24));
    expect(routes(ns)).toEqual(["local 10.0.0.1/32 255"]);
  });

  it("up-adds-the-prefix-and-broadcast-routes-down-takes-them", () => {
    const { world, ns, veth0 } = setup();
    insertIfaddr(ns, veth0, addr("10.0.0.1", 24));
    devOpen(world, ns, veth0);
    expect(routes(ns)).toEqual(["unicast 10.0.0.0/24 254", "local 10.0.0.1/32 255", "broadcast 10.0.0.255/32 255"]);
    devClose(world, ns, veth0);
    expect(routes(ns)).toEqual(["local 10.0.0.1/32 255"]);
  });

  it("a-second-address-of-a-subnet-is-secondary-and-goes-with-its-primary", () => {
    const { world, ns, veth0 } = setup();
    devOpen(world, ns, veth0);
    insertIfaddr(ns, veth0, addr("10.0.0.1", 24));
    insertIfaddr(ns, veth0, addr("10.0.0.2", 24));
    insertIfaddr(ns, veth0, addr("10.1.0.1", 16));
    expect(veth0.addrs.map((a) => `${a.address}${a.secondary ? " secondary" : ""}`)).toEqual(["10.0.0.1", "10.1.0.1", "10.0.0.2 secondary"]);
    deleteIfaddr(ns, veth0, veth0.addrs[0]!);
    expect(veth0.addrs.map((a) => a.address)).toEqual(["10.1.0.1"]);
  });

  it("promote-secondaries-keeps-the-subnet", () => {
    const { world, ns, veth0 } = setup();
    ns.sysctl["net.ipv4.conf.all.promote_secondaries"] = "1";
    devOpen(world, ns, veth0);
    insertIfaddr(ns, veth0, addr("10.0.0.1", 24));
    insertIfaddr(ns, veth0, addr("10.0.0.2", 24));
    deleteIfaddr(ns, veth0, veth0.addrs[0]!);
    expect(veth0.addrs.map((a) => `${a.address}${a.secondary ? " secondary" : ""}`)).toEqual(["10.0.0.2"]);
    expect(ns.routes.find((r) => r.dst === "10.0.0.0/24")?.src).toBe("10.0.0.2");
  });

  it("the-same-address-twice-is-eexist", () => {
    const { ns, veth0 } = setup();
    insertIfaddr(ns, veth0, addr("10.0.0.1", 24));
    expect(insertIfaddr(ns, veth0, addr("10.0.0.1", 24))).toBe("EEXIST");
  });

  it("lo-gets-127-0-0-1-and-ipv6-loopback-when-it-comes-up", () => {
    const { world, ns } = bareWorld();
    const lo = linkByName(ns, "lo")!;
    devOpen(world, ns, lo);
    settleLinkwatch(world);
    expect(lo.addrs.map((a) => `${a.address}/${a.prefixLen} ${a.scope}`)).toEqual(["127.0.0.1/8 host"]);
    expect(lo.inet6?.map((a) => a.address)).toEqual(["::1"]);
  });

  it("a-veth-with-carrier-gets-an-eui64-link-local-that-is-tentative-for-a-while", () => {
    const { world, ns } = bareWorld();
    createVeth(world, ns, { name: "veth0", mac: "02:00:00:00:00:01" }, ns, { name: "veth1" });
    devOpen(world, ns, linkByName(ns, "veth0")!);
    devOpen(world, ns, linkByName(ns, "veth1")!);
    settleLinkwatch(world);
    const ll = linkByName(ns, "veth0")!.inet6![0]!;
    expect(ll.address).toBe("fe80::ff:fe00:1");
    expect(ll.dadUntilMs! - world.clock.nowMs).toBeGreaterThanOrEqual(1000);
    expect(ll.dadUntilMs! - world.clock.nowMs).toBeLessThan(2000);
  });
});
