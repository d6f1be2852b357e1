/**
 * Bad input never breaks the network: 2,000 random sequences of ip, sysctl,
 * nc, ping, curl, trace, conntrack and iptables commands, valid and broken,
 * run on a small topology, each in a fresh shell. After every command: an
 * answer (no exception, no internal error, an integer exit code, no hang), a
 * world no real kernel could refuse (worldProblems), and when a single ip or
 * sysctl change fails, the world as it was.
 *
 * The sequences run as SHARDS files of SEQUENCES_PER_SHARD
 * (network-fuzz.test.ts, network-fuzz-2.test.ts), each with its own fixed
 * seed, so that both cores of the machine take a share.
 */
import fc from "fast-check";
import { expect } from "vitest";
import { worldProblems } from "../../engine/world/invariants.js";
import type { World } from "../../engine/world/types.js";
import { labShell } from "../support/lab-shell.js";

export const SEQUENCES = 2_000;
export const SHARDS = 2;
export const SEQUENCES_PER_SHARD = SEQUENCES / SHARDS;
const SEED = 20261125;

const pick = <T,>(...values: T[]) => fc.constantFrom(...values);
const join = (...parts: fc.Arbitrary<string>[]) => fc.tuple(...parts).map((p) => p.filter((x) => x !== "").join(" "));
const maybe = (a: fc.Arbitrary<string>) => fc.oneof(fc.constant(""), a);

const garbage = fc.oneof(pick("-Z", "--bogus", "-", "--", "''", "x"), fc.stringMatching(/^[a-z0-9.:\/-]{1,6}$/));
const ns = pick("a", "b", "zz");
const dev = pick("eth0", "lo", "v0", "v1", "br0", "d0", "nope", "eth0:1", "a/b");
const name = pick("v0", "v1", "v2", "br0", "br1", "d0", "d1", "x%d", "toolongname123456");
const host = pick("10.0.2.15", "10.0.2.2", "10.1.0.1", "10.1.0.2", "10.1.0.9", "127.0.0.1", "0.0.0.0", "255.255.255.255", "224.0.0.1", "256.1.1.1", "10.1", "abc", "192.0.2.1");
const prefix = fc.oneof(host, fc.tuple(host, pick("/24", "/32", "/0", "/8", "/33", "/x", "/")).map(([h, p]) => h + p), pick("default", "10.1.0.0/24", "10.2.0.0/16"));
const mac = pick("02:00:00:00:00:01", "ff:ff:ff:ff:ff:ff", "00:00:00:00:00:00", "01:02:03", "zz:zz");
const port = pick("22", "80", "8080", "0", "65535", "70000", "x", "-1", "http");
const small = pick("0", "1", "2", "3", "-1", "x", "1.5", "");

