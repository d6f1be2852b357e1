/**
 * What happens at the server when a client reaches it: a one-shot `nc -l`
 * closes its listener and its job ends.
 */
import type { World } from "../../world/types.js";
import { closeSocket } from "../../path/sockets.js";
import type { Peer } from "./net/outcomes.js";

export function serverAccepted(world: World, peer: Peer): void {
  const socket = peer.socket;
  const job = socket.owner?.jobId === undefined ? undefined : world.processes.jobs.find((j) => j.id === socket.owner?.jobId);
  if (!socket.once) return;
  const ns = world.namespaces[peer.ns];
  if (ns) closeSocket(ns, socket);
  if (job && job.state === "Running") {
    delete job.blockedOn;
    job.endsAtMs = world.clock.nowMs;
    job.exitCode = 0;
  }
}
