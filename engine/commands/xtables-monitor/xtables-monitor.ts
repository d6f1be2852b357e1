/**
 * `xtables-monitor --trace`: nf_tables trace events of packets that -j TRACE
 * (meta nftrace set 1) marked, in xtables-monitor's format. Started with `&`
 * it prints each event as it happens (after the command that sent the
 * packet); in the foreground it prints the events since the last foreground
 * run and stops, as if interrupted. Rule events (-e) are not emulated.
 */
import type { CommandContext, CommandResult, LabCommand } from "../types.js";
import { fail, ok } from "../types.js";
import { replay, subscribe } from "../../trace/monitor.js";
import { XTABLES_MONITOR_USAGE } from "./usage.js";

function run(ctx: CommandContext): CommandResult {
  let trace = false;
  let ipv6Only = false;
  for (const a of ctx.argv.slice(1)) {
    if (a === "-t" || a === "--trace") trace = true;
    else if (a === "-e" || a === "--event") return fail("xtables-monitor: rule events (-e) are not emulated in this lab; --trace is\n", 1);
    else if (a === "-4" || a === "--ipv4" || a === "-c" || a === "--counters") continue;
    else if (a === "-6" || a === "--ipv6") ipv6Only = true;
    else if (a === "-h" || a === "--help") return { stdout: XTABLES_MONITOR_USAGE, stderr: "", exitCode: 1 };
    else return fail("xtables-monitor 1.8.9: Bad argument.\nTry `xtables-monitor -h' for more information.\n", 2);
  }
  if (!trace) return { stdout: XTABLES_MONITOR_USAGE, stderr: "", exitCode: 1 };
  if (ipv6Only) return ok("");
  if (ctx.jobId !== undefined) {
    subscribe(ctx.ns, { jobId: ctx.jobId, kind: "xtables-trace" });
    const job = ctx.world.processes.jobs.find((j) => j.id === ctx.jobId);
    if (job) job.blockedOn = "xtables-monitor --trace: waiting for traced packets";
    return ok("");
  }
  const events = replay(ctx.ns, "xtables-trace");
  return {
    stdout: events.map((e) => e.xtables!).join(""),
    stderr: "(the lab: the trace events since the last time; run `xtables-monitor --trace &` to see them as they happen)\n",
    exitCode: 0,
  };
}

export const xtablesMonitorCommand: LabCommand = {
  name: "xtables-monitor",
  summary: "watch packets marked with -j TRACE go through the nf_tables rules (xtables-monitor --trace &)",
  run,
};
