/**
 * What the kernel never lets a machine get into, checked on a World: each
 * broken invariant is one line ("ns lab: route 10.9.0.0/24 names no link
 * eth7"). Only what a real kernel guarantees is checked — a route whose
 * gateway stopped being on-link is allowed, as Linux keeps such routes.
 * Pure and read-only; the fuzz tests call it after every command.
 */
import type { IfAddr, Job, Link, NetNamespace, Route, World } from "./types.js";
import type { ConnEntry, Tuple } from "../conntrack/types.js";
import { parseIpv4 } from "../addr/ipv4.js";
import { validIfname } from "../net/links.js";
import { MTU_RANGE } from "../net/link-ops.js";
import { BR_NETFILTER_SYSCTLS, NEIGH4_SYSCTLS, NEIGH6_SYSCTLS, NETNS_SYSCTLS } from "../net/sysctl-defaults.js";
import { NETNS_RUN_DIR } from "../net/netns.js";
import { socketAlive } from "../path/sockets.js";

export function worldProblems(world: World): string[] {
  const problems: string[] = [...jsonProblems(world), ...jobProblems(world)];
  const names = new Map<string, string>();
  for (const [id, ns] of Object.entries(world.namespaces)) {
    const say = (text: string) => problems.push(`ns ${id}: ${text}`);
    if (ns.id !== id) say(`is stored under id ${id} but says it is ${ns.id}`);
    if (ns.netnsName !== undefined) {
      const other = names.get(ns.netnsName);
      if (other !== undefined) say(`netns name ${ns.netnsName} is also namespace ${other}'s`);
      names.set(ns.netnsName, id);
      if (world.files[`${NETNS_RUN_DIR}/${ns.netnsName}`] === undefined) say(`netns ${ns.netnsName} has no ${NETNS_RUN_DIR}/${ns.netnsName}`);
    }
    for (const peer of Object.keys(ns.nsids ?? {})) if (!world.namespaces[peer]) say(`has an nsid for the missing namespace ${peer}`);
    const ids = Object.values(ns.nsids ?? {});
    if (new Set(ids).size !== ids.length) say(`gives one nsid to two namespaces`);
    linkProblems(world, ns, say);
    routeProblems(ns, say);
    for (const n of ns.neigh ?? []) if (!ns.links.some((l) => l.name === n.dev)) say(`neighbour ${n.dst} names no link ${n.dev}`);
    sysctlProblems(ns, say);
    socketProblems(world, ns, say);
    for (const e of ns.conntrack?.entries ?? []) conntrackProblems(e, ns.conntrack!.nextId, say);
  }
  return problems;
}

type Say = (text: string) => void;

function linkProblems(world: World, ns: NetNamespace, say: Say): void {
  const byIndex = new Set<number>();
  const byName = new Set<string>();
  let last = 0;
  for (const link of ns.links) {
    const at = `link ${link.name}`;
    if (!Number.isInteger(link.ifindex) || link.ifindex < 1) say(`${at} has ifindex ${link.ifindex}`);
    if (byIndex.has(link.ifindex)) say(`${at} shares ifindex ${link.ifindex}`);
    if (byName.has(link.name)) say(`two links are named ${link.name}`);
    if (link.ifindex <= last) say(`${at} is out of ifindex order`);
    byIndex.add(link.ifindex);
    byName.add(link.name);
    last = link.ifindex;
    if (!validIfname(link.name)) say(`${at} has an invalid name`);
    const [min, max] = MTU_RANGE[link.kind];
    if (!Number.isInteger(link.mtu) || link.mtu < min || (max > 0 && link.mtu > max)) say(`${at} has mtu ${link.mtu}`);
    if (!/^([0-9a-f]{2}:){5}[0-9a-f]{2}$/.test(link.mac)) say(`${at} has mac ${link.mac}`);
    if (ns.sysctl[`net.ipv4.conf.${link.name}.forwarding`] === undefined) say(`${at} has no net.ipv4.conf.${link.name}.* sysctls`);
    if (link.kind === "veth") vethProblems(world, ns, link, say);
    else if (link.peer) say(`${at} is a ${link.kind} with a peer`);
    if (link.master !== undefined) {
      const br = ns.links.find((l) => l.name === link.master);
      if (br?.kind !== "bridge") say(`${at} has master ${link.master}, not a bridge of the namespace`);
      if (link.kind === "bridge" || link.kind === "loopback") say(`${at} is a ${link.kind} enslaved to a bridge`);
      if (!link.brport) say(`${at} has a master but no bridge port`);
    } else if (link.brport) say(`${at} is a bridge port without a master`);
    addrProblems(link, say);
  }
  const lo = ns.links.find((l) => l.kind === "loopback");
  // Its name may change: the kernel lets `ip link set lo name X` through.
  if (!lo || lo.ifindex !== 1) say(`has no lo at ifindex 1`);
}

