/**
 * Time a command waits (a connect timeout, the kernel's SYN retries, a
 * ping interval) passes on the world clock. A command in a background job
 * does not hold up the shell, so it leaves the clock alone.
 */
import type { CommandContext } from "../types.js";

export function spend(ctx: CommandContext, ms: number): void {
  if (ctx.jobId !== undefined || ms <= 0) return;
  ctx.world.clock.nowMs += Math.round(ms);
}
