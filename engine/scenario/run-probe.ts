/**
 * Goals' probes on the real packet walk. Each probe runs on its own copy of
 * the world, so checking goals never changes what the learner sees: no
 * counters move, no conntrack entries appear, the clock stays where it is.
 */
import { formatIpv4 } from "../addr/ipv4.js";
import { sendPing } from "../path/ping.js";
import type { WalkedPacket } from "../path/send.js";
import { sendTcpConnect } from "../path/tcp.js";
import { sendUdp } from "../path/udp.js";
import type { PacketEnd, RuleRef, TraceStep } from "../trace/types.js";
import type { World } from "../world/types.js";
import type { ProbeOutcome, ProbeRequest, ProbeRunner } from "./probe.js";

export const runProbe: ProbeRunner = (world, request) => {
  const copy = structuredClone(world);
  const dst = formatIpv4(request.dst);
  if (request.proto === "tcp") return tcpProbe(copy, request, dst);
  if (request.proto === "udp") return udpProbe(copy, request, dst);
  return pingProbe(copy, request, dst);
};

function tcpProbe(world: World, request: ProbeRequest, dst: string): ProbeOutcome {
  const result = sendTcpConnect(world, { fromNs: request.fromNs, dst, dport: request.dport ?? 80, timeoutMs: 3000, trace: true });
  const outcome = result.outcome;
  const target = `${dst}:${request.dport ?? 80}`;
  const server = deliveredTo(result.packets);
  if (outcome.kind === "connected" && server) {
    return { end: "delivered", socket: server, summary: `reached ${hostName(world, server.ns)}:${server.port} (asked for ${target})` };
  }
  const stopped = firstStop(result.packets);
  switch (outcome.kind) {
    case "refused":
      return { end: "refused", summary: `connection to ${target} refused: ${stopped?.text ?? "nothing listens there"}`, ...stoppedIn(stopped) };
    case "icmp-error":
      return { end: stopped?.by ? "rejected" : "unreachable", summary: describeStop(stopped, `answered with ICMP ${outcome.icmp} from ${outcome.from}`), ...stoppedIn(stopped) };
    case "timeout":
      return { end: "dropped", summary: describeStop(stopped, `no answer from ${target}`), ...stoppedIn(stopped) };
    case "no-route":
      return { end: "no-route", summary: `no route to ${dst}: ${outcome.text}` };
    default:
      return { end: "dropped", summary: describeStop(stopped, `did not reach ${target}`), ...stoppedIn(stopped) };
  }
}

function udpProbe(world: World, request: ProbeRequest, dst: string): ProbeOutcome {
  const result = sendUdp(world, { fromNs: request.fromNs, dst, dport: request.dport ?? 53, trace: true });
  const outcome = result.outcome;
  if (outcome.kind === "delivered") {
    const port = outcome.socket.localPort;
    return { end: "delivered", socket: { ns: outcome.ns, port }, summary: `reached ${hostName(world, outcome.ns)}:${port}` };
  }
  const stopped = firstStop(result.packets);
  if (outcome.kind === "no-route") return { end: "no-route", summary: `no route to ${dst}: ${outcome.text}` };
  const end = outcome.kind === "icmp-error" ? (stopped?.by ? "rejected" : "unreachable") : "dropped";
  return { end, summary: describeStop(stopped, `no answer from ${dst}:${request.dport ?? 53}`), ...stoppedIn(stopped) };
}

function pingProbe(world: World, request: ProbeRequest, dst: string): ProbeOutcome {
  const result = sendPing(world, { fromNs: request.fromNs, dst, trace: true });
  const outcome = result.outcome;
  if (outcome.kind === "reply") return { end: "delivered", summary: `${dst} answered the ping` };
  if (outcome.kind === "no-route") return { end: "no-route", summary: `no route to ${dst}: ${outcome.text}` };
  const stopped = firstStop(result.packets);
  return { end: outcome.kind === "icmp-error" && stopped?.by ? "rejected" : "dropped", summary: describeStop(stopped, `no answer from ${dst}`), ...stoppedIn(stopped) };
}

type Dropped = Extract<PacketEnd, { kind: "dropped" }>;

/** The socket the first packet (the SYN) was delivered to. */
function deliveredTo(packets: readonly WalkedPacket[]): { ns: string; port: number } | undefined {
  const end = packets[0]?.trace.end;
  return end?.kind === "socket" ? { ns: end.ns, port: end.port } : undefined;
}

/** Where the conversation was first stopped: the first packet that ended dropped, and the chains it went through there. */
function firstStop(packets: readonly WalkedPacket[]): Stop | undefined {
  for (const p of packets) if (p.trace.end.kind === "dropped") return { ...p.trace.end, via: callStack(p.trace.steps) };
  return undefined;
}

type Stop = Dropped & { via: string[] };

/** The chains entered since the last hook, as the kernel's jump stack held them ("table/CHAIN"). */
function callStack(steps: readonly TraceStep[]): string[] {
  let stack: string[] = [];
  for (const step of steps) {
    if (step.kind === "hook") stack = [];
    else if (step.kind === "rule") {
      const chain = `${step.ref.table}/${step.ref.chain}`;
      if (stack.length === 0 || stack[stack.length - 1] !== chain) {
        if (stack.length === 0 || !stack.includes(chain)) stack.push(chain);
      }
      const jump = /^(JUMP|GOTO) (\S+)$/.exec(step.verdict);
      if (jump) stack.push(`${step.ref.table}/${jump[2]}`);
    } else if (step.kind === "return") {
      stack = stack.slice(0, Math.max(0, stack.lastIndexOf(`${step.table}/${step.chain}`)));
    }
  }
  return stack;
}

function stoppedIn(stop: Stop | undefined): Pick<ProbeOutcome, "stoppedIn"> {
  const by = stop?.by;
  if (!by) return {};
  return {
    stoppedIn: { table: by.table, chain: by.chain, ...(by.num !== undefined ? { rule: by.num } : {}), ...(by.rule ? { ruleText: by.rule } : {}), via: stop.via },
  };
}

function describeStop(stop: Stop | undefined, fallback: string): string {
  if (!stop) return fallback;
  if (stop.by) return `${stop.code === "rejected" ? "rejected" : "dropped"} by ${describeRule(stop.by)}`;
  return `${fallback} (${stop.text})`;
}

export function describeRule(ref: RuleRef): string {
  if (ref.num === undefined) return `the policy of ${ref.table}/${ref.chain} (${ref.policy ?? "DROP"})`;
  return `rule ${ref.num} of ${ref.table}/${ref.chain}${ref.rule ? `: ${ref.rule}` : ""}`;
}

function hostName(world: World, nsId: string): string {
  const ns = world.namespaces[nsId];
  return ns?.containerName ?? ns?.netnsName ?? nsId.replace(/^container:/, "");
}
