import { describe, expect, it } from "vitest";
import { createLink, createVeth } from "../../../engine/net/link-ops.js";
import { addPort, delPort } from "../../../engine/net/bridge.js";
import { devOpen } from "../../../engine/net/device.js";
import { settleLinkwatch, syncLink } from "../../../engine/net/linkwatch.js";
import { linkByName } from "../../../engine/net/links.js";
import { operstate, carrierOk } from "../../../engine/net/link-state.js";
import type { Link } from "../../../engine/world/types.js";
import { bareWorld } from "./helpers.js";

function setup() {
  const { world, ns } = bareWorld();
  const br = createLink(world, ns, "bridge", { name: "br0" }) as Link;
  createVeth(world, ns, { name: "veth0", mac: "02:00:00:00:00:a0" }, ns, { name: "veth1" });
  createVeth(world, ns, { name: "veth2", mac: "02:00:00:00:00:a2" }, ns, { name: "veth3" });
  const port = (name: string) => linkByName(ns, name)!;
  return { world, ns, br, port };
}

describe("bridges", () => {
  it("a-bridge-that-never-had-a-port-is-unknown-with-carrier", () => {
    const { world, ns, br } = setup();
    devOpen(world, ns, br);
    settleLinkwatch(world);
    expect(carrierOk(br)).toBe(true);
    expect(operstate(br)).toBe("UNKNOWN");
  });

  it("takes-the-lowest-port-mac-and-zero-with-no-port", () => {
    const { world, ns, br, port } = setup();
    addPort(world, ns, br, port("veth2"));
    expect(br.mac).toBe("02:00:00:00:00:a2");
    addPort(world, ns, br, port("veth0"));
    expect(br.mac).toBe("02:00:00:00:00:a0");
    delPort(world, ns, br, port("veth0"));
    expect(br.mac).toBe("02:00:00:00:00:a2");
    delPort(world, ns, br, port("veth2"));
    expect(br.mac).toBe("00:00:00:00:00:00");
  });

  it("keeps-a-mac-it-was-given", () => {
    const { world, ns, port } = setup();
    const br1 = createLink(world, ns, "bridge", { name: "br1", mac: "02:11:11:11:11:11" }) as Link;
    addPort(world, ns, br1, port("veth0"));
    expect(br1.mac).toBe("02:11:11:11:11:11");
  });

  it("has-carrier-while-a-port-forwards", () => {
    const { world, ns, br, port } = setup();
    devOpen(world, ns, br);
    addPort(world, ns, br, port("veth0"));
    expect(carrierOk(br)).toBe(false);
    devOpen(world, ns, port("veth0"));
    devOpen(world, ns, port("veth1"));
    settleLinkwatch(world);
    expect(port("veth0").brport!.state).toBe("forwarding");
    expect(carrierOk(br)).toBe(true);
  });

  it("operstate-lags-carrier-within-a-second-until-a-lookup-syncs-it", () => {
    const { world, ns, br, port } = setup();
    devOpen(world, ns, br);
    addPort(world, ns, br, port("veth0"));
    settleLinkwatch(world);
    expect(operstate(br)).toBe("DOWN");
    devOpen(world, ns, port("veth0"));
    devOpen(world, ns, port("veth1"));
    settleLinkwatch(world);
    delPort(world, ns, br, port("veth0"));
    settleLinkwatch(world);
    // The carrier went off less than a second after the last full run: the event waits.
    expect(carrierOk(br)).toBe(false);
    syncLink(world, ns, br);
    expect(operstate(br)).toBe("DOWN");
  });

  it("follows-the-smallest-port-mtu-unless-set", () => {
    const { world, ns, br, port } = setup();
    port("veth0").mtu = 9000;
    addPort(world, ns, br, port("veth0"));
    expect(br.mtu).toBe(9000);
    addPort(world, ns, br, port("veth2"));
    expect(br.mtu).toBe(1500);
  });

  it("refuses-itself-lo-and-other-bridges", () => {
    const { world, ns, br } = setup();
    const br1 = createLink(world, ns, "bridge", { name: "br1" }) as Link;
    expect(addPort(world, ns, br, br)).toBe("EINVAL");
    expect(addPort(world, ns, br, linkByName(ns, "lo")!)).toBe("EINVAL");
    expect(addPort(world, ns, br, br1)).toBe("ELOOP");
  });
});
