/**
 * `nft`, only as far as `nft monitor trace`: nf_tables trace events in nft's
 * format (see xtables-monitor for how monitors run in the lab). The lab's
 * rules are made with iptables-nft; every other nft command says it is not
 * emulated rather than pretending.
 */
import type { CommandContext, CommandResult, LabCommand } from "../types.js";
import { fail, ok } from "../types.js";
import { replay, subscribe } from "../../trace/monitor.js";

const NOT_EMULATED =
  "nft: this lab emulates only `nft monitor trace`.\n" +
  "The lab's nf_tables rules are made and listed with iptables (iptables-nft): try `iptables -S` or `iptables-save`.\n";

function run(ctx: CommandContext): CommandResult {
  const args = ctx.argv.slice(1);
  if (args.length === 1 && (args[0] === "-v" || args[0] === "--version")) return ok("nftables v1.0.6 (Lester Gooch #5)\n");
  const words = args.filter((a) => a !== "-n" && a !== "-a" && a !== "--numeric" && a !== "--handle");
  if (words.length !== 2 || words[0] !== "monitor" || words[1] !== "trace") return fail(NOT_EMULATED, 1);
  if (ctx.jobId !== undefined) {
    subscribe(ctx.ns, { jobId: ctx.jobId, kind: "nft-trace" });
    const job = ctx.world.processes.jobs.find((j) => j.id === ctx.jobId);
    if (job) job.blockedOn = "nft monitor trace: waiting for traced packets";
    return ok("");
  }
  const events = replay(ctx.ns, "nft-trace");
  return {
    stdout: events.map((e) => e.nft!).join(""),
    stderr: "(the lab: the trace events since the last time; run `nft monitor trace &` to see them as they happen)\n",
    exitCode: 0,
  };
}

export const nftCommand: LabCommand = {
  name: "nft",
  summary: "only `nft monitor trace`: watch packets marked with -j TRACE (nft monitor trace &)",
  run,
};
