/**
 * `trace`: the lab's own tool to follow a packet (and the answer it draws)
 * through the emulated world, hook by hook. A dry run on a copy of the world
 * unless --send; the printed path is the trace data the TUI and the grader use.
 */
import type { CommandContext, CommandResult, LabCommand } from "../types.js";
import { fail, ok } from "../types.js";
import { cloneWorld } from "../../world/clone.js";
import { findNamespace } from "../../path/find-ns.js";
import { sendTcpConnect } from "../../path/tcp.js";
import { sendUdp } from "../../path/udp.js";
import { sendPing } from "../../path/ping.js";
import type { WalkedPacket } from "../../path/send.js";
import { viewPacket } from "../../trace/view.js";
import { TRACE_HELP } from "./help.js";
import { parseTraceArgs, type TraceArgs } from "./args.js";

function run(ctx: CommandContext): CommandResult {
  const parsed = parseTraceArgs(ctx.argv.slice(1));
  if ("help" in parsed) return ok(TRACE_HELP);
  if ("error" in parsed) return fail(`trace: ${parsed.error}\nTry 'trace --help' for more information.\n`, 2);
  const a = parsed.args;
  const world = a.send ? ctx.world : cloneWorld(ctx.world);
  const from = a.from !== undefined ? findNamespace(world, a.from) : world.namespaces[ctx.ns.id];
  if (!from) return fail(`trace: no machine or namespace called "${a.from}"\n`, 1);
  const { packets, result } = exchange(world, from.id, a);
  const shown = a.all ? packets : firstAndAnswers(packets);
  let out = a.send ? "" : "(a dry run: nothing in the lab changes; add --send to send it for real)\n";
  shown.forEach((p, i) => {
    out += `\n${viewPacket(p, i === 0 ? "packet" : `answer ${i}`)}`;
  });
  if (packets.length === 0) out += "\nno packet left: ";
  else out += "\nresult: ";
  out += `${result}\n`;
  return ok(out);
}

/** The first packet and those the kernel sent in answer to it (not the client's own next steps). */
function firstAndAnswers(packets: readonly WalkedPacket[]): WalkedPacket[] {
  if (packets.length === 0) return [];
  const first = packets[0]!;
  return [first, ...packets.slice(1).filter((p) => p.ns !== first.ns || !/^connect\(\)|^sendto|^ping/.test(p.by))];
}

function exchange(world: CommandContext["world"], from: string, a: TraceArgs): { packets: readonly WalkedPacket[]; result: string } {
  const base = { fromNs: from, dst: a.dst, ...(a.src !== undefined ? { src: a.src } : {}), trace: true };
  if (a.proto === "tcp") {
    const r = sendTcpConnect(world, { ...base, dport: a.dport!, ...(a.sport !== undefined ? { sport: a.sport } : {}), synTimesMs: [0] });
    const o = r.outcome;
    const result =
      o.kind === "connected" ? "connected: the SYN/ACK came back and the handshake completed" :
      o.kind === "refused" ? "connection refused: an RST came back (Connection refused)" :
      o.kind === "icmp-error" ? `an ICMP ${o.icmp} came back from ${o.from}: connect() fails with ${o.errno} (${o.text})` :
      o.kind === "no-route" ? `${o.text} (${o.errno}): connect() fails before anything is sent` :
      "nothing came back: connect() would retry the SYN and time out (Connection timed out)";
    return { packets: r.packets, result };
  }
  if (a.proto === "udp") {
    const r = sendUdp(world, { ...base, dport: a.dport!, ...(a.sport !== undefined ? { sport: a.sport } : {}), bytes: a.bytes ?? 0 });
    const o = r.outcome;
    const result =
      o.kind === "delivered" ? `delivered to a UDP socket in ${o.ns}${o.answered ? ", and its answer came back" : ""}` :
      o.kind === "icmp-error" ? `an ICMP ${o.icmp} came back from ${o.from}: the socket's next call fails with ${o.errno} (${o.text})` :
      o.kind === "no-route" ? `${o.text} (${o.errno}): sendto() fails, nothing is sent` :
      "nothing came back";
    return { packets: r.packets, result };
  }
  const r = sendPing(world, { ...base, ...(a.ttl !== undefined ? { ttl: a.ttl } : {}) });
  const o = r.outcome;
  const result =
    o.kind === "reply" ? `echo reply from ${o.from}, TTL ${o.ttl}` :
    o.kind === "icmp-error" ? `ICMP type ${o.type} code ${o.code} came back from ${o.from}` :
    o.kind === "neigh-failed" ? `nobody answered ARP: "Destination Host Unreachable" from ${o.from}` :
    o.kind === "no-route" ? `${o.text} (${o.errno}): nothing is sent` :
    "no reply (the echo or its reply was lost)";
  return { packets: r.packets, result };
}

export const traceCommand: LabCommand = {
  name: "trace",
  summary: "follow a packet through the lab hook by hook (trace tcp 10.0.0.2:80)",
  run,
};
