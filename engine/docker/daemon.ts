/**
 * Starting dockerd 27.5 on the lab host, in the order the real one works:
 * the bridge driver's chains (after removing any a previous daemon left),
 * IP forwarding turned on — and, because Docker turned it on, the FORWARD
 * policy set to DROP — then the predefined networks "none", "host" and
 * "bridge" (docker0), each followed by the DOCKER-USER setup.
 *
 * Only IPv4 is programmed: the lab has no ip6tables, so the ip6tables
 * chains and the ip6tables FORWARD DROP policy that 27.x also sets are not
 * modelled.
 */
import type { World } from "../world/types.js";
import type { DaemonOptions, DockerNetwork, DockerState } from "./types.js";
import { LAB_HOST } from "../world/spec.js";
import { writeSysctl } from "../net/sysctl-write.js";
import { formatIpv4, networkOf, parseCidr } from "../addr/ipv4.js";
import { removeIPChains, setupIPChains } from "./bridge-iptables.js";
import { setDefaultPolicy } from "./iptables.js";
import { allocatePool, formatCidr } from "./ipam.js";
import { generateId } from "./ids.js";
import { addPlainNetwork, setupBridgeNetwork } from "./networks.js";

export const DEFAULT_DAEMON_OPTIONS: Readonly<DaemonOptions> = {
  iptables: true,
  ipForward: true,
  ipMasq: true,
  icc: true,
  userlandProxy: true,
  defaultBindIp: "0.0.0.0",
};

/** The MTU dockerd gives docker0 (config.DefaultNetworkMtu). */
const DEFAULT_MTU = 1500;

/** The running daemon, or undefined when Docker is not started. */
export function dockerState(world: World): DockerState | undefined {
  return world.docker?.running ? world.docker : undefined;
}

/** `systemctl start docker` on a host where it has not run yet. Returns the daemon; a running one is left alone. */
export function startDocker(world: World, options: Partial<DaemonOptions> = {}): DockerState {
  if (world.docker?.running) return world.docker;
  const host = world.namespaces[LAB_HOST];
  if (!host) throw new Error("docker: the lab host namespace is missing");
  const opts: DaemonOptions = { ...DEFAULT_DAEMON_OPTIONS, ...options };
  const state: DockerState = {
    options: opts,
    running: true,
    pids: { containerd: world.processes.nextPid++, dockerd: world.processes.nextPid++ },
    startedMs: world.clock.nowMs,
    networks: [],
    containers: [],
    ephemeralLast: {},
  };
  world.docker = state;
  if (opts.iptables) {
    removeIPChains(world);
    setupIPChains(world);
  }
  if (opts.ipForward && host.sysctl["net.ipv4.ip_forward"] !== "1") {
    writeSysctl(host, "net.ipv4.ip_forward", "1");
    if (opts.iptables) setDefaultPolicy(world, "filter", "FORWARD", "DROP");
  }
  addPlainNetwork(world, state, "none", "null");
  addPlainNetwork(world, state, "host", "host");
  setupBridgeNetwork(world, state, defaultBridge(world, state), DEFAULT_MTU);
  return state;
}

/** initBridgeDriver: "bridge" on docker0, its pool from --bip or the first free default pool. */
function defaultBridge(world: World, state: DockerState): DockerNetwork {
  const opts = state.options;
  const bip = opts.bip ? parseCidr(opts.bip) : undefined;
  if (opts.bip && !bip) throw new Error(`docker: --bip ${opts.bip} is not an address with a prefix`);
  const pool = bip ?? allocatePool(world, state);
  if (!pool) throw new Error("docker: no default address pool is free for docker0");
  const gateway = bip ? formatIpv4(bip.address) : formatIpv4(networkOf(pool.address, pool.prefixLen) + 1);
  return {
    id: generateId(world),
    name: "bridge",
    driver: "bridge",
    createdMs: world.clock.nowMs,
    internal: false,
    attachable: false,
    bridge: "docker0",
    subnet: formatCidr(pool),
    gateway,
    isDefault: true,
    icc: opts.icc,
    ipMasq: opts.ipMasq,
    options: {
      "com.docker.network.bridge.default_bridge": "true",
      "com.docker.network.bridge.enable_icc": String(opts.icc),
      "com.docker.network.bridge.enable_ip_masquerade": String(opts.ipMasq),
      "com.docker.network.bridge.host_binding_ipv4": opts.defaultBindIp,
      "com.docker.network.bridge.name": "docker0",
      "com.docker.network.driver.mtu": String(DEFAULT_MTU),
    },
    labels: {},
    ipamOptions: null,
  };
}
