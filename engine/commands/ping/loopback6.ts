/**
 * ping to ::1 (`ping localhost` resolves to ::1 first): the loopback answers
 * while `lo` is up. The lab has no other IPv6 path.
 */
import type { CommandContext, CommandResult } from "../types.js";
import { linkByName } from "../../net/links.js";
import { spend } from "../nc/spend.js";
import type { PingOptions } from "./options.js";
import { rttText } from "./lines.js";
import { statisticsBlock } from "./statistics.js";

const RTT_MS = 0.03;

export function pingLoopback6(ctx: CommandContext, o: PingOptions, addr: string, warnings: string): CommandResult {
  const up = linkByName(ctx.ns, "lo")?.up === true && addr === "::1";
  const count = o.count ?? Math.max(1, Math.floor((o.deadlineS ?? 1) / o.intervalS));
  const label = o.numeric ? addr : `${o.destination} (${addr})`;
  let stdout = `PING ${o.destination}(${label}) ${o.size} data bytes\n`;
  if (up && !o.quiet) {
    for (let seq = 1; seq <= count; seq++) stdout += `${o.size + 8} bytes from ${label}: icmp_seq=${seq} ttl=64 time=${rttText(RTT_MS)} ms\n`;
  }
  const elapsedMs = (count - 1) * o.intervalS * 1000;
  stdout += statisticsBlock({ target: o.destination, transmitted: count, received: up ? count : 0, errors: 0, elapsedMs, rtts: up ? Array(count).fill(RTT_MS) : [], pipe: 1 });
  spend(ctx, elapsedMs + (up ? 0 : o.waitS * 1000));
  return { stdout, stderr: warnings, exitCode: up ? 0 : 1 };
}
