/**
 * What happens at the server when a client reaches it: a one-shot listener
 * (nc -l without -k) stops listening — the packet walk closes a TCP one
 * itself — and the nc that owned it exits once it listens no more.
 */
import type { World } from "../../world/types.js";
import { closeSocket, socketsOf } from "../../path/sockets.js";
import type { Peer } from "./net/outcomes.js";

export function serverAccepted(world: World, peer: Peer): void {
  const socket = peer.socket;
  const ns = world.namespaces[peer.ns];
  if (!ns) return;
  if (socket.once) closeSocket(ns, socket);
  const jobId = socket.owner?.jobId;
  if (jobId === undefined) return;
  const listening = socketsOf(ns).some((s) => s.owner?.jobId === jobId && (s.state === "LISTEN" || s.state === "UNCONN"));
  const job = world.processes.jobs.find((j) => j.id === jobId);
  if (listening || !job || job.state !== "Running") return;
  delete job.blockedOn;
  job.endsAtMs = world.clock.nowMs;
  job.exitCode = 0;
}
