/**
 * nc -l: bind and listen in the command's namespace. The socket lives while
 * the background job that runs nc does (job.blockedOn keeps it Running);
 * without -k it takes one connection, then nc exits (server-side.ts).
 */
import type { CommandContext, CommandResult } from "../types.js";
import { listen } from "../../path/sockets.js";
import { isLocalAddress } from "../../net/route-get.js";
import type { NameDb } from "../../netfilter/extension.js";
import { strerror } from "./net/errno.js";
import { NO_NAME_SERVICE } from "./messages.js";
import type { NcOptions } from "./options.js";
import { parsePorts } from "./ports.js";

export const FOREGROUND_LISTEN =
  "nc: the lab cannot wait in the foreground for a connection that only a later command could make; start the listener in the background: nc -l PORT &\n";

export function runListener(ctx: CommandContext, o: NcOptions, names: NameDb): CommandResult {
  const proto = o.udp ? "udp" : "tcp";
  const ports = parsePorts(o.port, proto, names);
  if (!ports.ok) return { stdout: "", stderr: ports.error, exitCode: 1 };
  const port = ports.ports[0]!;
  const addr = o.source ?? "0.0.0.0";
  if (addr !== "0.0.0.0" && !isLocalAddress(ctx.ns, addr)) return { stdout: "", stderr: `nc: ${strerror("EADDRNOTAVAIL")}\n`, exitCode: 1 };
  const job = ctx.jobId === undefined ? undefined : ctx.world.processes.jobs.find((j) => j.id === ctx.jobId);
  if (!job) return { stdout: "", stderr: FOREGROUND_LISTEN, exitCode: 1 };
  const socket = listen(ctx.world, ctx.ns, { proto, addr, port, owner: { pid: job.pid, jobId: job.id, command: "nc" } });
  if (typeof socket === "string") return { stdout: "", stderr: `nc: ${strerror(socket)}\n`, exitCode: 1 };
  // Without -k nc serves one peer: a TCP connection, or the sender of the first datagram.
  if (!o.keep) socket.once = true;
  if (ctx.stdin !== "") socket.sends = ctx.stdin;
  job.blockedOn = `listening on ${proto} ${addr}:${port}`;
  const note = !o.verbose ? "" : o.numeric ? `${o.udp ? "Bound on" : "Listening on"} ${addr} ${port}\n` : `nc: getnameinfo: ${NO_NAME_SERVICE}\n`;
  return { stdout: "", stderr: note, exitCode: 0 };
}
