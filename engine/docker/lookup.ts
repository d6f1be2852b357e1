/**
 * Questions other layers ask about Docker: which container a namespace
 * belongs to (a trace that reaches 172.17.0.2 can say "web"), and where a
 * docker-proxy listener relays what it accepts (the packet walk follows a
 * local connection to 127.0.0.1:8080 through it to the container).
 */
import type { NetNamespace, World } from "../world/types.js";
import type { DockerContainer, PortBinding } from "./types.js";
import { findContainer } from "./containers.js";
import { isDaemonError } from "./errors.js";

/** The network namespace of a running container, by name or id (prefix). */
export function containerNamespace(world: World, nameOrId: string): NetNamespace | undefined {
  const state = world.docker;
  if (!state) return undefined;
  const c = findContainer(state, nameOrId);
  if (isDaemonError(c) || !c.nsId) return undefined;
  return world.namespaces[c.nsId];
}

/** The container whose namespace this is (host-network containers share the lab host's, so they are not found). */
export function containerOfNamespace(world: World, nsId: string): DockerContainer | undefined {
  return world.docker?.containers.find((c) => c.nsId === nsId && c.networkMode !== "host");
}

/** What the docker-proxy bound to HOSTIP:PORT relays to: the binding and its container. */
export function proxyTarget(world: World, proto: "tcp" | "udp", hostIp: string, hostPort: number): { binding: PortBinding; container: DockerContainer } | undefined {
  for (const c of world.docker?.containers ?? []) {
    for (const e of c.endpoints) {
      const binding = e.bindings.find((b) => b.proto === proto && b.hostPort === hostPort && (b.hostIp === hostIp || b.hostIp === "0.0.0.0"));
      if (binding) return { binding, container: c };
    }
  }
  return undefined;
}
