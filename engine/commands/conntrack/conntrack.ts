/**
 * `conntrack` (conntrack-tools 1.4.7) over the namespace's table: -L lists,
 * -D deletes, -F flushes, -C counts, -E shows events (in the background as a
 * job, or in the foreground the events since the last foreground -E). The
 * filters are the original/reply tuple options, -p with its ports, --mark,
 * --state, --status and the NAT ones. Output and messages as recorded from
 * the real tool; anything else says it is not emulated.
 */
import type { CommandContext, CommandResult, LabCommand } from "../types.js";
import { fail, ok } from "../types.js";
import { liveEntries, removeEntry } from "../../conntrack/table.js";
import { listLine } from "../../conntrack/format.js";
import { replay, subscribe } from "../../trace/monitor.js";
import { CONNTRACK_USAGE } from "./usage.js";
import { parseConntrack, type CtFilter } from "./args.js";
import type { ConnEntry } from "../../conntrack/types.js";

const PROG = "conntrack v1.4.7 (conntrack-tools)";

function entryMatches(e: ConnEntry, f: CtFilter): boolean {
  if (f.proto !== undefined && e.orig.proto !== f.proto) return false;
  if (f.origSrc !== undefined && e.orig.src !== f.origSrc) return false;
  if (f.origDst !== undefined && e.orig.dst !== f.origDst) return false;
  if (f.replySrc !== undefined && e.reply.src !== f.replySrc) return false;
  if (f.replyDst !== undefined && e.reply.dst !== f.replyDst) return false;
  if (f.sport !== undefined && e.orig.sport !== f.sport) return false;
  if (f.dport !== undefined && e.orig.dport !== f.dport) return false;
  if (f.replySport !== undefined && e.reply.sport !== f.replySport) return false;
  if (f.replyDport !== undefined && e.reply.dport !== f.replyDport) return false;
  if (f.mark !== undefined && e.mark !== f.mark) return false;
  if (f.state !== undefined && e.tcp !== f.state) return false;
  if (f.zone !== undefined && (e.zone ?? 0) !== f.zone) return false;
  if (f.status) {
    for (const s of f.status) {
      if (s === "ASSURED" && !e.assured) return false;
      if (s === "SEEN_REPLY" && !e.seenReply) return false;
      if (s === "UNREPLIED" && e.seenReply) return false;
    }
  }
  if (f.srcNat && !e.nat.snat) return false;
  if (f.dstNat && !e.nat.dnat) return false;
  if (f.anyNat && !e.nat.snat && !e.nat.dnat) return false;
  return true;
}

function run(ctx: CommandContext): CommandResult {
  const parsed = parseConntrack(ctx.argv.slice(1));
  if ("usage" in parsed) return ok(CONNTRACK_USAGE);
  if ("error" in parsed) return fail(`${PROG}: ${parsed.error}\nTry \`conntrack -h' or 'conntrack --help' for more information.\n`, 2);
  if ("unsupported" in parsed) return fail(`conntrack: ${parsed.unsupported} is not emulated in this lab (-L, -D, -F, -C and -E are)\n`, 1);
  const { command, filter } = parsed;
  const world = ctx.world;
  const ns = ctx.ns;
  if (filter.family === "ipv6") return { stdout: "", stderr: `${PROG}: 0 flow entries have been shown.\n`, exitCode: 0 };
  switch (command) {
    case "L": {
      const rows = liveEntries(world, ns).filter((e) => entryMatches(e, filter));
      return { stdout: rows.map((e) => listLine(e, world.clock.nowMs, filter.extended)).join(""), stderr: `${PROG}: ${rows.length} flow entries have been shown.\n`, exitCode: 0 };
    }
    case "C":
      return ok(`${liveEntries(world, ns).length}\n`);
    case "D": {
      const rows = liveEntries(world, ns).filter((e) => entryMatches(e, filter));
      const out = rows.map((e) => listLine(e, world.clock.nowMs, filter.extended)).join("");
      for (const e of rows) removeEntry(world, ns, e);
      return { stdout: out, stderr: `${PROG}: ${rows.length} flow entries have been deleted.\n`, exitCode: rows.length === 0 ? 1 : 0 };
    }
    case "F":
      for (const e of liveEntries(world, ns).slice()) removeEntry(world, ns, e);
      return { stdout: "", stderr: `${PROG}: connection tracking table has been emptied.\n`, exitCode: 0 };
    case "E": {
      if (ctx.jobId !== undefined) {
        subscribe(ns, { jobId: ctx.jobId, kind: "conntrack-events" });
        const job = world.processes.jobs.find((j) => j.id === ctx.jobId);
        if (job) job.blockedOn = "conntrack -E: waiting for connection tracking events";
        return ok("");
      }
      const events = replay(ns, "conntrack-events");
      const out = events.map((e) => e.ct!).join("");
      return {
        stdout: out,
        stderr: `(the lab: events since the last foreground conntrack -E; run \`conntrack -E &\` to see them as they happen)\n${PROG}: ${events.length} flow events have been shown.\n`,
        exitCode: 0,
      };
    }
  }
}

export const conntrackCommand: LabCommand = {
  name: "conntrack",
  summary: "list, delete or watch connection tracking entries (conntrack -L)",
  run,
};
