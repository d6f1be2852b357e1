/**
 * `docker network connect` and `disconnect`: a container's list of networks
 * changes, and a running one gets (or loses) an endpoint at once — the next
 * eth<N>, without a new default route or published ports.
 */
import type { World } from "../world/types.js";
import type { DockerContainer, DockerNetwork, DockerState } from "./types.js";
import { LAB_HOST } from "../world/spec.js";
import { settleLinkwatch } from "../net/linkwatch.js";
import { joinNetwork, syncContainers } from "./containers.js";
import { releasePortBindings } from "./port-mapping.js";
import { removeVeth } from "./sandbox.js";
import { daemonError, isDaemonError, type DaemonError } from "./errors.js";

export function connectNetwork(world: World, state: DockerState, c: DockerContainer, net: DockerNetwork, ip?: string): DaemonError | undefined {
  syncContainers(world, state);
  if (c.networkMode === "host" || net.driver === "host") return daemonError("forbidden", "container cannot be disconnected from host network or connected to host network");
  if (c.networkMode === "none" || net.driver === "null") return daemonError("forbidden", "container cannot be connected to multiple networks with one of the networks in private (none) mode");
  if (c.networks.some((a) => a.networkId === net.id)) return daemonError("forbidden", `endpoint with name ${c.name} already exists in network ${net.name}`);
  if (ip !== undefined && net.isDefault) return daemonError("invalidParameter", "user specified IP address is supported on user defined networks only");
  const att = { networkId: net.id, name: net.name, ...(ip !== undefined ? { ipv4: ip } : {}) };
  if (c.status === "running") {
    const index = Math.max(-1, ...c.endpoints.map((e) => Number(e.ifname?.slice(3) ?? -1))) + 1;
    const ep = joinNetwork(world, state, c, att, index);
    if (isDaemonError(ep)) return ep;
    settleLinkwatch(world);
  }
  c.networks.push(att);
  return undefined;
}

export function disconnectNetwork(world: World, state: DockerState, c: DockerContainer, net: DockerNetwork): DaemonError | undefined {
  syncContainers(world, state);
  const at = c.networks.findIndex((a) => a.networkId === net.id);
  if (at < 0) return daemonError("forbidden", `container ${c.id} is not connected to network ${net.name}`);
  const ep = c.endpoints.find((e) => e.networkId === net.id);
  if (ep) {
    releasePortBindings(world, state, net, ep.bindings);
    if (ep.hostVeth) removeVeth(world, world.namespaces[LAB_HOST]!, ep.hostVeth);
    c.endpoints.splice(c.endpoints.indexOf(ep), 1);
    settleLinkwatch(world);
  }
  c.networks.splice(at, 1);
  return undefined;
}
