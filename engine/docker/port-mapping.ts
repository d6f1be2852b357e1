/**
 * Publishing a container's ports as v27.5's port_mapping_linux.go does: the
 * requests sorted, one IPv4 and one IPv6 binding each (the IPv6 one served
 * by docker-proxy alone), a host port from the port allocator, docker-proxy
 * started to hold it, and then the iptables rules of every IPv4 binding,
 * appended: DNAT in nat DOCKER, the hairpin MASQUERADE in POSTROUTING and
 * the ACCEPT in filter DOCKER. Releasing undoes it binding by binding.
 */
import type { NetNamespace, World } from "../world/types.js";
import type { DockerNetwork, DockerState, PortBinding, PortProto, PortRequest } from "./types.js";
import { LAB_HOST } from "../world/spec.js";
import { closeSocket, listen, socketsOf } from "../path/sockets.js";
import { parseIpv4 } from "../addr/ipv4.js";
import { ruleAppend, ruleDelete, type IptRule } from "./iptables.js";
import { DOCKER_CHAIN } from "./bridge-iptables.js";
import { daemonError, type DaemonError } from "./errors.js";

const PROTO_ORDER: Readonly<Record<PortProto, number>> = { tcp: 0, udp: 1, sctp: 2 };

const isV4 = (ip: string): boolean => parseIpv4(ip) !== undefined;

/** cmpPortBinding: exact host ports first, then by container port, protocol, host port, host address. */
function compareRequests(a: PortRequest, b: PortRequest): number {
  const aRange = a.hostPort === 0 || a.hostPort !== a.hostPortEnd;
  const bRange = b.hostPort === 0 || b.hostPort !== b.hostPortEnd;
  if (aRange !== bRange) return aRange ? 1 : -1;
  return (
    a.containerPort - b.containerPort ||
    PROTO_ORDER[a.proto] - PROTO_ORDER[b.proto] ||
    a.hostPort - b.hostPort ||
    a.hostPortEnd - b.hostPortEnd ||
    (a.hostIp < b.hostIp ? -1 : a.hostIp > b.hostIp ? 1 : 0)
  );
}

const needSamePort = (a: PortRequest, b: PortRequest): boolean =>
  a.containerPort === b.containerPort && a.proto === b.proto && a.hostPort === b.hostPort && a.hostPortEnd === b.hostPortEnd;

interface BindReq {
  proto: PortProto;
  containerIp: string;
  containerPort: number;
  hostIp: string;
  hostPort: number;
  hostPortEnd: number;
}

/** Every host port the allocator has handed out ("HOSTIP/PROTO/PORT"), with those of the container being started. */
function allocated(state: DockerState, pending: readonly PortBinding[]): Set<string> {
  const out = new Set<string>();
  const add = (b: PortBinding) => out.add(`${b.hostIp}/${b.proto}/${b.hostPort}`);
  for (const c of state.containers) for (const e of c.endpoints) e.bindings.forEach(add);
  pending.forEach(add);
  return out;
}

function ephemeralRange(host: NetNamespace): [number, number] {
  const [lo, hi] = (host.sysctl["net.ipv4.ip_local_port_range"] ?? "32768\t60999").split(/\s+/).map(Number);
  return [lo ?? 32768, hi ?? 60999];
}

/** PortAllocator.RequestPortsInRange: one port free for every address of the group. */
function allocatePort(state: DockerState, host: NetNamespace, used: ReadonlySet<string>, addrs: readonly string[], proto: PortProto, start: number, end: number): number | DaemonError {
  const taken = (port: number) => addrs.some((a) => used.has(`${a}/${proto}/${port}`));
  if (start > 0 && start === end) {
    const clash = addrs.find((a) => used.has(`${a}/${proto}/${start}`));
    if (clash !== undefined) return daemonError("system", `Bind for ${clash}:${start} failed: port is already allocated`);
    return start;
  }
  const [begin, last] = start === 0 ? ephemeralRange(host) : [start, end];
  const key = `${addrs[0]}/${proto}/${begin}-${last}`;
  let port = state.ephemeralLast[key] ?? last;
  for (let i = begin; i <= last; i++) {
    port = port + 1 > last ? begin : port + 1;
    if (!taken(port)) {
      state.ephemeralLast[key] = port;
      return port;
    }
  }
  return daemonError("system", "all ports are allocated");
}

/** portmapper.StartProxy: docker-proxy (or, without the userland proxy, dockerd itself) holds the host port. */
function startProxy(world: World, state: DockerState, host: NetNamespace, b: PortBinding): DaemonError | undefined {
  if (!isV4(b.hostIp) || b.proto === "sctp") {
    if (state.options.userlandProxy) b.proxyPid = world.processes.nextPid++;
    return undefined;
  }
  const pid = state.options.userlandProxy ? world.processes.nextPid++ : state.pids.dockerd;
  const sock = listen(world, host, { proto: b.proto, addr: b.hostIp, port: b.hostPort, owner: { pid, command: state.options.userlandProxy ? "docker-proxy" : "dockerd" } });
  if (typeof sock === "string") {
    const why = sock === "EADDRINUSE" ? "bind: address already in use" : "bind: cannot assign requested address";
    const listenErr = `listen ${b.proto}4 ${b.hostIp}:${b.hostPort}: ${why}`;
    const detail = state.options.userlandProxy ? `Error starting userland proxy: ${listenErr}` : listenErr;
    return daemonError("system", `failed to bind port ${b.hostIp}:${b.hostPort}/${b.proto}: ${detail}`);
  }
  if (state.options.userlandProxy) b.proxyPid = pid;
  return undefined;
}

