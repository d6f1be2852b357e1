import { describe, expect, it } from "vitest";
import { startDocker } from "../../../engine/docker/daemon.js";
import { dockerRun } from "../../../engine/docker/run.js";
import { createNetwork, removeNetwork } from "../../../engine/docker/networks.js";
import type { DockerNetwork } from "../../../engine/docker/types.js";
import { dockerWorld, rules } from "./helpers.js";

function userNet(world: ReturnType<typeof dockerWorld>, name: string, extra: Partial<Parameters<typeof createNetwork>[2]> = {}): DockerNetwork {
  const made = createNetwork(world, startDocker(world), { name, ...extra });
  if ("daemonError" in made) throw new Error(made.message);
  return made;
}

describe("user-defined bridge networks", () => {
  it("user-network-gets-br-id-and-the-next-pool", () => {
    const world = dockerWorld();
    const a = userNet(world, "front");
    const b = userNet(world, "back");
    expect([a.bridge, a.subnet, a.gateway]).toEqual([`br-${a.id.slice(0, 12)}`, "172.18.0.0/16", "172.18.0.1"]);
    expect(b.subnet).toBe("172.19.0.0/16");
    const br = world.namespaces["lab"]!.links.find((l) => l.name === a.bridge)!;
    expect(br.addrs.map((x) => `${x.address}/${x.prefixLen} brd ${x.broadcast}`)).toEqual(["172.18.0.1/16 brd 172.18.255.255"]);
    expect(br.carrier).toBe(false);
  });

  it("user-network-inserts-its-forward-rules-above-docker0s (reference 1.6.2)", () => {
    const world = dockerWorld();
    const net = userNet(world, "bridge1");
    const r = dockerRun(world, { image: "nginx", name: "web", network: "bridge1", ports: ["8080:80"] });
    expect(r.ok && r.container.endpoints[0]!.ip).toBe("172.18.0.2");
    const golden = `-A FORWARD -j DOCKER-USER
-A FORWARD -j DOCKER-ISOLATION-STAGE-1
-A FORWARD -o bridge1 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A FORWARD -o bridge1 -j DOCKER
-A FORWARD -i bridge1 ! -o bridge1 -j ACCEPT
-A FORWARD -i bridge1 -o bridge1 -j ACCEPT
-A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A FORWARD -o docker0 -j DOCKER
-A FORWARD -i docker0 ! -o docker0 -j ACCEPT
-A FORWARD -i docker0 -o docker0 -j ACCEPT
-A DOCKER -d 192.0.2.2/32 ! -i bridge1 -o bridge1 -p tcp -m tcp --dport 80 -j ACCEPT
-A DOCKER-ISOLATION-STAGE-1 -i bridge1 ! -o bridge1 -j DOCKER-ISOLATION-STAGE-2
-A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2
-A DOCKER-ISOLATION-STAGE-1 -j RETURN
-A DOCKER-ISOLATION-STAGE-2 -o bridge1 -j DROP
-A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP
-A DOCKER-ISOLATION-STAGE-2 -j RETURN
-A DOCKER-USER -j RETURN
-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER
-A POSTROUTING -s 192.0.2.0/24 ! -o bridge1 -j MASQUERADE
-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
-A POSTROUTING -s 192.0.2.2/32 -d 192.0.2.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE
-A DOCKER -i bridge1 -j RETURN
-A DOCKER -i docker0 -j RETURN
-A DOCKER ! -i bridge1 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 192.0.2.2:80`
      .replaceAll("bridge1", net.bridge!)
      .replaceAll("192.0.2.0/24", "172.18.0.0/16")
      .replaceAll("192.0.2.2", "172.18.0.2");
    expect(rules(world)).toEqual(golden.split("\n"));
  });

  it("removing-a-network-removes-its-rules-and-its-bridge", () => {
    const world = dockerWorld();
    startDocker(world);
    const before = rules(world);
    const net = userNet(world, "front");
    expect(removeNetwork(world, world.docker!, "front")).toBeUndefined();
    expect(rules(world)).toEqual(before);
    expect(world.namespaces["lab"]!.links.some((l) => l.name === net.bridge)).toBe(false);
    expect(userNet(world, "again").subnet).toBe("172.18.0.0/16");
  });

  it("network-with-attached-container-cannot-be-removed", () => {
    const world = dockerWorld();
    const net = userNet(world, "front");
    dockerRun(world, { image: "nginx", name: "web", network: "front" });
    expect(removeNetwork(world, world.docker!, "front")).toEqual({
      daemonError: "forbidden",
      message: `error while removing network: network front id ${net.id} has active endpoints`,
    });
    expect(removeNetwork(world, world.docker!, "bridge")?.message).toBe("bridge is a pre-defined network and cannot be removed");
    expect(removeNetwork(world, world.docker!, "nope")?.message).toBe("network nope not found");
  });

  it("internal-network-has-only-its-isolation-drops-and-icc", () => {
    const world = dockerWorld();
    startDocker(world);
    const before = rules(world);
    const net = userNet(world, "secret", { internal: true });
    const br = net.bridge!;
    const added = rules(world).filter((l) => !before.includes(l));
    expect(added).toEqual([
      `-A FORWARD -i ${br} -o ${br} -j ACCEPT`,
      `-A DOCKER-ISOLATION-STAGE-1 ! -s 172.18.0.0/16 -o ${br} -j DROP`,
      `-A DOCKER-ISOLATION-STAGE-1 ! -d 172.18.0.0/16 -i ${br} -j DROP`,
    ]);
    expect(rules(world, "filter")[0]).toBe("-A FORWARD -j DOCKER-USER");
  });

  it("icc-false-appends-a-drop-and-loads-br-netfilter", () => {
    const world = dockerWorld();
    const net = userNet(world, "quiet", { options: { "com.docker.network.bridge.enable_icc": "false" } });
    const forward = rules(world, "filter").filter((l) => l.startsWith("-A FORWARD"));
    expect(forward[forward.length - 1]).toBe(`-A FORWARD -i ${net.bridge} -o ${net.bridge} -j DROP`);
    expect(world.modules).toContain("br_netfilter");
    expect(world.namespaces["lab"]!.sysctl["net.bridge.bridge-nf-call-iptables"]).toBe("1");
  });

  it("default-options-leave-br-netfilter-unloaded (27.4+: only icc=false or no userland proxy need it)", () => {
    const world = dockerWorld();
    dockerRun(world, { image: "nginx", name: "web", ports: ["8080:80"] });
    expect(world.modules ?? []).not.toContain("br_netfilter");
  });

  it("pools-skip-the-hosts-on-link-routes", () => {
    const world = dockerWorld();
    world.namespaces["lab"]!.routes.push({ dst: "172.17.0.0/16", dev: "eth0", proto: "kernel", scope: "link", src: "172.17.5.5" });
    const state = startDocker(world);
    expect(state.networks.find((n) => n.name === "bridge")!.subnet).toBe("172.18.0.0/16");
  });
});

