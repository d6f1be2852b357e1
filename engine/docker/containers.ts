/**
 * Containers as the daemon creates, starts, stops and removes them. Starting
 * one builds its sandbox and joins its networks (an address, the veth, the
 * default route), publishes its ports, then runs its main process; anything
 * that fails undoes what was done and leaves it "created", as dockerd does.
 * Stopping tears the networking down again: the ports' rules and proxies,
 * the veths, the namespace.
 */
import type { World } from "../world/types.js";
import type { DockerContainer, DockerNetwork, DockerState, Endpoint, NetworkAttachment, PortRequest } from "./types.js";
import { LAB_HOST } from "../world/spec.js";
import { parseCidr } from "../addr/ipv4.js";
import { closeSocket, listen, socketsOf } from "../path/sockets.js";
import { settleLinkwatch } from "../net/linkwatch.js";
import { findImage, parseImageRef } from "./images.js";
import { mainProcess } from "./process.js";
import { generateId, macFromIp } from "./ids.js";
import { randomName } from "./names.js";
import { allocateAddress } from "./ipam.js";
import { findNetwork } from "./networks.js";
import { parsePortSpec, portKey } from "./port-spec.js";
import { addPortMappings, releasePortBindings } from "./port-mapping.js";
import { createSandbox, createVethPair, destroySandbox, moveIntoSandbox, removeVeth, setGateway } from "./sandbox.js";
import { daemonError, isDaemonError, type DaemonError } from "./errors.js";

/** What `docker run` / `docker create` asks for, as a scenario can write it. */
export interface RunSpec {
  image: string;
  name?: string;
  /** Replaces the image's command. */
  cmd?: string[];
  /** --entrypoint */
  entrypoint?: string;
  /** -p values: "8080:80", "127.0.0.1:8080:80", "53:53/udp", "80". */
  ports?: string[];
  /** -P */
  publishAll?: boolean;
  /** --expose values. */
  expose?: string[];
  /** --network: "bridge" (default), "host", "none" or a network's name or id. */
  network?: string;
  /** --ip */
  ip?: string;
  hostname?: string;
  env?: string[];
  /** --rm */
  autoRemove?: boolean;
  tty?: boolean;
  interactive?: boolean;
  /** --restart: kept in HostConfig (the lab never restarts dockerd). */
  restart?: string;
  /** --cap-add */
  capAdd?: string[];
  privileged?: boolean;
  labels?: Record<string, string>;
}

const VALID_NAME = /^\/?[a-zA-Z0-9][a-zA-Z0-9_.-]+$/;

