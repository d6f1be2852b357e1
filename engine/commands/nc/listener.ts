/**
 * nc -l: bind and listen in the command's namespace. The socket lives while
 * the background job that runs nc does (job.blockedOn keeps it Running);
 * without -k it takes one connection, then nc exits (server-side.ts).
 */
import type { CommandContext, CommandResult } from "../types.js";
import { listen, pruneSockets, socketsOf, type Socket } from "../../path/sockets.js";
import type { Job } from "../../world/types.js";
import { isLocalAddress } from "../../net/route-get.js";
import type { NameDb } from "../../netfilter/extension.js";
import { strerror } from "./net/errno.js";
import { NO_NAME_SERVICE } from "./messages.js";
import type { NcOptions } from "./options.js";
import { parsePorts } from "./ports.js";

const GAI_NO_SERVICE = "nc: getaddrinfo: Servname not supported for ai_socktype\n";

export const FOREGROUND_LISTEN =
  "nc: the lab cannot wait in the foreground for a connection that only a later command could make; start the listener in the background: nc -l PORT &\n";

export function runListener(ctx: CommandContext, o: NcOptions, names: NameDb): CommandResult {
  const proto = o.udp ? "udp" : "tcp";
  // local_listen hands the port to getaddrinfo as typed: a word that is no service is its error.
  if (!/^\d+$/.test(o.port) && names.servicePort(o.port, proto) === undefined) return { stdout: "", stderr: GAI_NO_SERVICE, exitCode: 1 };
  const ports = parsePorts(o.port, proto, names);
  if (!ports.ok) return { stdout: "", stderr: ports.error, exitCode: 1 };
  const port = ports.ports[0]!;
  const addr = o.source ?? "0.0.0.0";
  if (addr !== "0.0.0.0" && !isLocalAddress(ctx.ns, addr)) return { stdout: "", stderr: `nc: ${strerror("EADDRNOTAVAIL")}\n`, exitCode: 1 };
  const job = ctx.jobId === undefined ? undefined : ctx.world.processes.jobs.find((j) => j.id === ctx.jobId);
  if (!job) return { stdout: "", stderr: FOREGROUND_LISTEN, exitCode: 1 };
  const owner = { pid: job.pid, jobId: job.id, command: "nc" };
  const socket = listen(ctx.world, ctx.ns, { proto, addr, port, owner });
  if (socket === "EADDRINUSE" && reusable(ctx, proto, port)) {
    // nc sets SO_REUSEADDR and SO_REUSEPORT: a second nc -l on the port listens too (recorded).
    const shared: Socket = { proto, local: addr, localPort: port, state: proto === "tcp" ? "LISTEN" : "UNCONN", owner };
    socketsOf(ctx.ns).push(shared);
    return listening(ctx, o, job, shared, addr, port);
  }
  if (typeof socket === "string") return { stdout: "", stderr: `nc: ${strerror(socket)}\n`, exitCode: 1 };
  return listening(ctx, o, job, socket, addr, port);
}

/** Whether every socket in the way is another nc's (both set SO_REUSEPORT). */
function reusable(ctx: CommandContext, proto: "tcp" | "udp", port: number): boolean {
  pruneSockets(ctx.world, ctx.ns);
  const inTheWay = socketsOf(ctx.ns).filter((s) => s.proto === proto && s.localPort === port && !s.remote);
  return inTheWay.length > 0 && inTheWay.every((s) => s.owner?.command === "nc");
}

function listening(ctx: CommandContext, o: NcOptions, job: Job, socket: Socket, addr: string, port: number): CommandResult {
  const proto = o.udp ? "udp" : "tcp";
  // Without -k nc serves one peer: a TCP connection, or the sender of the first datagram.
  if (!o.keep) socket.once = true;
  if (ctx.stdin !== "") socket.sends = ctx.stdin;
  job.blockedOn = `listening on ${proto} ${addr}:${port}`;
  const note = !o.verbose ? "" : o.numeric ? `${o.udp ? "Bound on" : "Listening on"} ${addr} ${port}\n` : `nc: getnameinfo: ${NO_NAME_SERVICE}\n`;
  return { stdout: "", stderr: note, exitCode: 0 };
}
