/**
 * nc as a client: for each port and each address of the host, connect (or
 * send a datagram), report as netcat-openbsd does with -v, and carry data
 * without -z. Exit 0 when some attempt succeeded.
 */
import type { CommandContext, CommandResult } from "../types.js";
import { isLocalAddress } from "../../net/route-get.js";
import type { NameDb } from "../../netfilter/extension.js";
import { NETWORK } from "./net/current-network.js";
import { strerror } from "./net/errno.js";
import type { HostAddress } from "./net/resolve.js";
import { synSchedule } from "./net/syn-timeout.js";
import { outputRoute } from "./net/route-probe.js";
import { connectFailed, connectTimedOut, succeeded } from "./messages.js";
import type { NcOptions } from "./options.js";
import { serverAccepted } from "./server-side.js";
import { spend } from "./spend.js";
import { utf8Length } from "./net/utf8.js";

interface Attempt {
  readonly host: string;
  readonly addr: HostAddress;
  readonly port: number;
}

interface AttemptResult {
  readonly ok: boolean;
  readonly stderr: string;
  readonly stdout: string;
}

export function runClient(ctx: CommandContext, o: NcOptions, addrs: readonly HostAddress[], ports: readonly number[], names: NameDb): CommandResult {
  if (o.source !== undefined && !isLocalAddress(ctx.ns, o.source)) {
    return { stdout: "", stderr: `nc: bind failed: ${strerror("EADDRNOTAVAIL")}\n`, exitCode: 1 };
  }
  let stdout = "";
  let stderr = "";
  let anyOk = false;
  for (const port of ports) {
    for (const addr of addrs) {
      const attempt = { host: o.host ?? addr.address, addr, port };
      const r = o.udp ? udpAttempt(ctx, o, attempt, names) : tcpAttempt(ctx, o, attempt, names);
      stdout += r.stdout;
      stderr += r.stderr;
      if (r.ok) {
        anyOk = true;
        break;
      }
    }
  }
  return { stdout, stderr, exitCode: anyOk ? 0 : 1 };
}

function tcpAttempt(ctx: CommandContext, o: NcOptions, a: Attempt, names: NameDb): AttemptResult {
  const fail = (stderr: string): AttemptResult => ({ ok: false, stdout: "", stderr: o.verbose ? stderr : "" });
  if (a.addr.family === 6) return fail(connectFailed(a.host, a.addr.address, a.port, "tcp", "ECONNREFUSED"));
  const limitMs = o.timeoutS === undefined ? undefined : o.timeoutS * 1000;
  const now = ctx.world.clock.nowMs;
  const schedule = synSchedule(ctx.ns, now);
  const waitMs = limitMs ?? schedule.giveUpMs - now;
  const outcome = NETWORK.connectTcp(ctx.world, ctx.ns, {
    dst: a.addr.address,
    dport: a.port,
    ...(o.source !== undefined ? { src: o.source } : {}),
    ...(o.sourcePort !== undefined ? { sport: Number(o.sourcePort) } : {}),
    synTimesMs: schedule.sends.map((t) => t - now).filter((t) => t < waitMs),
  });
  switch (outcome.kind) {
    case "connected": {
      spend(ctx, outcome.afterMs);
      const served = o.zero ? "" : outcome.peer.socket.sends ?? "";
      NETWORK.converse(ctx.world, outcome, { clientBytes: o.zero ? 0 : utf8Length(ctx.stdin), serverBytes: utf8Length(served), closer: "client" });
      const from = outcome.seenFrom ?? { addr: outcome.local, port: outcome.localPort };
      serverAccepted(ctx, outcome.peer, { from: from.addr, fromPort: from.port, data: o.zero ? "" : ctx.stdin });
      const note = o.verbose ? succeeded(a.host, a.addr.address, a.port, "tcp", names.serviceName(a.port, "tcp")) : "";
      return { ok: true, stdout: served, stderr: note };
    }
    case "failed":
      if (limitMs !== undefined && outcome.afterMs > limitMs) {
        spend(ctx, limitMs);
        return fail(connectTimedOut(a.host, a.addr.address, a.port, "tcp"));
      }
      spend(ctx, outcome.afterMs);
      return fail(connectFailed(a.host, a.addr.address, a.port, "tcp", outcome.errno));
    case "unanswered":
      if (limitMs !== undefined) {
        spend(ctx, limitMs);
        return fail(connectTimedOut(a.host, a.addr.address, a.port, "tcp"));
      }
      spend(ctx, waitMs);
      return fail(connectFailed(a.host, a.addr.address, a.port, "tcp", "ETIMEDOUT"));
  }
}

/**
 * UDP: connect() sends nothing; with -z nc writes four one-byte datagrams and
 * fails only if a write reports an ICMP error that came back (udptest).
 */
function udpAttempt(ctx: CommandContext, o: NcOptions, a: Attempt, names: NameDb): AttemptResult {
  if (a.addr.family === 6) return { ok: false, stdout: "", stderr: "" };
  // Debian's nc 1.219 runs udptest only with -v: -u -z alone connects (a route lookup) and writes nothing (recorded: kernel/owner).
  if (o.zero && !o.verbose) return { ok: typeof outputRoute(ctx.ns, a.addr.address) !== "string", stdout: "", stderr: "" };
  const outcome = NETWORK.sendUdp(ctx.world, ctx.ns, {
    dst: a.addr.address,
    dport: a.port,
    ...(o.source !== undefined ? { src: o.source } : {}),
    ...(o.sourcePort !== undefined ? { sport: Number(o.sourcePort) } : {}),
    ...(o.zero ? { bytes: 1 } : {}),
  });
  if (outcome.kind === "failed") return { ok: false, stdout: "", stderr: o.verbose ? connectFailed(a.host, a.addr.address, a.port, "udp", outcome.errno) : "" };
  if (outcome.kind === "icmp-error") return { ok: false, stdout: "", stderr: "" };
  if (o.zero && !udptestRest(ctx, o, a, outcome.localPort ?? 0)) return { ok: false, stdout: "", stderr: "" };
  // udptest writes one "X" at a time; the listener got five of them.
  if (outcome.kind === "delivered") serverAccepted(ctx, outcome.peer, { from: outcome.local, fromPort: outcome.localPort, to: a.addr.address, data: o.zero ? "XXXXX" : ctx.stdin });
  const note = o.verbose ? succeeded(a.host, a.addr.address, a.port, "udp", names.serviceName(a.port, "udp")) : "";
  return { ok: true, stdout: "", stderr: note };
}

/** UDP_SCAN_TIMEOUT: udptest's seconds of waiting without -w. */
const UDP_SCAN_SECONDS = 3;

/**
 * The rest of udptest after its first "X": a second one at once, then one a
 * second for -w seconds (3 without). A write fails with ECONNREFUSED when
 * the previous datagram drew an ICMP error: nc then reports failure.
 */
function udptestRest(ctx: CommandContext, o: NcOptions, a: Attempt, sport: number): boolean {
  const waits = o.timeoutS ?? UDP_SCAN_SECONDS;
  for (let i = 0; i <= waits; i++) {
    if (i > 0) spend(ctx, 1000);
    const r = NETWORK.sendUdp(ctx.world, ctx.ns, { dst: a.addr.address, dport: a.port, ...(o.source !== undefined ? { src: o.source } : {}), sport, bytes: 1 });
    if (r.kind === "icmp-error" && i < waits) return false;
  }
  return true;
}