/** GetContainer: the full id, else the name, else a unique id prefix. */
export function findContainer(state: DockerState, term: string): DockerContainer | DaemonError {
  if (term === "") return daemonError("invalidParameter", "invalid container name or ID: value is empty");
  const byId = state.containers.find((c) => c.id === term);
  if (byId) return byId;
  const byName = state.containers.find((c) => c.name === term.replace(/^\//, ""));
  if (byName) return byName;
  const byPrefix = state.containers.filter((c) => c.id.startsWith(term));
  if (byPrefix.length > 1) return daemonError("notFound", `Multiple IDs found with provided prefix: ${term}`);
  return byPrefix[0] ?? daemonError("notFound", `No such container: ${term}`);
}

function parseRequests(spec: RunSpec): PortRequest[] | DaemonError {
  const out: PortRequest[] = [];
  for (const p of spec.ports ?? []) {
    const parsed = parsePortSpec(p);
    if ("error" in parsed) return daemonError("invalidParameter", parsed.error);
    out.push(...parsed);
  }
  return out;
}

/** docker create: the container's configuration, checked; nothing runs yet. */
export function createContainer(world: World, state: DockerState, spec: RunSpec): DockerContainer | DaemonError {
  const ref = parseImageRef(spec.image);
  if (!ref) return daemonError("invalidParameter", `invalid reference format`);
  const image = findImage(ref);
  if (!image) return daemonError("notFound", `pull access denied for ${ref.repo}, repository does not exist or may require 'docker login': denied: requested access to the resource is denied`);
  if (spec.name !== undefined && !VALID_NAME.test(spec.name)) {
    return daemonError("invalidParameter", `Invalid container name (${spec.name}), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed`);
  }
  const requests = parseRequests(spec);
  if (isDaemonError(requests)) return requests;
  const mode = spec.network === undefined || spec.network === "default" ? "bridge" : spec.network;
  let attachments: NetworkAttachment[] = [];
  if (mode.startsWith("container:")) return daemonError("invalidParameter", "nflab: --network container:NAME is not emulated");
  if (mode !== "none") {
    const net = findNetwork(state, mode);
    if (isDaemonError(net)) return net;
    if (spec.ip !== undefined && (net.isDefault || net.driver !== "bridge")) {
      return daemonError("invalidParameter", "user specified IP address is supported on user defined networks only");
    }
    if (net.driver === "bridge") attachments = [{ networkId: net.id, name: net.name, ...(spec.ip ? { ipv4: spec.ip } : {}) }];
  }
  const name = spec.name?.replace(/^\//, "") ?? randomName(world, (n) => state.containers.some((c) => c.name === n));
  const id = generateId(world);
  const clash = state.containers.find((c) => c.name === name);
  if (clash) {
    return daemonError("conflict", `Conflict. The container name "/${name}" is already in use by container "${clash.id}". You have to remove (or rename) that container to be able to reuse that name.`);
  }
  const entrypoint = spec.entrypoint !== undefined ? (spec.entrypoint === "" ? [] : [spec.entrypoint]) : image.entrypoint;
  const cmd = spec.cmd && spec.cmd.length > 0 ? spec.cmd : spec.entrypoint !== undefined ? [] : image.cmd;
  const usesImageCmd = spec.entrypoint === undefined && !(spec.cmd && spec.cmd.length > 0);
  const exposed = new Set([...image.exposed, ...(spec.expose ?? []).map((e) => (e.includes("/") ? e : `${e}/tcp`))]);
  for (const r of requests) exposed.add(portKey(r.proto, r.containerPort));
  if (spec.publishAll) {
    for (const e of exposed) {
      const [port, proto] = e.split("/");
      if (!requests.some((r) => portKey(r.proto, r.containerPort) === e)) {
        requests.push({ proto: proto as PortRequest["proto"], containerPort: Number(port), hostIp: "", hostPort: 0, hostPortEnd: 0 });
      }
    }
  }
  const hostname = spec.hostname ?? (mode === "host" ? world.namespaces[LAB_HOST]!.hostname : id.slice(0, 12));
  const container: DockerContainer = {
    id,
    name,
    image: spec.image,
    imageId: image.id,
    entrypoint,
    cmd,
    tty: spec.tty ?? false,
    openStdin: spec.interactive ?? false,
    main: mainProcess(image, effectiveCommand(entrypoint, cmd), usesImageCmd, spec.tty ?? false, spec.interactive ?? false),
    error: "",
    createdMs: world.clock.nowMs,
    status: "created",
    exitCode: 0,
    pid: 0,
    hostname,
    networkMode: mode,
    networks: attachments,
    exposed: [...exposed].sort(),
    portRequests: mode === "bridge" || attachments.length > 0 ? requests : [],
    autoRemove: spec.autoRemove ?? false,
    restartPolicy: spec.restart ?? "no",
    capAdd: spec.capAdd ?? [],
    privileged: spec.privileged ?? false,
    labels: spec.labels ?? {},
    endpoints: [],
    env: [...(spec.env ?? []), ...image.env.filter((e) => !(spec.env ?? []).some((s) => s.split("=")[0] === e.split("=")[0]))],
  };
  state.containers.push(container);
  return container;
}

/** The program that ends up running: an image's docker-entrypoint.sh execs the command it is given. */
function effectiveCommand(entrypoint: readonly string[], cmd: readonly string[]): string[] {
  const wrapper = entrypoint.length === 1 && /(^|\/)docker-entrypoint\.sh$/.test(entrypoint[0]!);
  return wrapper ? [...cmd] : [...entrypoint, ...cmd];
}

function networkOf(state: DockerState, id: string): DockerNetwork | undefined {
  return state.networks.find((n) => n.id === id);
}

/** The addresses of a network in use: its gateway and its running containers'. */
function takenAddresses(state: DockerState, net: DockerNetwork): Set<string> {
  const taken = new Set<string>([net.gateway!]);
  for (const c of state.containers) for (const e of c.endpoints) if (e.networkId === net.id) taken.add(e.ip);
  return taken;
}

/** Joins one network: an address and a MAC, the veth, eth<N> in the sandbox. */
export function joinNetwork(world: World, state: DockerState, c: DockerContainer, att: NetworkAttachment, index: number): Endpoint | DaemonError {
  const net = networkOf(state, att.networkId);
  if (!net) return daemonError("notFound", `network ${att.name} not found`);
  const pool = parseCidr(net.subnet!)!;
  const ip = att.ipv4 ?? allocateAddress(pool, takenAddresses(state, net));
  if (!ip) return daemonError("system", `no available IPv4 addresses on this network's address pools: ${net.name} (${net.id})`);
  if (att.ipv4 && takenAddresses(state, net).has(ip)) return daemonError("system", `Address already in use`);
  const host = world.namespaces[LAB_HOST]!;
  const ep: Endpoint = { networkId: net.id, endpointId: generateId(world), ip, prefixLen: pool.prefixLen, mac: macFromIp(ip), ifname: `eth${index}`, bindings: [] };
  const { hostName, peerName } = createVethPair(world, host, net, net.isDefault ? 1500 : 0);
  ep.hostVeth = hostName;
  c.endpoints.push(ep);
  moveIntoSandbox(world, host, world.namespaces[c.nsId!]!, peerName, ep);
  if (index === 0 && !net.internal) setGateway(world.namespaces[c.nsId!]!, net.gateway!, ep.ifname!);
  return ep;
}

/** docker start: sandbox, networks, published ports, then the main process. */
export function startContainer(world: World, state: DockerState, c: DockerContainer, opts: { holdOnce?: boolean } = {}): DaemonError | undefined {
  syncContainers(world, state);
  if (c.status === "running") return undefined;
  for (const att of c.networks) if (!networkOf(state, att.networkId)) return daemonError("notFound", `network ${att.name} not found`);
  c.pid = world.processes.nextPid++;
  if (c.networkMode === "host") c.nsId = LAB_HOST;
  else c.nsId = createSandbox(world, c).id;
  c.sandboxId = generateId(world);
  for (const [i, att] of c.networks.entries()) {
    const ep = joinNetwork(world, state, c, att, i);
    if (isDaemonError(ep)) return failStart(world, state, c, ep);
    if (i === 0 && !networkOf(state, att.networkId)!.internal && c.portRequests.length > 0) {
      const net = networkOf(state, att.networkId)!;
      const bindings = addPortMappings(world, state, net, ep.ip, c.portRequests);
      if (isDaemonError(bindings)) {
        return failStart(world, state, c, daemonError(bindings.daemonError, `driver failed programming external connectivity on endpoint ${c.name} (${ep.endpointId}): ${bindings.message}`));
      }
      ep.bindings = bindings;
    }
  }
  settleLinkwatch(world);
  c.status = "running";
  c.startedMs = world.clock.nowMs;
  c.error = "";
  c.exitCode = 0;
  delete c.exitsAtMs;
  const ns = world.namespaces[c.nsId]!;
  for (const s of c.main.servers) {
    const sock = listen(world, ns, { proto: s.proto, port: s.port, owner: { pid: c.pid, command: s.command }, replyBytes: s.replyBytes });
    if (typeof sock === "string") return void exitContainer(world, state, c, 1);
  }
  // A command that runs once exits now, unless the caller runs it first (an attached `docker run`).
  if (c.main.kind === "once" && !opts.holdOnce) exitContainer(world, state, c, 0);
  else if (c.main.runsForMs !== undefined) c.exitsAtMs = world.clock.nowMs + c.main.runsForMs;
  return undefined;
}

function failStart(world: World, state: DockerState, c: DockerContainer, err: DaemonError): DaemonError {
  releaseNetworking(world, state, c);
  c.pid = 0;
  c.exitCode = 128;
  c.error = err.message;
  return err;
}

/** Sandbox.Delete: each endpoint's ports released and its veth deleted, then the namespace destroyed. */
function releaseNetworking(world: World, state: DockerState, c: DockerContainer): void {
  const host = world.namespaces[LAB_HOST]!;
  for (const ep of c.endpoints) {
    releasePortBindings(world, state, networkOf(state, ep.networkId), ep.bindings);
    if (ep.hostVeth) removeVeth(world, host, ep.hostVeth);
  }
  c.endpoints = [];
  if (c.nsId === LAB_HOST) {
    for (const s of socketsOf(host).filter((s) => s.owner?.pid === c.pid)) closeSocket(host, s);
  } else if (c.nsId) destroySandbox(world, c.nsId);
  delete c.nsId;
  delete c.sandboxId;
  settleLinkwatch(world);
}

/** The main process ended: networking goes, the state says how it ended; --rm removes the container. */
export function exitContainer(world: World, state: DockerState, c: DockerContainer, exitCode: number): void {
  if (c.status !== "running") return;
  releaseNetworking(world, state, c);
  c.status = "exited";
  c.exitCode = exitCode;
  c.finishedMs = world.clock.nowMs;
  c.pid = 0;
  delete c.exitsAtMs;
  if (c.autoRemove) state.containers.splice(state.containers.indexOf(c), 1);
}

/** Main processes that were to end by now (a `sleep 30` container) have ended. */
export function syncContainers(world: World, state: DockerState): void {
  for (const c of [...state.containers]) {
    if (c.status === "running" && c.exitsAtMs !== undefined && c.exitsAtMs <= world.clock.nowMs) {
      const at = c.exitsAtMs;
      exitContainer(world, state, c, 0);
      c.finishedMs = at;
    }
  }
}

/**
 * docker stop: the stop signal (SIGTERM, or the image's); a process that
 * ignores it is killed when the timeout (10 s) runs out, with exit 137, and
 * that much time passes.
 */
export function stopContainer(world: World, state: DockerState, c: DockerContainer, timeoutS = 10): void {
  syncContainers(world, state);
  if (c.status !== "running") return;
  if (c.main.stopsOnSignal) return exitContainer(world, state, c, 0);
  world.clock.nowMs += Math.max(0, timeoutS) * 1000;
  exitContainer(world, state, c, 137);
}

/** docker kill / rm -f: SIGKILL. */
export function killContainer(world: World, state: DockerState, c: DockerContainer): void {
  exitContainer(world, state, c, 137);
}

/** docker rm: a running container only with force. */
export function removeContainer(world: World, state: DockerState, c: DockerContainer, force: boolean): DaemonError | undefined {
  syncContainers(world, state);
  if (c.status === "running") {
    if (!force) {
      return daemonError("conflict", `cannot remove container "/${c.name}": container is running: stop the container before removing or force remove`);
    }
    c.autoRemove = false;
    killContainer(world, state, c);
  }
  const at = state.containers.indexOf(c);
  if (at >= 0) state.containers.splice(at, 1);
  return undefined;
}
