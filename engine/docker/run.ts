/**
 * The entry points for scenarios and tests that describe Docker state as
 * data rather than shell commands: `docker run` (create, then start) and a
 * whole declarative spec applied to a world. The `docker` command uses the
 * same functions.
 */
import type { World } from "../world/types.js";
import type { DaemonOptions, DockerContainer } from "./types.js";
import { startDocker } from "./daemon.js";
import { createContainer, startContainer, type RunSpec } from "./containers.js";
import { createNetwork, type NetworkCreateSpec } from "./networks.js";
import { isDaemonError, type DaemonError } from "./errors.js";

export type RunResult =
  | { ok: true; container: DockerContainer }
  /** phase "create": no container was made; "start": it exists, "created", with State.Error set. */
  | { ok: false; phase: "create" | "start"; error: DaemonError; container?: DockerContainer };

/** `docker run -d`: the daemon is started first if it is not running (docker.socket activation). */
export function dockerRun(world: World, spec: RunSpec): RunResult {
  const state = startDocker(world);
  const container = createContainer(world, state, spec);
  if (isDaemonError(container)) return { ok: false, phase: "create", error: container };
  const err = startContainer(world, state, container);
  if (err) return { ok: false, phase: "start", error: err, container };
  return { ok: true, container };
}

/** Docker as a scenario describes it: daemon options, networks, then containers in order. */
export interface DockerSpec {
  daemon?: Partial<DaemonOptions>;
  networks?: NetworkCreateSpec[];
  containers?: RunSpec[];
}

/** Applies a DockerSpec; a broken spec is a scenario bug, so it throws with Docker's message. */
export function applyDockerSpec(world: World, spec: DockerSpec): void {
  const state = startDocker(world, spec.daemon);
  for (const n of spec.networks ?? []) {
    const made = createNetwork(world, state, n);
    if (isDaemonError(made)) throw new Error(`docker network create ${n.name}: ${made.message}`);
  }
  for (const c of spec.containers ?? []) {
    const r = dockerRun(world, c);
    if (!r.ok) throw new Error(`docker run ${c.name ?? c.image}: ${r.error.message}`);
  }
}
