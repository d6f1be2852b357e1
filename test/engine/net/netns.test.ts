import { describe, expect, it } from "vitest";
import { addNetns, deleteNetns, moveLink, namedNamespaces } from "../../../engine/net/netns.js";
import { createVeth } from "../../../engine/net/link-ops.js";
import { linkByName } from "../../../engine/net/links.js";
import { nsidOf } from "../../../engine/net/nsid.js";
import { bareWorld } from "./helpers.js";

describe("network namespaces", () => {
  it("a-new-one-has-only-lo-down-and-a-file-under-run-netns", () => {
    const { world } = bareWorld();
    const red = addNetns(world, "red", "lab");
    if (red === "EEXIST") throw new Error("exists");
    expect(red.links.map((l) => `${l.ifindex} ${l.name} ${l.up}`)).toEqual(["1 lo false"]);
    expect(world.files["/run/netns/red"]).toBeDefined();
    expect(addNetns(world, "red", "lab")).toBe("EEXIST");
  });

  it("lists-the-newest-first", () => {
    const { world } = bareWorld();
    addNetns(world, "red", "lab");
    addNetns(world, "blue", "lab");
    expect(namedNamespaces(world).map((n) => n.netnsName)).toEqual(["blue", "red"]);
  });

  it("a-moved-veth-keeps-its-index-if-free-and-the-namespaces-get-ids", () => {
    const { world, ns } = bareWorld();
    const red = addNetns(world, "red", "lab") as Exclude<ReturnType<typeof addNetns>, "EEXIST">;
    createVeth(world, ns, { name: "veth0" }, ns, { name: "veth1" });
    expect(moveLink(world, ns, linkByName(ns, "veth1")!, red)).toBeUndefined();
    expect(linkByName(red, "veth1")!.ifindex).toBe(2);
    expect(linkByName(ns, "veth0")!.peer).toEqual({ ns: "red", ifindex: 2 });
    expect(nsidOf(ns, red)).toBe(0);
    expect(nsidOf(red, ns)).toBe(0);
    expect(moveLink(world, ns, linkByName(ns, "lo")!, red)).toBe("NETNS_LOCAL");
  });

  it("deleting-it-takes-its-veths-and-their-peers", () => {
    const { world, ns } = bareWorld();
    const red = addNetns(world, "red", "lab") as Exclude<ReturnType<typeof addNetns>, "EEXIST">;
    createVeth(world, ns, { name: "veth0" }, red, { name: "veth1" });
    expect(deleteNetns(world, "red")).toBeUndefined();
    expect(ns.links.map((l) => l.name)).toEqual(["lo"]);
    expect(world.namespaces["red"]).toBeUndefined();
    expect(ns.nsids).toEqual({});
    expect(deleteNetns(world, "red")).toBe("ENOENT");
  });
});
