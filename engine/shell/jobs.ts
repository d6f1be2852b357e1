/**
 * Background jobs, as bash keeps them. A job started with `&` runs at once in
 * the emulated world; it stays "Running" while the world clock has not reached
 * the end of its sleeps, or while something in the world holds it (a
 * listening `nc -l`), and becomes Done after.
 */
import type { Job, World } from "../world/types.js";

export function startJob(world: World, command: string): Job {
  const table = world.processes;
  const live = table.jobs.filter((j) => !j.reported || j.state === "Running");
  const id = live.length === 0 ? 1 : Math.max(...live.map((j) => j.id)) + 1;
  const job: Job = {
    id,
    pid: table.nextPid++,
    command,
    state: "Running",
    exitCode: 0,
    endsAtMs: world.clock.nowMs,
    reported: false,
  };
  table.jobs.push(job);
  return job;
}

/** Moves jobs whose time has come to Done. */
export function settleJobs(world: World): void {
  for (const job of world.processes.jobs) {
    if (job.state === "Running" && !job.blockedOn && job.endsAtMs <= world.clock.nowMs) job.state = job.exitCode === 0 ? "Done" : "Exit";
  }
}

export function findJob(world: World, spec: string): Job | undefined {
  settleJobs(world);
  const jobs = world.processes.jobs.filter((j) => !j.reported);
  if (spec === "%%" || spec === "%+" || spec === "%") return jobs[jobs.length - 1];
  if (spec === "%-") return jobs[jobs.length - 2];
  if (/^%\d+$/.test(spec)) return jobs.find((j) => j.id === Number(spec.slice(1)));
  if (/^\d+$/.test(spec)) return jobs.find((j) => j.pid === Number(spec));
  if (spec.startsWith("%")) return jobs.find((j) => j.command.startsWith(spec.slice(1)));
  return undefined;
}

/** "[1]+  Running                 sleep 5 &" */
export function formatJob(job: Job, marker: string): string {
  const status = job.state === "Exit" ? `Exit ${job.exitCode}` : job.state;
  const command = job.state === "Running" ? `${job.command} &` : job.command;
  return `[${job.id}]${marker}  ${status.padEnd(24)}${command}\n`;
}

export function jobMarker(world: World, job: Job): string {
  const jobs = world.processes.jobs.filter((j) => !j.reported);
  const index = jobs.indexOf(job);
  if (index === jobs.length - 1) return "+";
  if (index === jobs.length - 2) return "-";
  return " ";
}

/** Finished jobs the user has not been told about, marked as told. Interactive shells print these before the prompt. */
export function takeFinishedJobs(world: World): string {
  settleJobs(world);
  let out = "";
  for (const job of world.processes.jobs) {
    if (job.state !== "Running" && !job.reported) out += formatJob(job, jobMarker(world, job));
  }
  for (const job of world.processes.jobs) if (job.state !== "Running") job.reported = true;
  world.processes.jobs = world.processes.jobs.filter((j) => !j.reported);
  return out;
}
