import { describe, expect, it } from "vitest";
import { startDocker } from "../../../engine/docker/daemon.js";
import { dockerRun } from "../../../engine/docker/run.js";
import { findContainer, removeContainer } from "../../../engine/docker/containers.js";
import { dockerWorld, iptables, rules, save } from "./helpers.js";

/** Reference §1.5: a fresh 27.x daemon with default options and one container `-p 8080:80`. */
const REFERENCE_1_5 = `*filter
:INPUT ACCEPT [0:0]
:FORWARD DROP [0:0]
:OUTPUT ACCEPT [0:0]
:DOCKER - [0:0]
:DOCKER-ISOLATION-STAGE-1 - [0:0]
:DOCKER-ISOLATION-STAGE-2 - [0:0]
:DOCKER-USER - [0:0]
-A FORWARD -j DOCKER-USER
-A FORWARD -j DOCKER-ISOLATION-STAGE-1
-A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT
-A FORWARD -o docker0 -j DOCKER
-A FORWARD -i docker0 ! -o docker0 -j ACCEPT
-A FORWARD -i docker0 -o docker0 -j ACCEPT
-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT
-A DOCKER-ISOLATION-STAGE-1 -i docker0 ! -o docker0 -j DOCKER-ISOLATION-STAGE-2
-A DOCKER-ISOLATION-STAGE-1 -j RETURN
-A DOCKER-ISOLATION-STAGE-2 -o docker0 -j DROP
-A DOCKER-ISOLATION-STAGE-2 -j RETURN
-A DOCKER-USER -j RETURN
COMMIT
*nat
:PREROUTING ACCEPT [0:0]
:INPUT ACCEPT [0:0]
:OUTPUT ACCEPT [0:0]
:POSTROUTING ACCEPT [0:0]
:DOCKER - [0:0]
-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER
-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER
-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE
-A POSTROUTING -s 172.17.0.2/32 -d 172.17.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE
-A DOCKER -i docker0 -j RETURN
-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80
COMMIT
`;

const PER_PORT = [
  "-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT",
  "-A POSTROUTING -s 172.17.0.2/32 -d 172.17.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE",
  "-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80",
];

