/**
 * What happens at the server when a client reaches it: a one-shot listener
 * (nc -l without -k) stops listening — the packet walk closes a TCP one
 * itself — and the nc that owned it exits once it listens no more; before
 * that, a listening nc writes what it got: `Connection received on A P`
 * with -v, and the client's data, where its job's streams go.
 */
import type { CommandContext } from "../types.js";
import type { Job } from "../../world/types.js";
import { closeSocket, socketsOf } from "../../path/sockets.js";
import type { Peer } from "./net/outcomes.js";
import { parseJobCommand, writeFromJob } from "./job-streams.js";
import { parseNc } from "./options.js";
import { NO_NAME_SERVICE } from "./messages.js";

/** The client as the server sees it (after NAT), and what it sent. */
export interface Arrival {
  readonly from: string;
  readonly fromPort: number;
  readonly data: string;
  /** The address the client sent to (a UDP listener bound to any address connects from it). */
  readonly to?: string;
}

export function serverAccepted(ctx: CommandContext, peer: Peer, arrival?: Arrival): void {
  const world = ctx.world;
  const socket = peer.socket;
  const ns = world.namespaces[peer.ns];
  if (!ns) return;
  const jobId = socket.owner?.jobId;
  const job = jobId === undefined ? undefined : world.processes.jobs.find((j) => j.id === jobId);
  if (job && arrival && socket.owner?.command === "nc") report(ctx, job, arrival);
  if (socket.once && socket.proto === "udp" && arrival) {
    // A UDP nc -l connects to the sender of its first datagram and goes on with it (ss: ESTAB).
    socket.state = "ESTABLISHED";
    if (socket.local === "0.0.0.0" && arrival.to) socket.local = arrival.to;
    socket.remote = arrival.from;
    socket.remotePort = arrival.fromPort;
    delete socket.once;
    return;
  }
  if (socket.once) closeSocket(ns, socket);
  if (!job) return;
  const listening = socketsOf(ns).some((s) => s.owner?.jobId === jobId && (s.state === "LISTEN" || s.proto === "udp"));
  if (listening || job.state !== "Running") return;
  delete job.blockedOn;
  job.endsAtMs = world.clock.nowMs;
  job.exitCode = 0;
}

function report(ctx: CommandContext, job: Job, arrival: Arrival): void {
  const words = parseJobCommand(job.command).words;
  const at = words.findIndex((w) => w === "nc" || w.endsWith("/nc") || w === "netcat");
  const parsed = at >= 0 ? parseNc(words.slice(at)) : undefined;
  const o = parsed && parsed.ok === true ? parsed.options : undefined;
  if (o?.verbose) writeFromJob(ctx, job, "stderr", o.numeric ? `Connection received on ${arrival.from} ${arrival.fromPort}\n` : `nc: getnameinfo: ${NO_NAME_SERVICE}\n`);
  writeFromJob(ctx, job, "stdout", arrival.data);
}