describe("containers on networks", () => {
  it("addresses-are-the-lowest-free-and-freed-ones-are-reused", async () => {
    const world = dockerWorld();
    const ips = ["ca", "cb", "cc"].map((name) => {
      const r = dockerRun(world, { image: "nginx", name });
      return r.ok ? r.container.endpoints[0]!.ip : "";
    });
    expect(ips).toEqual(["172.17.0.2", "172.17.0.3", "172.17.0.4"]);
    const { findContainer, removeContainer } = await import("../../../engine/docker/containers.js");
    const b = findContainer(world.docker!, "cb");
    if ("daemonError" in b) throw new Error();
    removeContainer(world, world.docker!, b, true);
    const d = dockerRun(world, { image: "nginx", name: "cd" });
    expect(d.ok && d.container.endpoints[0]!.ip).toBe("172.17.0.3");
  });

  it("container-namespace-has-eth0-mac-from-ip-default-route-and-listener", () => {
    const world = dockerWorld();
    const r = dockerRun(world, { image: "nginx", name: "web", ports: ["8080:80"] });
    if (!r.ok) throw new Error(r.error.message);
    const ns = world.namespaces[r.container.nsId!]!;
    expect(ns.kind).toBe("container");
    expect(ns.hostname).toBe(r.container.id.slice(0, 12));
    const eth0 = ns.links.find((l) => l.name === "eth0")!;
    expect([eth0.mac, eth0.addrs[0]!.address, eth0.addrs[0]!.prefixLen, eth0.up]).toEqual(["02:42:ac:11:00:02", "172.17.0.2", 16, true]);
    expect(ns.routes.find((x) => x.dst === "default")).toEqual({ dst: "default", via: "172.17.0.1", dev: "eth0" });
    expect(ns.sysctl["net.ipv6.conf.eth0.disable_ipv6"]).toBe("1");
    expect(ns.sockets?.map((s) => `${s.proto} ${s.local}:${s.localPort} ${s.owner?.command}`)).toEqual(["tcp 0.0.0.0:80 nginx"]);
    const host = world.namespaces["lab"]!;
    const veth = host.links.find((l) => l.name === r.container.endpoints[0]!.hostVeth)!;
    expect(veth.name).toMatch(/^veth[0-9a-f]{7}$/);
    expect([veth.master, veth.peer?.ns, veth.peer?.ifindex, eth0.ifindex]).toEqual(["docker0", ns.id, eth0.ifindex, veth.ifindex - 1]);
    expect(host.links.find((l) => l.name === "docker0")!.carrier).toBe(true);
    expect(host.sockets?.map((s) => `${s.proto} ${s.local}:${s.localPort} ${s.owner?.command}`)).toEqual(["tcp 0.0.0.0:8080 docker-proxy"]);
  });

  it("port-already-allocated-leaves-the-second-container-created", () => {
    const world = dockerWorld();
    dockerRun(world, { image: "nginx", name: "web", ports: ["8080:80"] });
    const before = rules(world);
    const r = dockerRun(world, { image: "nginx", name: "web2", ports: ["8080:80"] });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.phase).toBe("start");
    expect(r.error.message).toMatch(/^driver failed programming external connectivity on endpoint web2 \([0-9a-f]{64}\): Bind for 0\.0\.0\.0:8080 failed: port is already allocated$/);
    expect(r.container!.status).toBe("created");
    expect(world.namespaces["container:web2"]).toBeUndefined();
    expect(rules(world)).toEqual(before);
  });

  it("a-port-held-by-another-program-fails-in-docker-proxy", async () => {
    const world = dockerWorld();
    const { listen } = await import("../../../engine/path/sockets.js");
    listen(world, world.namespaces["lab"]!, { proto: "tcp", port: 8080, owner: { command: "nc" } });
    const r = dockerRun(world, { image: "nginx", name: "web", ports: ["8080:80"] });
    expect(!r.ok && r.error.message).toMatch(/: failed to bind port 0\.0\.0\.0:8080\/tcp: Error starting userland proxy: listen tcp4 0\.0\.0\.0:8080: bind: address already in use$/);
  });

  it("ephemeral-host-ports-start-at-the-local-port-range", () => {
    const world = dockerWorld();
    const a = dockerRun(world, { image: "nginx", name: "pa", ports: ["80"] });
    const b = dockerRun(world, { image: "nginx", name: "pb", publishAll: true });
    expect(a.ok && a.container.endpoints[0]!.bindings.map((x) => `${x.hostIp}:${x.hostPort}`)).toEqual(["0.0.0.0:32768", ":::32768"]);
    expect(b.ok && b.container.endpoints[0]!.bindings.map((x) => `${x.hostIp}:${x.hostPort}`)).toEqual(["0.0.0.0:32769", ":::32769"]);
  });

  it("one-letter-names-are-refused-as-docker-does", () => {
    const r = dockerRun(dockerWorld(), { image: "nginx", name: "a" });
    expect(!r.ok && r.error.message).toBe("Invalid container name (a), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed");
  });

  it("name-conflict-is-docker-s-message", () => {
    const world = dockerWorld();
    const first = dockerRun(world, { image: "nginx", name: "web" });
    const second = dockerRun(world, { image: "nginx", name: "web" });
    expect(!second.ok && second.error.message).toBe(
      `Conflict. The container name "/web" is already in use by container "${first.ok ? first.container.id : ""}". You have to remove (or rename) that container to be able to reuse that name.`,
    );
  });

  it("a-short-command-exits-and-takes-its-networking-along", () => {
    const world = dockerWorld();
    const r = dockerRun(world, { image: "alpine", name: "once", ports: ["9000:9000"] });
    expect(r.ok && [r.container.status, r.container.exitCode]).toEqual(["exited", 0]);
    expect(world.namespaces["container:once"]).toBeUndefined();
    expect(rules(world, "nat").some((l) => l.includes("9000"))).toBe(false);
  });
});