const ipLink = fc.oneof(
  join(pick("ip link add"), maybe(pick("name")), name, pick("type veth", "type bridge", "type dummy", "type bogus", ""), maybe(join(pick("peer name"), name)), maybe(join(pick("netns"), ns))),
  join(pick("ip link set"), maybe(pick("dev")), dev, pick("up", "down", "nomaster", "master br0", "master eth0", "master nope", "master", "mtu 1400", "mtu 60", "mtu 70000", "mtu", "name v9", "name", "address"), maybe(pick("netns a", "netns zz"))),
  join(pick("ip link set"), dev, pick("address"), mac),
  join(pick("ip link set"), dev, pick("netns"), ns),
  join(pick("ip link del", "ip link delete", "ip link show", "ip -br link show dev"), dev),
);
const ipAddr = fc.oneof(
  join(pick("ip addr add", "ip address del", "ip a replace"), prefix, maybe(pick("dev")), dev, maybe(pick("broadcast +", "label eth0:1", "metric 5", "noprefixroute", "scope host", "scope x", "valid_lft 0"))),
  join(pick("ip addr flush", "ip -4 addr show", "ip addr flush dev"), dev),
);
const ipRoute = fc.oneof(
  join(pick("ip route add", "ip route del", "ip route replace", "ip route append", "ip r change"), maybe(pick("blackhole", "unreachable", "local", "nat")), prefix, maybe(join(pick("via"), host)), maybe(join(pick("dev"), dev)), maybe(pick("metric 10", "metric x", "table 100", "table local", "src 10.1.0.1", "src 1.2.3.4", "onlink", "scope link", "proto static", "mtu 1000"))),
  join(pick("ip route get"), host, maybe(join(pick("from", "oif", "iif", "dev"), fc.oneof(host, dev)))),
  join(pick("ip route flush"), pick("dev eth0", "dev v0", "table main", "10.1.0.0/24", "cache", "")),
  pick("ip route show table all", "ip -s route", "ip route list match 10.1.0.2"),
);
const ipNeigh = fc.oneof(
  join(pick("ip neigh add", "ip neigh replace", "ip neigh del", "ip neigh change"), host, maybe(join(pick("lladdr"), mac)), maybe(join(pick("dev"), dev)), maybe(pick("nud permanent", "nud reachable", "nud bogus", "router"))),
  join(pick("ip neigh flush dev", "ip neigh show dev"), dev),
);
const ipNetns = fc.oneof(join(pick("ip netns add", "ip netns del", "ip netns delete", "ip netns pids"), ns), pick("ip netns", "ip netns list", "ip netns add", "ip netns exec"));
const ipCommand = fc.oneof(ipLink, ipAddr, ipRoute, ipNeigh, ipNetns, join(pick("ip"), garbage), join(pick("ip -n a", "ip -n zz", "ip -4", "ip -6", "ip -o", "ip -j"), fc.oneof(ipAddr, pick("link", "route", "addr show", "neigh"))));

const sysctlKey = pick("net.ipv4.ip_forward", "net.ipv4.conf.all.forwarding", "net.ipv4.conf.v0.rp_filter", "net.ipv4.conf.eth0.forwarding", "net.ipv4.tcp_congestion_control", "net.ipv4.ip_local_port_range", "net.nope.x", "kernel.hostname", "net/ipv4/ip_forward", "net.ipv4.conf.default.accept_redirects", "net.ipv6.conf.all.disable_ipv6", "net.core.somaxconn");
const sysctlValue = pick("0", "1", "2", "-1", "abc", "", "99999999999999999999999", "1 2", "100 200", "cubic", "reno", "vegas", " 7", "0x10");
const sysctl = fc.oneof(
  fc.tuple(pick("sysctl -w", "sysctl -qw", "sysctl"), sysctlKey, sysctlValue).map(([c, k, v]) => `${c} ${k}=${v === "" ? "" : `'${v}'`}`),
  join(pick("sysctl", "sysctl -n", "sysctl -e", "sysctl -x", "sysctl -p", "sysctl -w"), maybe(sysctlKey)),
);

