/**
 * curl's connection phase: try each address of the host in turn until one
 * connects, under --connect-timeout (default 300 s) and -m, with the -v notes
 * and the error curl ends with when none does.
 */
import type { CommandContext } from "../types.js";
import { NETWORK } from "../nc/net/current-network.js";
import { strerror } from "../nc/net/errno.js";
import type { HostAddress } from "../nc/net/resolve.js";
import type { ConnectOutcome, Peer } from "../nc/net/outcomes.js";

type Opened = Extract<ConnectOutcome, { kind: "connected" }>;
import { synSchedule } from "../nc/net/syn-timeout.js";
import { addrPort, connectionTimedOut, failedToConnect } from "./messages.js";

const DEFAULT_CONNECT_TIMEOUT_MS = 300_000;

export type Connection =
  | { readonly ok: true; readonly addr: string; readonly local: string; readonly localPort: number; readonly peer: Peer; readonly opened: Opened; readonly elapsedMs: number; readonly notes: string }
  | { readonly ok: false; readonly code: 7 | 28; readonly error: string; readonly elapsedMs: number; readonly notes: string };

export function connect(
  ctx: CommandContext,
  host: string,
  port: number,
  addrs: readonly HostAddress[],
  limits: { maxTimeMs?: number; connectTimeoutMs?: number },
): Connection {
  const connectLimit = limits.connectTimeoutMs ?? DEFAULT_CONNECT_TIMEOUT_MS;
  let notes = "";
  let elapsed = 0;
  let lastTimedOut = false;
  for (const addr of addrs) {
    notes += `*   Trying ${addrPort(addr.address, port)}...\n`;
    const start = ctx.world.clock.nowMs + elapsed;
    const schedule = synSchedule(ctx.ns, start);
    const waitMs = Math.min(limits.maxTimeMs ?? Infinity, connectLimit, schedule.giveUpMs - start) - elapsed;
    const synTimesMs = schedule.sends.map((t) => t - start).filter((t) => t < waitMs);
    const outcome = addr.family === 6 ? ({ kind: "failed", errno: "ECONNREFUSED", afterMs: 0 } as const) : NETWORK.connectTcp(ctx.world, ctx.ns, { dst: addr.address, dport: port, synTimesMs });
    const giveUpMs =
      outcome.kind === "unanswered" ? synSchedule(ctx.ns, ctx.world.clock.nowMs + elapsed).giveUpMs - (ctx.world.clock.nowMs + elapsed) : outcome.kind === "failed" ? outcome.afterMs : 0;
    const deadline = Math.min(limits.maxTimeMs ?? Infinity, connectLimit);
    if (outcome.kind !== "connected" && elapsed + giveUpMs >= deadline) {
      elapsed = deadline;
      if (limits.maxTimeMs !== undefined && limits.maxTimeMs <= connectLimit) {
        notes += `* ${connectionTimedOut(elapsed)}\n* Closing connection 0\n`;
        return { ok: false, code: 28, error: connectionTimedOut(elapsed), elapsedMs: elapsed, notes };
      }
      notes += `* ipv4 connect timeout after ${connectLimit}ms, move on!\n* ${failedToConnect(host, port, elapsed, "Timeout was reached")}\n* Closing connection 0\n`;
      return { ok: false, code: 28, error: failedToConnect(host, port, elapsed, "Timeout was reached"), elapsedMs: elapsed, notes };
    }
    if (outcome.kind === "connected") {
      notes += `* Connected to ${host} (${addr.address}) port ${port} (#0)\n`;
      return { ok: true, addr: addr.address, local: outcome.local, localPort: outcome.localPort, peer: outcome.peer, opened: outcome, elapsedMs: elapsed, notes };
    }
    elapsed += giveUpMs;
    lastTimedOut = outcome.kind === "unanswered";
    const errno = outcome.kind === "failed" ? outcome.errno : "ETIMEDOUT";
    notes += `* connect to ${addr.address} port ${port} failed: ${strerror(errno)}\n`;
  }
  // A SYN the kernel gave up on (ETIMEDOUT) exits 28, a refusal or an ICMP error 7; the text is the same (recorded).
  const error = failedToConnect(host, port, elapsed, "Couldn't connect to server");
  notes += `* ${error}\n* Closing connection 0\n`;
  return { ok: false, code: lastTimedOut ? 28 : 7, error, elapsedMs: elapsed, notes };
}
