/**
 * What the network fuzz (network-fuzz-sequences.ts) found, and what checking
 * its bad arguments against the real tools (iproute2 6.1, procps sysctl,
 * netcat-openbsd in `unshare -n`) found, one case each.
 */
import { describe, expect, it } from "vitest";
import { worldProblems } from "../../engine/world/invariants.js";
import { labShell } from "../support/lab-shell.js";

async function refusedAndUnchanged(setup: string[], line: string, stderr: string, exitCode: number): Promise<void> {
  const { world, run } = labShell();
  for (const s of setup) expect((await run(s)).exitCode, s).toBe(0);
  const before = JSON.stringify(world);
  const r = await run(line);
  expect(r.stderr).toBe(stderr);
  expect(r.exitCode).toBe(exitCode);
  expect(JSON.stringify(world)).toBe(before);
}

describe("what the network fuzz found", () => {
  it("ip-neigh-del-of-a-missing-entry-changes-nothing", async () => {
    await refusedAndUnchanged([], "ip neigh del 10.0.2.9 dev eth0", "RTNETLINK answers: No such file or directory\n", 2);
    await refusedAndUnchanged([], "ip neigh change 10.0.2.9 lladdr 02:00:00:00:00:01 dev eth0", "RTNETLINK answers: No such file or directory\n", 2);
  });

  it("ip-neigh-show-of-an-empty-table-changes-nothing", async () => {
    const { world, run } = labShell();
    const before = JSON.stringify(world);
    expect(await run("ip neigh show dev eth0")).toMatchObject({ stdout: "", exitCode: 0 });
    expect(JSON.stringify(world)).toBe(before);
  });

  it("ip-link-set-master-after-netns-looks-the-master-up-in-the-new-namespace", async () => {
    const { world, run } = labShell({ spec: { bare: true } });
    for (const l of ["ip netns add fz1", "ip link add v0 type veth peer name v1", "ip link add br0 type bridge"]) await run(l);
    expect(await run("ip link set dev v0 master br0 netns fz1")).toMatchObject({ stderr: "RTNETLINK answers: Invalid argument\n", exitCode: 2 });
    // The move is done (do_setlink moves first), the master is not: the link is nobody's port.
    expect((await run("ip netns exec fz1 ip -o link show v0")).stdout).not.toMatch(/master/);
    expect(worldProblems(world)).toEqual([]);
  });

  it("a-veth-peer-stays-where-ip-runs-unless-it-names-a-namespace", async () => {
    const { run } = labShell({ spec: { bare: true } });
    await run("ip netns add fz1");
    expect((await run("ip link add v7 netns fz1 type veth peer name v8")).exitCode).toBe(0);
    expect((await run("ip -br link show v8")).stdout).toMatch(/^v8@if2 /);
    expect((await run("ip -n fz1 -br link show v7")).stdout).toMatch(/^v7@if2 /);
  });

  it("ip-link-add-with-a-master-it-cannot-take-makes-nothing", async () => {
    const { world, run } = labShell();
    for (const l of ["ip netns add fz1", "ip link add br0 type bridge"]) await run(l);
    const links = () => JSON.stringify(Object.values(world.namespaces).map((ns) => [ns.links, ns.routes, ns.sysctl]));
    const before = links();
    expect(await run("ip link add v7 netns fz1 master br0 type veth peer name v8")).toMatchObject({ stderr: "RTNETLINK answers: Invalid argument\n", exitCode: 2 });
    expect(links()).toBe(before);
  });

  it("a-link-cannot-be-its-own-master", async () => {
    await refusedAndUnchanged(["ip link add br0 type bridge"], "ip link set br0 master br0", "RTNETLINK answers: Invalid argument\n", 2);
    await refusedAndUnchanged(["ip link add v0 type veth peer name v1"], "ip link set v0 master v0", "RTNETLINK answers: Operation not supported\n", 2);
  });

  it("ip-link-add-of-a-name-of-16-bytes-fails-the-attribute-policy", async () => {
    await refusedAndUnchanged([], "ip link add toolongname12345 type veth", "Error: Attribute failed policy validation.\n", 2);
    await refusedAndUnchanged([], "ip link add x type veth peer name toolongname12345", 'Error: argument "toolongname12345" is wrong: "name" not a valid ifname\n', 255);
  });

  it("sysctl-reads-numbers-as-proc-dointvec-does", async () => {
    const { world, run } = labShell({ spec: { bare: true } });
    const value = (key: string) => world.namespaces.lab!.sysctl[key];
    const rp = "net.ipv4.conf.lo.rp_filter";
    for (const [text, stored] of [["0x10", "16"], ["010", "8"], ["-0x3", "-3"], [" 7", "7"], ["1 2", "1"]] as const) {
      expect((await run(`sysctl -qw '${rp}=${text}'`)).exitCode, text).toBe(0);
      expect(value(rp), text).toBe(stored);
    }
    for (const text of ["1abc", "08", "+5", "abc"]) {
      expect(await run(`sysctl -w '${rp}=${text}'`), text).toMatchObject({ stderr: `sysctl: setting key "${rp}": Invalid argument\n`, exitCode: 1 });
    }
    expect(value(rp)).toBe("1");
  });

  it("sysctl-keeps-the-local-port-range-above-the-privileged-ports-and-in-order", async () => {
    const { world, run } = labShell({ spec: { bare: true } });
    const range = "net.ipv4.ip_local_port_range";
    expect((await run(`sysctl -qw '${range}=2000 3000'`)).exitCode).toBe(0);
    for (const text of ["100 200", "5000", "3000 2000"]) expect((await run(`sysctl -qw '${range}=${text}'`)).exitCode, text).toBe(1);
    expect(world.namespaces.lab!.sysctl[range]).toBe("2000\t3000");
  });

  it("ip-forward-takes-the-number-written-to-every-forwarding-switch", async () => {
    const { world, run } = labShell({ spec: { bare: true } });
    await run("sysctl -qw net.ipv4.ip_forward=0x10");
    const sysctl = world.namespaces.lab!.sysctl;
    expect([sysctl["net.ipv4.conf.lo.forwarding"], sysctl["net.ipv4.conf.all.forwarding"], sysctl["net.ipv4.conf.default.forwarding"]]).toEqual(["16", "16", "16"]);
  });

  it("sysctl-sets-any-available-congestion-control", async () => {
    const { run } = labShell({ spec: { bare: true } });
    expect(await run("sysctl -w net.ipv4.tcp_congestion_control=bbr")).toMatchObject({ stdout: "net.ipv4.tcp_congestion_control = bbr\n", exitCode: 0 });
    expect((await run("sysctl -w net.ipv4.tcp_congestion_control=vegas")).exitCode).toBe(1);
  });

  it("nc-l-of-an-unknown-service-is-getaddrinfo's-error", async () => {
    const { run } = labShell({ spec: { bare: true } });
    for (const line of ["nc -l -p x", "nc -l x", "nc -lu 80-90"]) {
      expect(await run(line), line).toMatchObject({ stderr: "nc: getaddrinfo: Servname not supported for ai_socktype\n", exitCode: 1 });
    }
  });

  it("ip-route-add-local-or-broadcast-without-a-device-is-ENODEV", async () => {
    for (const line of ["ip route add local 0.0.0.0", "ip route add local 10.9.9.9", "ip route add broadcast 10.9.9.255", "ip route change local 127.0.0.1"]) {
      await refusedAndUnchanged([], line, "RTNETLINK answers: No such device\n", 2);
    }
  });

  it("ip-neigh-add-of-a-short-link-address-is-refused", async () => {
    await refusedAndUnchanged([], "ip neigh add 10.0.2.9 lladdr 01:02:03 dev eth0", "Error: Invalid link address.\n", 2);
  });

  it("curl-of-a-url-with-a-bad-port-is-a-malformed-url", async () => {
    const { run } = labShell();
    expect(await run("curl -I -m1 http://127.0.0.1:x/")).toMatchObject({ stderr: "curl: (3) URL using bad/illegal format or missing URL\n", exitCode: 3 });
  });

  it("a-multicast-destination-is-routed-as-multicast-and-tcp-cannot-connect-to-it", async () => {
    // iproute2 6.1 on kernel 6.18 and netcat-openbsd in unshare -n, eth0 10.0.2.15/24 with a default route.
    const { run } = labShell();
    expect((await run("ip route get 224.0.0.1; ip route get 239.1.2.3")).stdout).toBe(
      "multicast 224.0.0.1 dev eth0 src 10.0.2.15 rt_offload_failed uid 0 \n    cache <local,mc> \n" +
        "multicast 239.1.2.3 dev eth0 src 10.0.2.15 rt_offload_failed uid 0 \n    cache <mc> \n",
    );
    for (const dst of ["239.1.1.1", "10.0.2.255"]) {
      const r = await run(`nc -vz -w1 ${dst} 80`);
      expect(r.stderr).toBe(`nc: connect to ${dst} port 80 (tcp) failed: Network is unreachable\n`);
      expect(r.exitCode).toBe(1);
    }
  });

  it("ping-of-0.0.0.0-pings-this-host-from-127.0.0.1", async () => {
    // iputils 20221126 in unshare -n with lo up: "PING 0 (127.0.0.1) ..." and a reply.
    const { run } = labShell();
    const r = await run("ping -c1 -W1 0");
    expect(r.stdout).toMatch(/^PING 0 \(127\.0\.0\.1\) 56\(84\) bytes of data\.\n64 bytes from 127\.0\.0\.1: icmp_seq=1 ttl=64 time=/);
    expect(r.stdout).toContain("\n--- 0 ping statistics ---\n1 packets transmitted, 1 received, 0% packet loss");
    expect(r.exitCode).toBe(0);
  });

  it("ping-and-nc-read-a-destination-as-inet-aton-does", async () => {
    const { run } = labShell();
    const r = await run("ping -c1 -W1 127.1");
    expect(r.stdout).toMatch(/^PING 127\.1 \(127\.0\.0\.1\) 56\(84\) bytes of data\.\n64 bytes from 127\.0\.0\.1: icmp_seq=1/);
    expect((await run("ping -c1 -W1 0x7f000001")).exitCode).toBe(0);
    expect(await run("ping -c1 -W1 1.2.3.4.5")).toMatchObject({ stderr: "ping: 1.2.3.4.5: Temporary failure in name resolution\n", exitCode: 2 });
    expect((await run("nc -vz -w1 127.1 22")).stderr).toBe("nc: connect to 127.1 (127.0.0.1) port 22 (tcp) failed: Connection refused\n");
  });

  it("conntrack-words-a-missing-or-bad-address-and-reads-ports-with-atoi", async () => {
    const { run } = labShell({ spec: { bare: true } });
    const v = "conntrack v1.4.7 (conntrack-tools): ";
    const help = "Try `conntrack -h' or 'conntrack --help' for more information.\n";
    expect(await run("conntrack -D --orig-src")).toMatchObject({ stderr: `${v}option \`--orig-src' requires an argument\n${help}`, exitCode: 2 });
    expect(await run("conntrack -L -s 300.1.1.1")).toMatchObject({ stderr: `${v}Invalid IP address \`300.1.1.1'\n${help}`, exitCode: 2 });
    expect(await run("conntrack -L -p tcp --dport")).toMatchObject({ stderr: `${v}option \`--dport' requires an argument\n${help}`, exitCode: 2 });
    expect(await run("conntrack -L -p tcp --dport x")).toMatchObject({ stderr: `${v}0 flow entries have been shown.\n`, exitCode: 0 });
  });

  it("ip-netns-refuses-an-empty-name-and-pids-of-a-missing-namespace", async () => {
    await refusedAndUnchanged([], "ip netns add ''", 'Invalid netns name ""\n', 255);
    await refusedAndUnchanged([], "ip netns pids fz8", "Cannot open network namespace: No such file or directory\n", 1);
    await refusedAndUnchanged([], "ip netns pids", "No netns name specified\n", 1);
  });
});
