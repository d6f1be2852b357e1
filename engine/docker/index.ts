/**
 * engine/docker — the Docker Engine 27.5 model: dockerd programs the lab
 * host as the real one does (bridges, veths, container namespaces, and its
 * iptables rules through the lab's own iptables, in Docker's order), and
 * keeps its book of networks and containers in world.docker.
 *
 * It must not print anything (the docker command in commands/docker does)
 * nor re-add rules by itself: like dockerd, it touches iptables only when a
 * network or a container changes. Classic layout only (no ip6tables, no 28.x chains).
 */
export { DEFAULT_DAEMON_OPTIONS, dockerState, startDocker } from "./daemon.js";
export { applyDockerSpec, dockerRun, type DockerSpec, type RunResult } from "./run.js";
export {
  createContainer, findContainer, killContainer, removeContainer, startContainer, stopContainer, syncContainers, type RunSpec,
} from "./containers.js";
export { createNetwork, findNetwork, removeNetwork, type NetworkCreateSpec } from "./networks.js";
export { connectNetwork, disconnectNetwork } from "./connect.js";
export { containerNamespace, containerOfNamespace, proxyTarget } from "./lookup.js";
export { isDaemonError, type DaemonError } from "./errors.js";
export type { DaemonOptions, DockerContainer, DockerNetwork, DockerState, Endpoint, PortBinding, PortRequest } from "./types.js";