const nc = fc.oneof(
  join(pick("nc -vz -w1", "nc -z -w1", "nc -vzu -w1", "nc -w1", "nc -vz", "nc -zv -w x", "nc -vz -w1 -s 10.1.0.1"), host, maybe(port)),
  join(pick("nc -l", "nc -lk", "nc -lu", "nc -l -p", "nc -lkv"), port, pick("&", "& sleep 1", "")).map((c) => (c.includes("&") ? c : `timeout 1 ${c}`)),
  fc.tuple(host, port).map(([h, p]) => `echo hi | nc -w1 ${h} ${p}`),
  join(pick("nc"), garbage),
);
const ping = join(pick("ping", "ping -c1", "ping -c 2 -W1", "ping -c1 -W 0", "ping -c 0", "ping -c -1", "ping -c x", "ping -q -c1", "ping -c1 -W x", "ping -c1 -i 0.2"), maybe(join(pick("-I"), fc.oneof(dev, host))), maybe(garbage), host);
const curl = join(pick("curl -s -m1", "curl -sS -m 1 -o /dev/null", "curl -m x", "curl --bogus", "curl -I -m1", "curl"), fc.oneof(fc.tuple(host, port).map(([h, p]) => `http://${h}:${p}/`), pick("http://[::1", "ftp://10.1.0.2/", "")));
const trace = join(pick("trace", "trace --send", "trace --all", "trace --from a", "trace --from zz", "trace --src 10.1.0.1", "trace --ttl 1", "trace --bytes x"), pick("tcp", "udp", "icmp", "sctp", ""), fc.oneof(fc.tuple(host, port).map(([h, p]) => `${h}:${p}`), host));
const conntrack = join(pick("conntrack -L", "conntrack -D", "conntrack -F", "conntrack -L -p tcp", "conntrack -D -p udp", "conntrack -L -p bogus", "conntrack -D --orig-src", "conntrack -C", "conntrack"), maybe(pick("-s 10.1.0.2", "-d 10.0.2.15", "--dport 80", "-n", "-x", "-o extended")));
const iptables = join(pick("iptables", "iptables -t nat", "iptables -w"), pick("-A INPUT", "-A FORWARD", "-I OUTPUT", "-A POSTROUTING", "-F", "-P FORWARD DROP", "-P INPUT ACCEPT", "-D INPUT 1", "-A PREROUTING", "-N X", "-X X"), maybe(pick("-p tcp --dport 80", "-p udp", "-p icmp", "-s 10.1.0.0/24", "-o eth0", "-i v0", "-m conntrack --ctstate NEW,ESTABLISHED")), maybe(pick("-j ACCEPT", "-j DROP", "-j REJECT", "-j MASQUERADE", "-j DNAT --to-destination 10.1.0.2:80", "-j LOG", "-j nope")));

const tool = fc.oneof(ipCommand, sysctl, nc, ping, curl, trace, conntrack);
/** A command cut short: an option without its value, an object without its arguments. */
const truncated = fc.tuple(tool, fc.integer({ min: 1, max: 3 })).map(([c, n]) => {
  const words = c.split(" ").filter((w) => w !== "&" && !w.includes("'"));
  return words.slice(0, Math.max(1, words.length - n)).join(" ");
});

const command = fc.oneof(
  { weight: 8, arbitrary: ipCommand },
  { weight: 2, arbitrary: truncated },
  { weight: 3, arbitrary: sysctl },
  { weight: 3, arbitrary: nc },
  { weight: 2, arbitrary: ping },
  { weight: 1, arbitrary: curl },
  { weight: 2, arbitrary: trace },
  { weight: 1, arbitrary: conntrack },
  { weight: 2, arbitrary: iptables },
  { weight: 2, arbitrary: fc.tuple(ns, fc.oneof(nc, ping, sysctl, ipAddr, trace, curl)).map(([n, c]) => `ip netns exec ${n} ${c}`) },
);
/** 1 to 8 commands, short ones more often (the shell costs a few ms a command): 2.2 on average. */
const length = fc.oneof(
  { weight: 10, arbitrary: fc.constant(1) },
  { weight: 5, arbitrary: fc.constant(2) },
  { weight: 3, arbitrary: fc.integer({ min: 3, max: 4 }) },
  { weight: 2, arbitrary: fc.integer({ min: 5, max: 8 }) },
);
const sequence = length.chain((n) => fc.array(command, { minLength: n, maxLength: n }));

/** The lab host, a namespace "a" joined to it by a veth pair and a bridge, and a dummy link. */
async function topology(): Promise<World> {
  const { world, run } = labShell();
  const setup = [
    "ip netns add a",
    "ip link add v0 type veth peer name v1 netns a",
    "ip link add br0 type bridge && ip link add d0 type dummy",
    "ip addr add 10.1.0.1/24 dev v0 && ip link set v0 up",
    "ip -n a addr add 10.1.0.2/24 dev v1 && ip -n a link set v1 up && ip -n a link set lo up",
    "ip -n a route add default via 10.1.0.1",
    "ip netns exec a nc -lk 80 &",
  ];
  for (const line of setup) expect((await run(line)).exitCode, line).toBe(0);
  return world;
}