function vethProblems(world: World, ns: NetNamespace, link: Link, say: Say): void {
  if (!link.peer) return say(`veth ${link.name} has no peer`);
  const peer = world.namespaces[link.peer.ns]?.links.find((l) => l.ifindex === link.peer!.ifindex);
  if (!peer) return say(`veth ${link.name}'s peer ${link.peer.ns}/${link.peer.ifindex} does not exist`);
  if (peer.kind !== "veth" || peer.peer?.ns !== ns.id || peer.peer.ifindex !== link.ifindex) {
    say(`veth ${link.name}'s peer ${link.peer.ns}/${peer.name} does not point back`);
  }
}

function addrProblems(link: Link, say: Say): void {
  const seen = new Set<string>();
  for (const a of link.addrs) {
    const at = `address ${a.address}/${a.prefixLen} on ${link.name}`;
    if (!isIpv4(a.address) || !Number.isInteger(a.prefixLen) || a.prefixLen < 0 || a.prefixLen > 32) say(`${at} is malformed`);
    if (seen.has(`${a.address}/${a.prefixLen}`)) say(`${at} is there twice`);
    seen.add(`${a.address}/${a.prefixLen}`);
    if (a.secondary && !link.addrs.some((p) => !p.secondary && sameSubnet(p, a))) say(`${at} is secondary without a primary`);
  }
}

function sameSubnet(a: IfAddr, b: IfAddr): boolean {
  if (a.prefixLen !== b.prefixLen) return false;
  const mask = a.prefixLen === 0 ? 0 : (~0 << (32 - a.prefixLen)) >>> 0;
  return ((parseIpv4(a.address)! & mask) >>> 0) === ((parseIpv4(b.address)! & mask) >>> 0);
}

const NO_DEVICE = new Set<Route["type"]>(["blackhole", "unreachable", "prohibit"]);

function routeProblems(ns: NetNamespace, say: Say): void {
  const local = new Set(ns.links.flatMap((l) => l.addrs.map((a) => a.address)));
  for (const r of ns.routes) {
    const at = `route ${r.type ?? "unicast"} ${r.dst} table ${r.table ?? 254}`;
    const [net, len] = r.dst === "default" ? ["0.0.0.0", "0"] : r.dst.split("/");
    if (!isIpv4(net) || !/^\d+$/.test(len ?? "") || Number(len) > 32) say(`${at} has a malformed destination`);
    if (NO_DEVICE.has(r.type)) {
      if (r.dev !== "" || r.via !== undefined) say(`${at} has a nexthop`);
      continue;
    }
    const link = ns.links.find((l) => l.name === r.dev);
    if (!link) {
      say(`${at} names no link ${r.dev}`);
      continue;
    }
    // fib_sync_down_dev: a link going down kills its routes' nexthops, except scope host ones.
    if (!link.up && r.scope !== "host") say(`${at} goes through ${r.dev}, which is down`);
    if (r.via !== undefined && !isIpv4(r.via)) say(`${at} has gateway ${r.via}`);
    // fib_sync_down_addr: a route's preferred source dies with the last copy of the address.
    if (r.src !== undefined && !local.has(r.src)) say(`${at} has source ${r.src}, no address of the namespace`);
  }
}

/** How many integers each key holds (0: a string), by key: the same few thousand keys come back in every world. */
const INT_FIELDS = new Map<string, number>();

