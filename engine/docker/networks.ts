/**
 * Docker networks as libnetwork makes and deletes them: an id, an IPv4 pool
 * and gateway from IPAM, then the bridge driver's steps in its order (the
 * device, its rules, the isolation rules, br_netfilter when needed, the
 * device up), then DOCKER-USER set up again at the top of FORWARD.
 */
import type { World } from "../world/types.js";
import type { DockerNetwork, DockerState, NetworkDriver } from "./types.js";
import { formatIpv4, parseCidr, parseIpv4, networkOf, inCidr } from "../addr/ipv4.js";
import { LAB_HOST } from "../world/spec.js";
import { settleLinkwatch } from "../net/linkwatch.js";
import { generateId } from "./ids.js";
import { allocatePool, formatCidr, poolOverlapsInUse } from "./ipam.js";
import { bridgeUp, createBridgeDevice, deleteBridgeDevice } from "./bridge-device.js";
import { isolateNetwork, setupNetworkIptables, setupUserChain, teardownNetworkIptables } from "./bridge-iptables.js";
import { loadBrNetfilter } from "./kernel-modules.js";
import { daemonError, type DaemonError } from "./errors.js";

export const PREDEFINED_NETWORKS: readonly string[] = ["bridge", "host", "none", "default"];

export interface NetworkCreateSpec {
  name: string;
  /** @default "bridge" */
  driver?: NetworkDriver;
  internal?: boolean;
  attachable?: boolean;
  /** --subnet ("172.30.0.0/16"); absent: the next free default pool. */
  subnet?: string;
  /** --gateway; absent: the pool's first address. */
  gateway?: string;
  /** -o / --opt driver options (com.docker.network.bridge.name, ...enable_icc, ...). */
  options?: Record<string, string>;
  labels?: Record<string, string>;
}

/** findUniqueNetwork: the full id, else one network of that name, else one id beginning so. */
export function findNetwork(state: DockerState, term: string): DockerNetwork | DaemonError {
  const byId = state.networks.find((n) => n.id === term);
  if (byId) return byId;
  const byName = state.networks.filter((n) => n.name === term);
  if (byName.length === 1) return byName[0]!;
  if (byName.length > 1) return daemonError("invalidParameter", `network ${term} is ambiguous (${byName.length} matches found based on name)`);
  const byPrefix = term === "" ? [] : state.networks.filter((n) => n.id.startsWith(term));
  if (byPrefix.length === 1) return byPrefix[0]!;
  if (byPrefix.length > 1) return daemonError("invalidParameter", `network ${term} is ambiguous (${byPrefix.length} matches found based on ID prefix)`);
  return daemonError("notFound", `network ${term} not found`);
}

const boolOpt = (v: string | undefined, dflt: boolean): boolean => (v === undefined ? dflt : /^(1|t|true)$/i.test(v));

