/**
 * Commands that belong to the shell session rather than to a tool: job
 * control (jobs, wait, kill), history, and the identity and clock commands
 * that must read the world instead of the real machine.
 */
import { fail, ok, type LabCommand } from "../commands/types.js";
import { dateCommand } from "../commands/date/date.js";
import { idCommand, unameCommand, whoamiCommand } from "../commands/system/identity.js";
import { helpCommand } from "../commands/help/help.js";
import { findJob, formatJob, jobMarker, settleJobs } from "./jobs.js";
import type { ShellControl } from "./session.js";

const SIGNALS: Record<string, number> = { HUP: 1, INT: 2, QUIT: 3, KILL: 9, TERM: 15, STOP: 19, CONT: 18, USR1: 10, USR2: 12 };

export function shellCommands(shell: ShellControl): LabCommand[] {
  const jobs: LabCommand = {
    name: "jobs",
    summary: "list the background jobs started with &",
    run() {
      const world = shell.world();
      settleJobs(world);
      let out = "";
      for (const job of world.processes.jobs.filter((j) => !j.reported)) out += formatJob(job, jobMarker(world, job));
      for (const job of world.processes.jobs) if (job.state !== "Running") job.reported = true;
      return ok(out);
    },
  };

  const wait: LabCommand = {
    name: "wait",
    summary: "wait for background jobs to finish",
    run(ctx) {
      const world = shell.world();
      const specs = ctx.argv.slice(1);
      const targets = specs.length === 0 ? world.processes.jobs.filter((j) => j.state === "Running") : [];
      for (const spec of specs) {
        const job = findJob(world, spec);
        if (!job) return fail(`bash: wait: ${spec}: no such job\n`, 127);
        targets.push(job);
      }
      let status = 0;
      for (const job of targets) {
        if (job.state === "Running" && !job.blockedOn && job.endsAtMs > world.clock.nowMs) world.clock.nowMs = job.endsAtMs;
        settleJobs(world);
        status = job.state === "Terminated" ? 143 : job.exitCode;
        if (job.state !== "Running") job.reported = true;
      }
      return { stdout: "", stderr: "", exitCode: specs.length === 0 ? 0 : status };
    },
  };

  const kill: LabCommand = {
    name: "kill",
    summary: "stop a background job (kill %1)",
    run(ctx) {
      const world = shell.world();
      let args = ctx.argv.slice(1);
      let signal = "TERM";
      if (args[0] === "-l") return ok(Object.keys(SIGNALS).map((s) => `${SIGNALS[s]}) SIG${s}`).join("\n") + "\n");
      const flag = args[0]?.match(/^-(?:s\s*)?(\w+)$/);
      if (flag) {
        const name = flag[1]!.toUpperCase().replace(/^SIG/, "");
        const byNumber = Object.keys(SIGNALS).find((k) => String(SIGNALS[k]) === name);
        signal = byNumber ?? name;
        if (!(signal in SIGNALS)) return fail(`bash: kill: ${flag[1]}: invalid signal specification\n`);
        args = args.slice(1);
      }
      if (args.length === 0) {
        return fail("kill: usage: kill [-s sigspec | -n signum | -sigspec] pid | jobspec ... or kill -l [sigspec]\n", 2);
      }
      let stderr = "";
      for (const spec of args) {
        const job = findJob(world, spec);
        if (!job || job.state !== "Running") {
          stderr += spec.startsWith("%") ? `bash: kill: ${spec}: no such job\n` : `bash: kill: (${spec}) - No such process\n`;
          continue;
        }
        if (signal === "STOP" || signal === "CONT") continue;
        job.state = "Terminated";
        job.exitCode = 128 + SIGNALS[signal]!;
        delete job.blockedOn;
      }
      return { stdout: "", stderr, exitCode: stderr ? 1 : 0 };
    },
  };

  const history: LabCommand = {
    name: "history",
    summary: "list the commands typed so far",
    run(ctx) {
      const lines = shell.history();
      const arg = ctx.argv[1];
      if (arg === "-c") return ok();
      const count = arg && /^\d+$/.test(arg) ? Number(arg) : lines.length;
      const start = Math.max(0, lines.length - count);
      return ok(lines.slice(start).map((l, i) => `${String(start + i + 1).padStart(5)}  ${l}\n`).join(""));
    },
  };

  const own = [jobs, wait, kill, history, dateCommand, whoamiCommand, idCommand, unameCommand];
  return [...own, helpCommand(() => shell.commands())];
}