function intFields(key: string): number {
  let n = INT_FIELDS.get(key);
  if (n === undefined) {
    const form = template(key)?.split("\t");
    n = form && form.every((f) => /^-?\d+$/.test(f)) ? form.length : 0;
    INT_FIELDS.set(key, n);
  }
  return n;
}

/** The value a key was made with, which says what form the kernel's handler keeps (proc_dointvec or a string). */
function template(key: string): string | undefined {
  const fixed = NETNS_SYSCTLS[key] ?? BR_NETFILTER_SYSCTLS[key];
  if (fixed !== undefined) return fixed;
  const perLink = /^net\.(ipv4|ipv6)\.(conf|neigh)\.(.+)\.([^.]+)$/.exec(key);
  if (!perLink) return undefined;
  const [, family, kind, , leaf] = perLink;
  if (kind === "neigh") return (family === "ipv4" ? NEIGH4_SYSCTLS : NEIGH6_SYSCTLS)[leaf!];
  return leaf === "mtu" ? "0" : NETNS_SYSCTLS[`net.${family}.conf.default.${leaf}`];
}

const INTEGER = /^-?\d+$/;
const INTEGERS = /^-?\d+(\t-?\d+)*$/;

function sysctlProblems(ns: NetNamespace, say: Say): void {
  const available = (ns.sysctl["net.ipv4.tcp_available_congestion_control"] ?? "").split(" ");
  const keys = Object.keys(ns.sysctl);
  for (let i = 0; i < keys.length; i++) {
    const key = keys[i]!;
    const value = ns.sysctl[key]!;
    if (typeof value !== "string") {
      say(`sysctl ${key} is not a string`);
      continue;
    }
    if (key.endsWith(".tcp_congestion_control") && !available.includes(value)) say(`sysctl ${key} = ${value}, no congestion control`);
    const count = intFields(key);
    if (count === 0 || (count === 1 ? INTEGER.test(value) : INTEGERS.test(value) && value.split("\t").length === count)) continue;
    say(`sysctl ${key} = ${JSON.stringify(value)}, not ${count} integer(s)`);
  }
  // They are one variable (IPV4_DEVCONF_ALL(FORWARDING)).
  if (ns.sysctl["net.ipv4.ip_forward"] !== ns.sysctl["net.ipv4.conf.all.forwarding"]) say(`net.ipv4.ip_forward and net.ipv4.conf.all.forwarding differ`);
}

function socketProblems(world: World, ns: NetNamespace, say: Say): void {
  /** Listening address and port -> whether every listener there set SO_REUSEPORT. */
  const listening = new Map<string, boolean>();
  for (const s of ns.sockets ?? []) {
    const at = `socket ${s.proto} ${s.local}:${s.localPort} ${s.state}`;
    if (!isIpv4(s.local) || !isPort(s.localPort)) say(`${at} has a malformed local address`);
    if (s.remote !== undefined && (!isIpv4(s.remote) || !isPort(s.remotePort))) say(`${at} has a malformed peer`);
    if (s.proto === "udp" && !["UNCONN", "ESTABLISHED"].includes(s.state)) say(`${at} is UDP in a TCP state`);
    if (s.state !== "LISTEN" || !socketAlive(world, s)) continue;
    // inet_csk_get_port: one listener per address and port, unless all of them set SO_REUSEPORT
    // (in the lab only nc does, as netcat-openbsd does).
    const key = `${s.local}:${s.localPort}`;
    const reuseport = s.owner?.command === "nc";
    const other = listening.get(key);
    if (other !== undefined && !(other && reuseport)) say(`${at} is a second listener on ${key}`);
    listening.set(key, other === undefined ? reuseport : other && reuseport);
  }
}

function isIpv4(text: unknown): boolean {
  return typeof text === "string" && parseIpv4(text) !== undefined;
}

function isPort(n: number | undefined): boolean {
  return Number.isInteger(n) && n! >= 0 && n! <= 65535;
}