/** `docker network create`: a user-defined bridge network. */
export function createNetwork(world: World, state: DockerState, spec: NetworkCreateSpec): DockerNetwork | DaemonError {
  if (PREDEFINED_NETWORKS.includes(spec.name)) return daemonError("forbidden", `operation is not permitted on predefined ${spec.name} network `);
  const driver = spec.driver ?? "bridge";
  if (driver !== "bridge") return daemonError("notFound", `plugin "${driver}" not found`);
  if (state.networks.some((n) => n.name === spec.name)) return daemonError("conflict", `network with name ${spec.name} already exists`);
  let pool = spec.subnet ? parseCidr(spec.subnet) : allocatePool(world, state);
  if (spec.subnet && !pool) return daemonError("invalidParameter", `invalid CIDR address: ${spec.subnet}`);
  if (!pool) return daemonError("system", "could not find an available, non-overlapping IPv4 address pool among the defaults to assign to the network");
  pool = { address: networkOf(pool.address, pool.prefixLen), prefixLen: pool.prefixLen };
  if (spec.subnet && poolOverlapsInUse(state, pool)) return daemonError("forbidden", "Pool overlaps with other one on this address space");
  const gateway = spec.gateway ?? formatIpv4(pool.address + 1);
  const gw = parseIpv4(gateway);
  if (gw === undefined || !inCidr(gw, pool)) return daemonError("invalidParameter", `no matching subnet for gateway ${gateway}`);
  const id = generateId(world);
  const opts = spec.options ?? {};
  const net: DockerNetwork = {
    id,
    name: spec.name,
    driver: "bridge",
    createdMs: world.clock.nowMs,
    internal: spec.internal ?? false,
    attachable: spec.attachable ?? false,
    bridge: opts["com.docker.network.bridge.name"] ?? `br-${id.slice(0, 12)}`,
    subnet: formatCidr(pool),
    gateway,
    isDefault: false,
    icc: boolOpt(opts["com.docker.network.bridge.enable_icc"], true),
    ipMasq: boolOpt(opts["com.docker.network.bridge.enable_ip_masquerade"], true),
    options: { ...opts },
    labels: { ...(spec.labels ?? {}) },
    ipamOptions: {},
  };
  setupBridgeNetwork(world, state, net, Number(opts["com.docker.network.driver.mtu"] ?? 0));
  return net;
}

/** The bridge driver's createNetwork steps, then the controller's DOCKER-USER step. */
export function setupBridgeNetwork(world: World, state: DockerState, net: DockerNetwork, mtu: number): void {
  const host = world.namespaces[LAB_HOST]!;
  const opts = state.options;
  createBridgeDevice(world, host, net, mtu);
  // setupLoopbackAddressesRouting: without the proxy, DNAT of 127.0.0.1 to a container needs route_localnet.
  const localnet = `net.ipv4.conf.${net.bridge}.route_localnet`;
  if (!opts.userlandProxy && localnet in host.sysctl) host.sysctl[localnet] = "1";
  if (opts.iptables) {
    setupNetworkIptables(world, opts, net);
    isolateNetwork(world, net, true);
    // br_netfilter is needed for icc=false and for DNAT between containers without the userland proxy.
    if ((!net.icc || !opts.userlandProxy) && host.sysctl["net.ipv4.ip_forward"] === "1") {
      loadBrNetfilter(world);
      host.sysctl["net.bridge.bridge-nf-call-iptables"] = "1";
    }
  }
  bridgeUp(world, host, net);
  state.networks.push(net);
  if (opts.iptables) setupUserChain(world);
  settleLinkwatch(world);
}

/** A network of the host or null driver: nothing to program but DOCKER-USER. */
export function addPlainNetwork(world: World, state: DockerState, name: string, driver: NetworkDriver): DockerNetwork {
  const net: DockerNetwork = {
    id: generateId(world), name, driver, createdMs: world.clock.nowMs, internal: false, attachable: false,
    isDefault: false, icc: true, ipMasq: true, options: {}, labels: {}, ipamOptions: null,
  };
  state.networks.push(net);
  if (state.options.iptables) setupUserChain(world);
  return net;
}

/** `docker network rm`: refused for the predefined networks and while containers are attached. */
export function removeNetwork(world: World, state: DockerState, term: string): DaemonError | undefined {
  const net = findNetwork(state, term);
  if ("daemonError" in net) return net;
  if (PREDEFINED_NETWORKS.includes(net.name)) return daemonError("forbidden", `${net.name} is a pre-defined network and cannot be removed`);
  if (state.containers.some((c) => c.endpoints.some((e) => e.networkId === net.id))) {
    return daemonError("forbidden", `error while removing network: network ${net.name} id ${net.id} has active endpoints`);
  }
  const host = world.namespaces[LAB_HOST]!;
  deleteBridgeDevice(world, host, net);
  if (state.options.iptables) teardownNetworkIptables(world, state.options, net);
  state.networks.splice(state.networks.indexOf(net), 1);
  settleLinkwatch(world);
  return undefined;
}
