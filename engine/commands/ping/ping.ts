/**
 * `ping` — iputils 20221126 (Debian 12) for IPv4, from the namespace the
 * command runs in: the header, one line per reply or ICMP error, the
 * statistics block, exit 0 / 1 (nothing received) / 2 (could not send).
 */
import { stdoutAtExit } from "../output-order.js";
import type { CommandContext, CommandResult, LabCommand } from "../types.js";
import { parseIpv4 } from "../../addr/ipv4.js";
import { linkByName } from "../../net/links.js";
import { isLocalAddress, routeGet } from "../../net/route-get.js";
import { nextUint32 } from "../../world/random.js";
import { NETWORK } from "../nc/net/current-network.js";
import { strerror } from "../nc/net/errno.js";
import { inetAton, resolveHost } from "../nc/net/resolve.js";
import { outputRoute } from "../nc/net/route-probe.js";
import { readLabFile } from "../nc/nc.js";
import { spend } from "../nc/spend.js";
import { parsePing, type PingOptions } from "./options.js";
import { replyLines } from "./lines.js";
import { runProbes } from "./probes.js";
import { statisticsBlock } from "./statistics.js";
import { pingLoopback6 } from "./loopback6.js";

const BROADCAST = "ping: Do you want to ping broadcast? Then -b. If not, check your local firewall rules\n";

export const NEEDS_COUNT = "ping: the lab cannot wait for Ctrl-C: give ping a count or a deadline (ping -c 4 HOST, ping -w 5 HOST)\n";

function fail(stderr: string, exitCode = 2): CommandResult {
  return { stdout: "", stderr, exitCode };
}

export function runPing(ctx: CommandContext): CommandResult {
  const parsed = parsePing(ctx.argv);
  if (!parsed.ok) return { stdout: parsed.stdout ?? "", stderr: parsed.stderr, exitCode: parsed.exitCode };
  const o = parsed.options;
  if (o.count === undefined && o.deadlineS === undefined) return fail(parsed.warnings + NEEDS_COUNT);
  const addrs = resolveHost(o.destination, readLabFile(ctx, "/etc/hosts"));
  if (!addrs) return fail(`${parsed.warnings}ping: ${o.destination}: Temporary failure in name resolution\n`);
  const first = addrs[0]!;
  if (first.family === 6) return pingLoopback6(ctx, o, first.address, parsed.warnings);
  // The kernel routes 0.0.0.0 to this host, from 127.0.0.1; ping then pings the source it was given.
  const dst = first.address === "0.0.0.0" && o.iface === undefined ? "127.0.0.1" : first.address;
  return pingIpv4(ctx, o, dst, parsed.warnings);
}

function pingIpv4(ctx: CommandContext, o: PingOptions, dst: string, warnings: string): CommandResult {
  let stderr = warnings;
  let oif: string | undefined;
  let src: string | undefined;
  if (o.iface !== undefined) {
    if (parseIpv4(o.iface) !== undefined) {
      if (!isLocalAddress(ctx.ns, o.iface)) return fail(`${stderr}ping: bind: ${strerror("EADDRNOTAVAIL")}\n`);
      src = o.iface;
    } else if (!linkByName(ctx.ns, o.iface)) {
      return fail(`${stderr}ping: SO_BINDTODEVICE ${o.iface}: ${strerror("ENODEV")}\n`);
    } else {
      oif = o.iface;
    }
  }
  const route = routeGet(ctx.ns, dst);
  if (typeof route !== "string" && route.type === "broadcast" && !o.broadcast) return fail(stderr + BROADCAST);
  const probe = outputRoute(ctx.ns, dst, oif);
  if (probe === "EACCES") return fail(stderr + BROADCAST);
  if (typeof probe === "string") return fail(`${stderr}ping: connect: ${strerror(probe)}\n`);
  // ping4_run: the probe's source address is not one of the bound device's (getifaddrs).
  if (oif !== undefined && !linkByName(ctx.ns, oif)!.addrs.some((a) => a.address === probe.src)) {
    stderr += `ping: Warning: source address might be selected on device other than: ${oif}\n`;
  }
  src ??= probe.src;
  if (o.broadcast && typeof route !== "string" && route.type === "broadcast") stderr += "WARNING: pinging broadcast address\n";
  // ping4_run: a destination inet_aton reads (10.1, 127.1) is printed as numbers (F_NUMERIC).
  const numeric = o.numeric || parseIpv4(o.destination) !== undefined || inetAton(o.destination) !== undefined;
  const from = o.iface === undefined ? "" : ` from ${src} ${oif ?? ""}:`;
  let stdout = `PING ${o.destination} (${dst})${from} ${o.size}(${o.size + 28}) bytes of data.\n`;
  // SO_BINDTODEVICE: the walk routes only out of that link (ping -I lo: out lo, and nothing comes back).
  const run = runProbes(ctx.world, ctx.ns, NETWORK, {
    dst,
    src,
    ...(oif ? { oif } : {}),
    ...(o.ttl !== undefined ? { ttl: o.ttl } : {}),
    id: nextUint32(ctx.world.random) & 0xffff,
    count: o.count ?? Infinity,
    intervalMs: o.intervalS * 1000,
    waitMs: o.waitS * 1000,
    ...(o.deadlineS !== undefined ? { deadlineMs: o.deadlineS * 1000 } : {}),
  });
  if (!o.quiet) stdout += replyLines(run.answers, { size: o.size, label: (addr) => (numeric ? addr : hostLabel(ctx, addr)) });
  const replies = run.answers.filter((a) => a.outcome.kind === "reply");
  stdout += statisticsBlock({
    target: o.destination,
    transmitted: run.transmitted,
    received: replies.length,
    errors: run.answers.length - replies.length,
    elapsedMs: run.sends[run.sends.length - 1] ?? 0,
    rtts: replies.map((a) => (a.outcome.kind === "reply" ? a.outcome.rttMs : 0)),
    pipe: Math.max(0, ...run.answers.map((a) => a.pipe)),
  });
  spend(ctx, run.endMs);
  const short = o.deadlineS !== undefined && o.count !== undefined && replies.length < o.count;
  return { stdout, stderr, exitCode: replies.length === 0 || short ? 1 : 0 };
}

/** "name (addr)" from /etc/hosts, or the address alone. */
function hostLabel(ctx: CommandContext, addr: string): string {
  for (const raw of (readLabFile(ctx, "/etc/hosts") ?? "").split("\n")) {
    const [a, name] = raw.replace(/#.*/, "").trim().split(/\s+/);
    if (a === addr && name) return `${name} (${addr})`;
  }
  return addr;
}

export const pingCommand: LabCommand = {
  name: "ping",
  summary: "send ICMP echo requests (iputils): ping -c 3 HOST",
  // Its warnings come before the header; the lines it prints reach a file or pipe when it exits.
  run: async (ctx) => stdoutAtExit(await runPing(ctx)),
  interleavesOutput: true,
};
