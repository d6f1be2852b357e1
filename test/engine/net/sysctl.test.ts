import { describe, expect, it } from "vitest";
import { writeSysctl } from "../../../engine/net/sysctl-write.js";
import { createVeth, renameLink } from "../../../engine/net/link-ops.js";
import { linkByName } from "../../../engine/net/links.js";
import { createWorld } from "../../../engine/world/spec.js";
import { bareWorld } from "./helpers.js";

describe("a namespace's sysctls", () => {
  it("start-as-the-kernel-gives-a-new-namespace", () => {
    const { ns } = bareWorld();
    expect(ns.sysctl["net.ipv4.ip_forward"]).toBe("0");
    expect(ns.sysctl["net.ipv4.conf.lo.disable_policy"]).toBe("1");
    expect(ns.sysctl["net.ipv6.conf.lo.mtu"]).toBe("65536");
    expect(ns.sysctl["net.bridge.bridge-nf-call-iptables"]).toBeUndefined();
    expect(createWorld({ modules: ["br_netfilter"] }).namespaces["lab"]!.sysctl["net.bridge.bridge-nf-call-iptables"]).toBe("1");
  });

  it("ip-forward-switches-every-links-forwarding", () => {
    const { world, ns } = bareWorld();
    createVeth(world, ns, { name: "veth0" }, ns, { name: "veth1" });
    expect(writeSysctl(ns, "net.ipv4.ip_forward", "1")).toBeUndefined();
    expect(ns.sysctl["net.ipv4.conf.veth0.forwarding"]).toBe("1");
    expect(ns.sysctl["net.ipv4.conf.default.forwarding"]).toBe("1");
    expect(ns.sysctl["net.ipv4.conf.all.accept_redirects"]).toBe("0");
    expect(writeSysctl(ns, "net.ipv4.conf.veth0.forwarding", "0")).toBeUndefined();
    expect(ns.sysctl["net.ipv4.ip_forward"]).toBe("1");
  });

  it("new-links-copy-the-defaults-and-follow-renames", () => {
    const { world, ns } = bareWorld();
    writeSysctl(ns, "net.ipv4.conf.default.rp_filter", "2");
    createVeth(world, ns, { name: "veth0" }, ns, { name: "veth1" });
    expect(ns.sysctl["net.ipv4.conf.veth0.rp_filter"]).toBe("2");
    renameLink(world, ns, linkByName(ns, "veth0")!, "eth9");
    expect(ns.sysctl["net.ipv4.conf.eth9.rp_filter"]).toBe("2");
    expect(ns.sysctl["net.ipv4.conf.veth0.rp_filter"]).toBeUndefined();
  });

  it("refuses-what-the-proc-handlers-refuse", () => {
    const { ns } = bareWorld();
    expect(writeSysctl(ns, "net.ipv4.ip_forward", "abc")).toBe("EINVAL");
    expect(writeSysctl(ns, "net.ipv4.nope", "1")).toBe("ENOENT");
    expect(writeSysctl(ns, "net.ipv4.ip_local_port_range", "1024 65000")).toBeUndefined();
    expect(ns.sysctl["net.ipv4.ip_local_port_range"]).toBe("1024\t65000");
  });

  it("refuses-a-number-past-the-int-as-proc-dointvec-does", () => {
    const { ns } = bareWorld();
    expect(writeSysctl(ns, "net.ipv4.conf.lo.forwarding", "99999999999999999999999")).toBe("EINVAL");
    expect(writeSysctl(ns, "net.ipv4.conf.lo.forwarding", "2147483648")).toBe("EINVAL");
    expect(writeSysctl(ns, "net.ipv4.conf.lo.rp_filter", "-2147483649")).toBe("EINVAL");
    expect(writeSysctl(ns, "net.ipv4.ip_local_port_range", "1 99999999999999999999")).toBe("EINVAL");
    expect(ns.sysctl["net.ipv4.conf.lo.forwarding"]).toBe("0");
    expect(writeSysctl(ns, "net.ipv4.conf.lo.forwarding", "2147483647")).toBeUndefined();
    expect(writeSysctl(ns, "net.ipv4.conf.lo.rp_filter", "-2147483648")).toBeUndefined();
    expect(ns.sysctl["net.ipv4.conf.lo.rp_filter"]).toBe("-2147483648");
  });
});