describe("what other layers ask", () => {
  it("docker0-is-down-without-carrier-until-a-container-attaches", async () => {
    const world = dockerWorld();
    startDocker(world);
    const host = world.namespaces["lab"]!;
    const br = host.links.find((l) => l.name === "docker0")!;
    expect([br.up, br.carrier, br.operstate, br.mac.slice(0, 5), br.txqlen, br.mtu]).toEqual([true, false, "DOWN", "02:42", 0, 1500]);
    dockerRun(world, { image: "nginx", name: "web" });
    expect([br.carrier, br.operstate]).toEqual([true, "UP"]);
  });

  it("proxy-target-and-container-namespace-lookups", async () => {
    const { proxyTarget, containerNamespace, containerOfNamespace } = await import("../../../engine/docker/lookup.js");
    const world = dockerWorld();
    dockerRun(world, { image: "nginx", name: "web", ports: ["8080:80"] });
    const t = proxyTarget(world, "tcp", "127.0.0.1", 8080);
    expect([t?.container.name, t?.binding.containerIp, t?.binding.containerPort]).toEqual(["web", "172.17.0.2", 80]);
    const ns = containerNamespace(world, "web")!;
    expect(containerOfNamespace(world, ns.id)?.name).toBe("web");
  });

  it("applies-a-declarative-spec", async () => {
    const { applyDockerSpec } = await import("../../../engine/docker/run.js");
    const world = dockerWorld();
    applyDockerSpec(world, { networks: [{ name: "front" }], containers: [{ name: "web", image: "nginx", ports: ["8080:80"] }, { name: "api", image: "httpd", network: "front" }] });
    expect(world.docker!.containers.map((c) => [c.name, c.status, c.endpoints[0]!.ip])).toEqual([["web", "running", "172.17.0.2"], ["api", "running", "172.18.0.2"]]);
    expect(() => applyDockerSpec(world, { containers: [{ name: "web", image: "nginx" }] })).toThrow(/already in use/);
  });
});

