import { describe, expect, it } from "vitest";
import { createVeth, deleteLink } from "../../../engine/net/link-ops.js";
import { devOpen, devClose } from "../../../engine/net/device.js";
import { settleLinkwatch } from "../../../engine/net/linkwatch.js";
import { linkByName } from "../../../engine/net/links.js";
import { operstate, linkFlags, lowerIsDown } from "../../../engine/net/link-state.js";
import { bareWorld } from "./helpers.js";

describe("veth pairs", () => {
  it("register-the-peer-first-so-it-gets-the-lower-index", () => {
    const { world, ns } = bareWorld();
    const made = createVeth(world, ns, { name: "veth0" }, ns, { name: "veth1" });
    if (typeof made === "string") throw new Error(made);
    expect(made.peer.ifindex).toBe(2);
    expect(made.link.ifindex).toBe(3);
    expect(made.link.peer).toEqual({ ns: "lab", ifindex: 2 });
  });

  it("name-unnamed-ends-veth-percent-d-peer-first", () => {
    const { world, ns } = bareWorld();
    createVeth(world, ns, {}, ns, {});
    expect(ns.links.map((l) => l.name)).toEqual(["lo", "veth0", "veth1"]);
  });

  it("a-failed-pair-still-uses-up-the-peer-index", () => {
    const { world, ns } = bareWorld();
    createVeth(world, ns, { name: "veth0" }, ns, { name: "veth1" });
    expect(createVeth(world, ns, { name: "veth4" }, ns, { name: "veth4" })).toBe("EEXIST");
    const next = createVeth(world, ns, { name: "veth5" }, ns, { name: "veth6" });
    if (typeof next === "string") throw new Error(next);
    expect(next.peer.ifindex).toBe(5);
  });

  it("carrier-needs-both-ends-up", () => {
    const { world, ns } = bareWorld();
    createVeth(world, ns, { name: "veth0" }, ns, { name: "veth1" });
    const veth0 = linkByName(ns, "veth0")!;
    const veth1 = linkByName(ns, "veth1")!;
    devOpen(world, ns, veth0);
    settleLinkwatch(world);
    expect(operstate(veth0)).toBe("LOWERLAYERDOWN");
    expect(linkFlags(veth0)).toEqual(["NO-CARRIER", "BROADCAST", "MULTICAST", "UP"]);
    expect(lowerIsDown(ns, veth0)).toBe(true);
    devOpen(world, ns, veth1);
    settleLinkwatch(world);
    expect(operstate(veth0)).toBe("UP");
    expect(linkFlags(veth0)).toEqual(["BROADCAST", "MULTICAST", "UP", "LOWER_UP"]);
    devClose(world, ns, veth1);
    settleLinkwatch(world);
    expect(operstate(veth0)).toBe("LOWERLAYERDOWN");
  });

  it("deleting-one-end-deletes-the-pair", () => {
    const { world, ns } = bareWorld();
    createVeth(world, ns, { name: "veth0" }, ns, { name: "veth1" });
    expect(deleteLink(world, ns, linkByName(ns, "veth1")!)).toBeUndefined();
    expect(ns.links.map((l) => l.name)).toEqual(["lo"]);
    expect(ns.sysctl["net.ipv4.conf.veth0.forwarding"]).toBeUndefined();
  });
});
