/**
 * worldProblems names what a real kernel never allows: a world built by
 * commands has none; each hand-broken world has the problem it was given.
 */
import { describe, expect, it } from "vitest";
import { worldProblems } from "../../../engine/world/invariants.js";
import type { World } from "../../../engine/world/types.js";
import { labShell } from "../../support/lab-shell.js";

async function builtWorld(): Promise<World> {
  const { world, run } = labShell();
  const script = [
    "ip netns add a",
    "ip link add v0 type veth peer name v1 netns a",
    "ip link add br0 type bridge",
    "ip link set v0 master br0",
    "ip link set v0 up && ip link set br0 up",
    "ip addr add 10.1.0.1/24 dev br0",
    "ip -n a addr add 10.1.0.2/24 dev v1",
    "ip -n a link set v1 up && ip -n a link set lo up",
    "ip -n a route add default via 10.1.0.1",
    "sysctl -qw net.ipv4.ip_forward=1",
    "iptables -A INPUT -m conntrack --ctstate ESTABLISHED -j ACCEPT",
    "nc -lk 8080 &",
    "ip netns exec a nc -z -w1 10.1.0.1 8080",
    "ip netns exec a ping -c1 -W1 10.1.0.1 >/dev/null",
  ];
  for (const line of script) expect((await run(line)).exitCode, line).toBe(0);
  return world;
}

function broken(world: World, change: (w: World) => void): string[] {
  const copy = structuredClone(world);
  change(copy);
  return worldProblems(copy);
}

describe("worldProblems", () => {
  it("finds nothing in a fresh lab or one built with ip, sysctl, nc and ping", async () => {
    expect(worldProblems(labShell().world)).toEqual([]);
    const twoNc = labShell();
    for (const line of ["nc -lk 8080 &", "nc -lk 8080 &"]) await twoNc.run(line);
    expect(twoNc.world.namespaces.lab!.sockets!.length).toBe(2);
    expect(worldProblems(twoNc.world)).toEqual([]);
    expect(worldProblems(labShell({ spec: { bare: true } }).world)).toEqual([]);
    expect(worldProblems(await builtWorld())).toEqual([]);
  });

  it("names each broken invariant", async () => {
    const w = await builtWorld();
    const lab = (x: World) => x.namespaces.lab!;
    const a = (x: World) => x.namespaces.a!;
    const link = (x: World, name: string) => lab(x).links.find((l) => l.name === name)!;
    const cases: [string, (x: World) => void, RegExp][] = [
      ["duplicate ifindex", (x) => (link(x, "br0").ifindex = link(x, "eth0").ifindex), /shares ifindex/],
      ["duplicate name", (x) => (link(x, "br0").name = "eth0"), /two links are named eth0/],
      ["bad name", (x) => (link(x, "eth0").name = "a/b"), /invalid name/],
      ["veth without its peer", (x) => (a(x).links = a(x).links.filter((l) => l.name !== "v1")), /peer a\/\d+ does not exist/],
      ["veth peer not pointing back", (x) => (a(x).links.find((l) => l.name === "v1")!.peer!.ifindex = 1), /does not point back/],
      ["master not a bridge", (x) => (link(x, "v0").master = "eth0"), /master eth0, not a bridge/],
      ["port without master", (x) => delete link(x, "v0").master, /bridge port without a master/],
      ["secondary without primary", (x) => (link(x, "br0").addrs[0]!.secondary = true), /secondary without a primary/],
      ["route to a missing link", (x) => (lab(x).routes[0]!.dev = "eth9"), /names no link eth9/],
      ["route through a down link", (x) => (link(x, "br0").up = false), /goes through br0, which is down/],
      ["route source not local", (x) => (lab(x).routes.find((r) => r.src)!.src = "192.0.2.1"), /source 192\.0\.2\.1/],
      ["neighbour on a missing link", (x) => (lab(x).neigh = [{ dst: "10.1.0.9", dev: "nope", state: "PERMANENT" }]), /neighbour 10\.1\.0\.9 names no link nope/],
      ["netns name without its file", (x) => delete x.files["/run/netns/a"], /netns a has no \/run\/netns\/a/],
      ["two namespaces one name", (x) => (lab(x).netnsName = "a"), /netns name a is also/],
      ["nsid of a missing namespace", (x) => (lab(x).nsids = { gone: 0 }), /nsid for the missing namespace gone/],
      ["sysctl not an integer", (x) => (lab(x).sysctl["net.ipv4.ip_forward"] = "1e+23"), /ip_forward = "1e\+23"/],
      ["forwarding switches apart", (x) => (lab(x).sysctl["net.ipv4.conf.all.forwarding"] = "0"), /ip_forward and net\.ipv4\.conf\.all\.forwarding differ/],
      ["link without sysctls", (x) => delete lab(x).sysctl["net.ipv4.conf.br0.forwarding"], /no net\.ipv4\.conf\.br0\.\* sysctls/],
      ["two listeners", (x) => lab(x).sockets!.push({ ...lab(x).sockets!.find((s) => s.state === "LISTEN")!, owner: { command: "nginx" } }), /second listener on 0\.0\.0\.0:8080/],
      ["conntrack tuple", (x) => (lab(x).conntrack!.entries[0]!.orig = { ...lab(x).conntrack!.entries[0]!.orig, sport: 70000 }), /malformed tuple/],
      ["conntrack id", (x) => (lab(x).conntrack!.nextId = 0), /not below nextId/],
      ["job state", (x) => ((x.processes.jobs[0] as { state: string }).state = "Zombie"), /job 1 is in state Zombie/],
      ["not JSON", (x) => (x.clock.nowMs = NaN), /world\.clock\.nowMs is NaN, which JSON cannot hold/],
      ["a cycle", (x) => ((lab(x) as unknown as { self: unknown }).self = lab(x)), /world\.namespaces\.lab\.self contains itself/],
      ["no lo", (x) => (a(x).links = a(x).links.filter((l) => l.kind !== "loopback")), /ns a: has no lo at ifindex 1/],
    ];
    for (const [name, change, problem] of cases) expect(broken(w, change).join("\n"), name).toMatch(problem);
  });
});