/**
 * What must be as it was after a single ip or sysctl command failed: all of
 * the world after an argument or usage error (ip exits 255 or 1 before it
 * asks the kernel; sysctl refuses one key); after the kernel's refusal (ip
 * exits 2), all but what a real kernel also spends on a failed attempt
 * (see snapshot). `ip link set` with several
 * changes is left out: do_setlink applies them in order and stops at the
 * first refusal, as the real one does. The job table is the shell's.
 */
function mustBeUnchanged(line: string, exitCode: number): "all" | "but-counters" | undefined {
  if (exitCode === 0 || /[|&;]|netns exec/.test(line)) return undefined;
  if (/^sysctl (-q?w )?\S+=\S*$/.test(line)) return "all";
  if (!/^ip /.test(line)) return undefined;
  if (exitCode !== 2) return "all";
  return /^ip link set/.test(line) ? undefined : "but-counters";
}

/**
 * The world in two parts: what a kernel's refusal may still spend (random
 * bytes, ifindex counters, nsids, link watch work queued for a link made and
 * unregistered again), and the rest. The job table is the shell's.
 */
function snapshot(world: World): { rest: string; counters: string } {
  const namespaces = Object.values(world.namespaces);
  return {
    rest: JSON.stringify({ ...world, processes: 0, random: 0, linkwatch: 0, namespaces: namespaces.map((ns) => ({ ...ns, nextIfindex: 0, nsids: 0 })) }),
    counters: JSON.stringify([world.random, world.linkwatch, namespaces.map((ns) => [ns.id, ns.nextIfindex, ns.nsids])]),
  };
}

/** The paths at which two JSON values differ (the first few), to say what changed. */
function changes(a: unknown, b: unknown, path = "world", out: string[] = []): string[] {
  if (out.length >= 5 || JSON.stringify(a) === JSON.stringify(b)) return out;
  if (typeof a !== "object" || typeof b !== "object" || a === null || b === null) {
    out.push(`${path}: ${JSON.stringify(a)?.slice(0, 80)} -> ${JSON.stringify(b)?.slice(0, 80)}`);
    return out;
  }
  for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) changes((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`, out);
  return out;
}

function expectUnchanged(before: { rest: string; counters: string }, world: World, what: "all" | "but-counters", why: string): void {
  const after = snapshot(world);
  if (after.rest !== before.rest) expect(changes(JSON.parse(before.rest), JSON.parse(after.rest)), why).toEqual([]);
  if (what === "all" && after.counters !== before.counters) expect(changes(JSON.parse(before.counters), JSON.parse(after.counters)), why).toEqual([]);
}

const HANG_MS = 5_000;

function withinTime<T>(promise: Promise<T>, line: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const hang = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hung: ${line}`)), HANG_MS);
  });
  return Promise.race([promise, hang]).finally(() => clearTimeout(timer));
}

/** Runs one shard's sequences; each starts from the same topology in a fresh non-interactive shell. */
export async function answersRandomSequences(shard: number): Promise<void> {
  const base = JSON.stringify(await topology());
  expect(worldProblems(JSON.parse(base) as World)).toEqual([]);
  await fc.assert(
    fc.asyncProperty(sequence, async (lines) => {
      const { world, run } = labShell({ world: JSON.parse(base) as World });
      for (const line of lines) {
        const before = /^(ip|sysctl) /.test(line) ? snapshot(world) : undefined;
        const r = await withinTime(run(line), line);
        expect(r.both, line).not.toMatch(/internal error/);
        expect(Number.isInteger(r.exitCode), line).toBe(true);
        expect(worldProblems(world), line).toEqual([]);
        const unchanged = before && mustBeUnchanged(line, r.exitCode);
        if (unchanged) expectUnchanged(before, world, unchanged, `${line}\n${r.both}`);
      }
    }),
    { numRuns: SEQUENCES_PER_SHARD, seed: SEED + shard, endOnFailure: true },
  );
}