describe("daemon variants", () => {
  it("userland-proxy-false-nat-table (reference 1.6.1)", () => {
    const world = dockerWorld();
    startDocker(world, { userlandProxy: false });
    const net = userNet(world, "bridge1");
    dockerRun(world, { image: "nginx", name: "web", network: "bridge1", ports: ["8080:80"] });
    const golden = `-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
-A OUTPUT -m addrtype --dst-type LOCAL -j DOCKER
-A POSTROUTING -o bridge1 -m addrtype --src-type LOCAL -j MASQUERADE
-A POSTROUTING -s 192.0.2.0/24 ! -o bridge1 -j MASQUERADE
-A POSTROUTING -o docker0 -m addrtype --src-type LOCAL -j MASQUERADE
-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
-A POSTROUTING -s 192.0.2.2/32 -d 192.0.2.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE
-A DOCKER -p tcp -m tcp --dport 8080 -j DNAT --to-destination 192.0.2.2:80`
      .replaceAll("bridge1", net.bridge!)
      .replaceAll("192.0.2.0/24", "172.18.0.0/16")
      .replaceAll("192.0.2.2", "172.18.0.2");
    expect(rules(world, "nat")).toEqual(golden.split("\n"));
    const host = world.namespaces["lab"]!;
    expect(host.sysctl[`net.ipv4.conf.${net.bridge}.route_localnet`]).toBe("1");
    expect(world.modules).toContain("br_netfilter");
    expect(host.sockets?.map((s) => `${s.local}:${s.localPort} ${s.owner?.command}`)).toEqual(["0.0.0.0:8080 dockerd"]);
  });

  it("ip-masq-false-and-iptables-false", () => {
    const noMasq = dockerWorld();
    startDocker(noMasq, { ipMasq: false });
    expect(rules(noMasq, "nat")).toEqual([
      "-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER",
      "-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER",
    ]);
    const none = dockerWorld();
    startDocker(none, { iptables: false });
    expect(rules(none)).toEqual([]);
    expect(none.namespaces["lab"]!.sysctl["net.ipv4.ip_forward"]).toBe("1");
  });
});