function stopProxy(state: DockerState, host: NetNamespace, b: PortBinding): void {
  const pid = b.proxyPid ?? state.pids.dockerd;
  const sock = socketsOf(host).find((s) => s.proto === b.proto && s.local === b.hostIp && s.localPort === b.hostPort && s.owner?.pid === pid);
  if (sock) closeSocket(host, sock);
}

/** The three rules of one IPv4 binding (setPerPortNAT, setPerPortForwarding), in Docker's argument order. */
function perPortRules(state: DockerState, net: DockerNetwork, b: PortBinding): IptRule[] {
  const br = net.bridge!;
  const hostIp = b.hostIp === "0.0.0.0" ? "0/0" : b.hostIp;
  const dnat = ["-p", b.proto, "-d", hostIp, "--dport", String(b.hostPort), "-j", "DNAT", "--to-destination", `${b.containerIp}:${b.containerPort}`];
  if (state.options.userlandProxy) dnat.push("!", "-i", br);
  const rules: IptRule[] = [
    { table: "nat", chain: DOCKER_CHAIN, args: dnat },
    { table: "nat", chain: "POSTROUTING", args: ["-p", b.proto, "-s", b.containerIp, "-d", b.containerIp, "--dport", String(b.containerPort), "-j", "MASQUERADE"] },
    { table: "filter", chain: DOCKER_CHAIN, args: ["!", "-i", br, "-o", br, "-p", b.proto, "-d", b.containerIp, "--dport", String(b.containerPort), "-j", "ACCEPT"] },
  ];
  if (b.proto === "sctp") rules.push({ table: "mangle", chain: "POSTROUTING", args: ["-p", "sctp", "--sport", String(b.containerPort), "-j", "CHECKSUM", "--checksum-fill"] });
  return rules;
}

/** Docker labels the forwarding rule "MASQUERADE" too (port_mapping_linux.go). */
const RULE_NAMES = ["DNAT", "MASQUERADE", "MASQUERADE", "MASQUERADE"];

/** The rules of one binding added or deleted; a failure is appendOrDelChainRule's message. */
function setPerPortIptables(world: World, state: DockerState, net: DockerNetwork, b: PortBinding, enable: boolean): string | undefined {
  if (!state.options.iptables || !isV4(b.hostIp) || !isV4(b.containerIp)) return undefined;
  const rules = perPortRules(state, net, b);
  for (const [i, r] of rules.entries()) {
    const res = enable ? ruleAppend(world, r) : ruleDelete(world, r);
    if (!res.ok) return `Unable to ${enable ? "enable" : "disable"} ${RULE_NAMES[i]} rule: ${res.error ?? ""}`;
  }
  return undefined;
}

/** The requests of one container on its gateway network, made into bindings; all or nothing. */
export function addPortMappings(world: World, state: DockerState, net: DockerNetwork, containerIp: string, requests: readonly PortRequest[]): PortBinding[] | DaemonError {
  const host = world.namespaces[LAB_HOST]!;
  const sorted = [...requests].map((r) => ({ ...r, hostPortEnd: r.hostPortEnd || r.hostPort })).sort(compareRequests);
  const bindings: PortBinding[] = [];
  let group: BindReq[] = [];
  for (let i = 0; i < sorted.length; i++) {
    const r = sorted[i]!;
    const defIp = r.hostIp === "" ? state.options.defaultBindIp : r.hostIp;
    if (isV4(defIp)) group.push({ ...r, containerIp, hostIp: defIp });
    if (r.hostIp === "" ? defIp === "0.0.0.0" : !isV4(r.hostIp)) {
      group.push({ ...r, containerIp, hostIp: r.hostIp === "" ? "::" : r.hostIp });
    }
    const next = sorted[i + 1];
    if (next && needSamePort(r, next)) continue;
    const made = bindGroup(world, state, host, group, bindings);
    group = [];
    if ("daemonError" in made) {
      releasePortBindings(world, state, net, bindings);
      return made;
    }
    bindings.push(...made);
  }
  for (const b of bindings) {
    const err = setPerPortIptables(world, state, net, b, true);
    if (err) {
      releasePortBindings(world, state, net, bindings);
      return daemonError("system", err);
    }
  }
  return bindings;
}

/** attemptBindHostPorts: one host port for the whole group, a proxy for each address. */
function bindGroup(world: World, state: DockerState, host: NetNamespace, group: readonly BindReq[], pending: readonly PortBinding[]): PortBinding[] | DaemonError {
  if (group.length === 0) return [];
  const first = group[0]!;
  const used = allocated(state, pending);
  const port = allocatePort(state, host, used, group.map((g) => g.hostIp), first.proto, first.hostPort, first.hostPortEnd);
  if (typeof port !== "number") return port;
  const made: PortBinding[] = [];
  for (const g of group) {
    const b: PortBinding = { proto: g.proto, containerIp: g.containerIp, containerPort: g.containerPort, hostIp: g.hostIp, hostPort: port };
    const err = startProxy(world, state, host, b);
    if (err) {
      for (const m of made) stopProxy(state, host, m);
      return err;
    }
    made.push(b);
  }
  return made;
}

/** releasePortBindings: for each binding, docker-proxy stopped, then its rules deleted. */
export function releasePortBindings(world: World, state: DockerState, net: DockerNetwork | undefined, bindings: readonly PortBinding[]): void {
  const host = world.namespaces[LAB_HOST]!;
  for (const b of bindings) {
    stopProxy(state, host, b);
    if (net) setPerPortIptables(world, state, net, b, false);
  }
}