function conntrackProblems(e: ConnEntry, nextId: number, say: Say): void {
  const at = `conntrack entry ${e.id}`;
  if (!Number.isInteger(e.id) || e.id >= nextId) say(`${at} has an id not below nextId ${nextId}`);
  for (const t of [e.orig, e.reply]) if (!tupleOk(t)) say(`${at} has a malformed tuple ${JSON.stringify(t)}`);
  if (e.orig.proto !== e.reply.proto) say(`${at} changes protocol between directions`);
  if (e.tcp !== undefined && e.orig.proto !== 6) say(`${at} has a TCP state but protocol ${e.orig.proto}`);
  if (!(e.expiresAtMs >= e.createdAtMs)) say(`${at} expires before it was made`);
  if (!Number.isInteger(e.mark) || e.mark < 0 || e.mark > 0xffffffff) say(`${at} has mark ${e.mark}`);
}

function tupleOk(t: Tuple): boolean {
  const u32 = (n: number) => Number.isInteger(n) && n >= 0 && n <= 0xffffffff;
  return u32(t.src) && u32(t.dst) && Number.isInteger(t.proto) && t.proto >= 0 && t.proto <= 255 && isPort(t.sport) && isPort(t.dport);
}

const JOB_STATES = new Set<Job["state"]>(["Running", "Done", "Terminated", "Exit"]);

function jobProblems(world: World): string[] {
  const problems: string[] = [];
  const ids = new Set<number>();
  for (const job of world.processes.jobs) {
    const at = `job ${job.id}`;
    if (!Number.isInteger(job.id) || job.id < 1 || ids.has(job.id)) problems.push(`${at} has a bad or repeated id`);
    ids.add(job.id);
    if (!JOB_STATES.has(job.state)) problems.push(`${at} is in state ${String(job.state)}`);
    if (!Number.isInteger(job.exitCode) || job.exitCode < 0 || job.exitCode > 255) problems.push(`${at} has exit code ${job.exitCode}`);
    if (!Number.isInteger(job.pid) || job.pid >= world.processes.nextPid) problems.push(`${at} has pid ${job.pid}, not below nextPid`);
  }
  return problems;
}

/** Where a value sits, kept as links to its parent and spelled out only for a problem. */
interface Where {
  readonly parent: Where | undefined;
  readonly key: string | number;
}

function spell(where: Where | undefined): string {
  let text = "";
  for (let w = where; w; w = w.parent) text = (typeof w.key === "number" ? `[${w.key}]` : `.${w.key}`) + text;
  return `world${text}`;
}

/**
 * A World is plain JSON: what JSON.parse(JSON.stringify(world)) gives back
 * must equal it. Names the first places that would not survive the trip
 * (NaN, Infinity, undefined in an array, a class instance, a function, an
 * object inside itself). Objects shared by two places survive as equal
 * copies, so sharing is allowed.
 */
function jsonProblems(world: World): string[] {
  const problems: string[] = [];
  const open = new Set<object>();
  const walk = (value: unknown, where: Where | undefined): void => {
    if (problems.length >= 10) return;
    const type = typeof value;
    if (value === null || type === "string" || type === "boolean" || value === undefined) return;
    if (type === "number") {
      if (!Number.isFinite(value)) problems.push(`${spell(where)} is ${String(value)}, which JSON cannot hold`);
      return;
    }
    if (type !== "object") return void problems.push(`${spell(where)} is a ${type}, which JSON cannot hold`);
    const object = value as object;
    if (open.has(object)) return void problems.push(`${spell(where)} contains itself`);
    open.add(object);
    if (Array.isArray(object)) {
      for (let i = 0; i < object.length; i++) {
        if (object[i] === undefined) problems.push(`${spell(where)}[${i}] is undefined`);
        else if (typeof object[i] === "object" || typeof object[i] === "number") walk(object[i], { parent: where, key: i });
      }
    } else {
      const proto = Object.getPrototypeOf(object);
      if (proto !== Object.prototype && proto !== null) problems.push(`${spell(where)} is a ${proto?.constructor?.name ?? "class"} instance`);
      else {
        const record = object as Record<string, unknown>;
        const keys = Object.keys(record);
        for (let i = 0; i < keys.length; i++) {
          const key = keys[i]!;
          const v = record[key];
          if (typeof v === "object" || typeof v === "number" || typeof v === "function" || typeof v === "bigint" || typeof v === "symbol") walk(v, { parent: where, key });
        }
      }
    }
    open.delete(object);
  };
  walk(world, undefined);
  return problems;
}