describe("dockerd 27.5 programs iptables", () => {
  for (const backend of ["nf_tables", "legacy"] as const) {
    it(`one-container-save-equals-reference-1-5 (${backend})`, () => {
      const world = dockerWorld(backend);
      const r = dockerRun(world, { image: "nginx", name: "web", ports: ["8080:80"] });
      expect(r.ok).toBe(true);
      const text = save(world);
      // legacy lists the tables newest first; compare table by table.
      for (const table of ["*filter", "*nat"]) {
        const ref = REFERENCE_1_5.slice(REFERENCE_1_5.indexOf(table), REFERENCE_1_5.indexOf("COMMIT", REFERENCE_1_5.indexOf(table)));
        expect(text.slice(text.indexOf(table), text.indexOf("COMMIT", text.indexOf(table)))).toBe(ref);
      }
    });
  }

  it("fresh-daemon-is-the-reference-without-per-port-rules", () => {
    const world = dockerWorld();
    startDocker(world);
    const expected = REFERENCE_1_5.split("\n").filter((l) => !PER_PORT.includes(l)).join("\n");
    expect(save(world)).toBe(expected);
  });

  it("forward-policy-stays-accept-when-forwarding-was-already-on", () => {
    const world = dockerWorld();
    world.namespaces["lab"]!.sysctl["net.ipv4.ip_forward"] = "1";
    startDocker(world);
    expect(save(world)).toContain(":FORWARD ACCEPT [0:0]");
  });

  it("daemon-turns-ip-forward-on-for-every-link", () => {
    const world = dockerWorld();
    startDocker(world);
    const s = world.namespaces["lab"]!.sysctl;
    expect([s["net.ipv4.ip_forward"], s["net.ipv4.conf.all.forwarding"], s["net.ipv4.conf.eth0.forwarding"], s["net.ipv4.conf.docker0.forwarding"]]).toEqual(["1", "1", "1", "1"]);
  });

  it("second-container-appends-its-rules-after-the-first", () => {
    const world = dockerWorld();
    dockerRun(world, { image: "nginx", name: "web", ports: ["8080:80"] });
    const r = dockerRun(world, { image: "httpd", name: "api", ports: ["9090:80"] });
    expect(r.ok && r.container.endpoints[0]!.ip).toBe("172.17.0.3");
    expect(rules(world, "nat")).toEqual([
      "-A PREROUTING -m addrtype --dst-type LOCAL -j DOCKER",
      "-A OUTPUT ! -d 127.0.0.0/8 -m addrtype --dst-type LOCAL -j DOCKER",
      "-A POSTROUTING -s 172.17.0.0/16 ! -o docker0 -j MASQUERADE",
      "-A POSTROUTING -s 172.17.0.2/32 -d 172.17.0.2/32 -p tcp -m tcp --dport 80 -j MASQUERADE",
      "-A POSTROUTING -s 172.17.0.3/32 -d 172.17.0.3/32 -p tcp -m tcp --dport 80 -j MASQUERADE",
      "-A DOCKER -i docker0 -j RETURN",
      "-A DOCKER ! -i docker0 -p tcp -m tcp --dport 8080 -j DNAT --to-destination 172.17.0.2:80",
      "-A DOCKER ! -i docker0 -p tcp -m tcp --dport 9090 -j DNAT --to-destination 172.17.0.3:80",
    ]);
    expect(rules(world, "filter").filter((l) => l.startsWith("-A DOCKER "))).toEqual([
      "-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT",
      "-A DOCKER -d 172.17.0.3/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT",
    ]);
  });

  it("udp-and-host-ip-bindings", () => {
    const world = dockerWorld();
    dockerRun(world, { image: "nginx", name: "dns", ports: ["127.0.0.1:8053:53/udp"] });
    expect(rules(world, "nat")).toContain("-A DOCKER -d 127.0.0.1/32 ! -i docker0 -p udp -m udp --dport 8053 -j DNAT --to-destination 172.17.0.2:53");
    expect(rules(world, "filter")).toContain("-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p udp -m udp --dport 53 -j ACCEPT");
  });

  it("removing-a-container-removes-its-per-port-rules", () => {
    const world = dockerWorld();
    dockerRun(world, { image: "nginx", name: "web", ports: ["8080:80"] });
    const state = world.docker!;
    const c = findContainer(state, "web");
    if ("daemonError" in c) throw new Error(c.message);
    expect(removeContainer(world, state, c, true)).toBeUndefined();
    const expected = REFERENCE_1_5.split("\n").filter((l) => !PER_PORT.includes(l)).join("\n");
    expect(save(world)).toBe(expected);
    expect(world.namespaces["container:web"]).toBeUndefined();
    expect(world.namespaces["lab"]!.links.map((l) => l.name)).toEqual(["lo", "eth0", "docker0"]);
    expect(world.namespaces["lab"]!.sockets ?? []).toEqual([]);
  });

  it("flushed-rules-stay-gone: Docker does not put them back until it restarts", () => {
    const world = dockerWorld();
    dockerRun(world, { image: "nginx", name: "web", ports: ["8080:80"] });
    iptables(world, "-F");
    iptables(world, "-t", "nat", "-F");
    expect(rules(world)).toEqual([]);
    // A new container appends only its own rules to the chains that are left.
    dockerRun(world, { image: "httpd", name: "api", ports: ["9090:80"] });
    expect(rules(world)).toEqual([
      "-A DOCKER -d 172.17.0.3/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 80 -j ACCEPT",
      "-A POSTROUTING -s 172.17.0.3/32 -d 172.17.0.3/32 -p tcp -m tcp --dport 80 -j MASQUERADE",
      "-A DOCKER ! -i docker0 -p tcp -m tcp --dport 9090 -j DNAT --to-destination 172.17.0.3:80",
    ]);
  });

  it("rules-in-docker-user-survive-container-changes", () => {
    const world = dockerWorld();
    startDocker(world);
    iptables(world, "-I", "DOCKER-USER", "-s", "203.0.113.66", "-j", "DROP");
    dockerRun(world, { image: "nginx", name: "web", ports: ["8080:80"] });
    expect(rules(world, "filter").filter((l) => l.startsWith("-A DOCKER-USER"))).toEqual([
      "-A DOCKER-USER -s 203.0.113.66/32 -j DROP",
      "-A DOCKER-USER -j RETURN",
    ]);
  });
});

describe("a reboot: netfilter-persistent restores the saved rules before dockerd starts", () => {
  it("restored-rules-then-docker-start-give-the-same-set-and-keep-docker-user", async () => {
    const { runIptablesRestore } = await import("../../../engine/commands/iptables/restore.js");
    const { LabFs } = await import("../../../engine/fs/lab-fs.js");
    const before = dockerWorld();
    dockerRun(before, { image: "nginx", name: "web", ports: ["8080:80"] });
    iptables(before, "-I", "DOCKER-USER", "-i", "eth0", "!", "-s", "203.0.113.7", "-j", "DROP");
    const saved = save(before);

    const after = dockerWorld();
    const r = runIptablesRestore({
      world: after, ns: after.namespaces["lab"]!, argv: ["iptables-restore"], stdin: saved, env: new Map(), cwd: "/root",
      fs: new LabFs(after.files, () => after.clock.nowMs), interactive: false, exec: async () => ({ stdout: "", stderr: "", exitCode: 127 }),
    });
    expect(r.exitCode).toBe(0);
    dockerRun(after, { image: "nginx", name: "web", ports: ["8080:80"] });
    expect(save(after)).toBe(saved);
  });
});
