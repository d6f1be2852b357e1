/**
 * `ss` (iproute2 6.1) over the sockets of the command's namespace: TCP and
 * UDP, listening or connected, in the column layout ss prints when its
 * output is not a terminal.
 */
import type { CommandContext, CommandResult, LabCommand } from "../types.js";
import { pruneSockets, socketsOf, type Socket, type SocketState } from "../../path/sockets.js";
import { labNameDb } from "../nc/nc.js";
import { parseSs } from "./options.js";
import { renderTable, type SsRow } from "./table.js";
import { ssStateOf } from "./states.js";
import { timewaitTimer } from "./timer.js";

const STATE_NAMES: Readonly<Record<SocketState, string>> = {
  LISTEN: "LISTEN",
  ESTABLISHED: "ESTAB",
  UNCONN: "UNCONN",
  SYN_SENT: "SYN-SENT",
  SYN_RECV: "SYN-RECV",
  CLOSE_WAIT: "CLOSE-WAIT",
  FIN_WAIT1: "FIN-WAIT-1",
  TIME_WAIT: "TIME-WAIT",
};

/** The backlog nc passes to listen() is 1; a server's is the kernel's somaxconn default. */
function sendQ(s: Socket): number {
  if (s.state !== "LISTEN") return 0;
  return s.owner?.command === "nc" ? 1 : 4096;
}

export function runSs(ctx: CommandContext): CommandResult {
  const parsed = parseSs(ctx.argv);
  if (!parsed.ok) return { stdout: parsed.stdout, stderr: parsed.stderr, exitCode: parsed.exitCode };
  const o = parsed.options;
  const both = o.tcp === o.udp;
  const names = labNameDb(ctx);
  pruneSockets(ctx.world, ctx.ns);
  const portName = (port: number, proto: string): string => (o.numeric ? String(port) : names.serviceName(port, proto) ?? String(port));
  // UDP sockets come before TCP ones, as ss walks the tables.
  const order = (s: Socket) => (s.proto === "udp" ? 0 : 1);
  const rows: SsRow[] = socketsOf(ctx.ns)
    .filter((s) => (both || (s.proto === "tcp" ? o.tcp : o.udp)) && o.states.has(ssStateOf(s.state)))
    .sort((a, b) => order(a) - order(b))
    .map((s) => ({
      ...(both ? { netid: s.proto } : {}),
      state: STATE_NAMES[s.state],
      recvQ: 0,
      sendQ: sendQ(s),
      local: s.local,
      localPort: portName(s.localPort, s.proto),
      peer: s.remote ?? "0.0.0.0",
      peerPort: s.remotePort === undefined ? "*" : portName(s.remotePort, s.proto),
      ...(s.owner?.command && s.owner.pid !== undefined ? { process: `users:(("${s.owner.command}",pid=${s.owner.pid},fd=${s.remote ? 4 : 3}))` } : {}),
      ...(o.timers && s.state === "TIME_WAIT" && s.expiresAtMs !== undefined ? { timer: timewaitTimer(s.expiresAtMs, ctx.world.clock.nowMs) } : {}),
    }));
  // One state asked for: ss leaves the State column out.
  const state = o.states.size !== 1;
  return { stdout: renderTable(rows, { netid: both, state, process: o.processes, header: !o.noHeader }), stderr: "", exitCode: 0 };
}

export const ssCommand: LabCommand = {
  name: "ss",
  summary: "list sockets (iproute2): ss -tlnp for TCP listeners, ss -tan for all TCP sockets",
  run: runSs,
};
