/**
 * `npm run bench`: the lab against the real tools on this machine, in the
 * same run. Prints times and the ratio real/lab (above 1: the lab is faster),
 * wall-clock and CPU (user + system: on a busy machine the CPU ratio is the
 * steadier one).
 * Not a test: numbers depend on the machine.
 */
import { createWorld } from "../engine/world/spec.js";
import { LabShell } from "../engine/shell/session.js";
import { kubeProxyNatRestore } from "./kube-proxy-rules.js";
import { fmt, median, timeStep } from "./measure.js";
import { realAvailable, realTimings, type RealTimings, type StepTime } from "./real-iptables.js";
import { chainPacketsPerSecond, tracedSynMs } from "./walk.js";
import { tuneHeap } from "../lab/cli/heap-tuning.js";
import { warmUp } from "../engine/shell/warm-up.js";

// The engine is measured in a process set up as nflab's is: its heap sized the same way, and
// warmed up on a small table as the lab is while the learner reads the task (warm-up.ts).
tuneHeap();

async function main(): Promise<void> {
  const services = Number(process.env["NFLAB_BENCH_SERVICES"] ?? 10_000);
  const rules = kubeProxyNatRestore(services, 3);
  const lines = rules.split("\n").length;
  process.stdout.write(`kube-proxy nat table: ${services} services x 3 endpoints, ${lines} lines\n\n`);

  // Each side first runs once to warm up (the lab's V8 compiles its hot paths; the kernel loads
  // its modules), then ROUNDS times on a fresh table, the two sides taking turns so that a change
  // in the machine's load falls on both; the medians are compared. The lab's cold run is printed.
  const rounds = Math.max(1, Number(process.env["NFLAB_BENCH_ROUNDS"] ?? 5));
  const why = realAvailable();
  const warmUpErrors = await warmUp();
  if (warmUpErrors) process.stderr.write(`the lab's warm-up failed, so its first runs are slower:\n${warmUpErrors}`);
  // Each side is timed on a quiet machine: after the real tool's run the kernel spends a few
  // hundred milliseconds of CPU tearing its namespace and 150,000 rules down, and the lab's
  // collector threads may still be finishing. A pause lets that pass before the other side's turn.
  const cold = await labRound(rules, true);
  await settle();
  if (!why) {
    realTimings(rules);
    await settle();
  }
  const labRounds: LabRound[] = [];
  const realRounds: RealTimings[] = [];
  for (let i = 0; i < rounds; i++) {
    labRounds.push(await labRound(rules));
    await settle();
    if (!why) {
      realRounds.push(realTimings(rules));
      await settle();
    }
  }
  const lab = {
    restore: medianStep(labRounds.map((r) => r.restore)),
    save: medianStep(labRounds.map((r) => r.save)),
    list: medianStep(labRounds.map((r) => r.list)),
    heapMb: Math.max(cold.heapMb, ...labRounds.map((r) => r.heapMb)),
    liveMb: Math.max(cold.liveMb, ...labRounds.map((r) => r.liveMb)),
  };
  const labSaveBytes = cold.savedBytes;
  const real = why
    ? undefined
    : {
        restore: medianStep(realRounds.map((r) => r.restore)),
        save: medianStep(realRounds.map((r) => r.save)),
        list: medianStep(realRounds.map((r) => r.list)),
        saveBytes: realRounds[0]!.saveBytes,
      };
  process.stdout.write(`median of ${rounds} runs each after a warm-up run (NFLAB_BENCH_ROUNDS); the lab's cold first run: restore ${fmt(cold.restore.ms)}, save ${fmt(cold.save.ms)}, list ${fmt(cold.list.ms)}\n`);
  // Every run's times, so that a reader can see how much the machine moved during the benchmark.
  const each = (steps: readonly StepTime[]): string => steps.map((s) => s.ms.toFixed(0)).join(" ");
  for (const step of ["restore", "save", "list"] as const) {
    process.stdout.write(`  ${step.padEnd(8)} lab ms: ${each(labRounds.map((r) => r[step]))}${real ? `   real ms: ${each(realRounds.map((r) => r[step]))}` : ""}\n`);
  }
  const row = (what: string, labStep: StepTime, realStep?: StepTime): string => {
    const ratio = (r: number, l: number) => `${(r / l).toFixed(2)}x`;
    const realText = realStep === undefined ? "n/a" : fmt(realStep.ms);
    const target = realStep === undefined ? "" : `   target 5x: ${realStep.ms / labStep.ms >= 5 ? "met" : "missed"}`;
    const ratios = realStep === undefined ? "" : `real/lab ${ratio(realStep.ms, labStep.ms)}${target}   (CPU: lab ${fmt(labStep.cpuMs)}, real ${fmt(realStep.cpuMs)}, ${ratio(realStep.cpuMs, labStep.cpuMs)})`;
    return `${what.padEnd(24)} lab ${fmt(labStep.ms).padStart(9)}   real ${realText.padStart(9)}   ${ratios}\n`;
  };
  process.stdout.write(row("iptables-restore", lab.restore, real?.restore));
  process.stdout.write(row("iptables-save -t nat", lab.save, real?.save));
  process.stdout.write(row("iptables -t nat -nL", lab.list, real?.list));
  const live = (globalThis as { gc?: unknown }).gc ? `, ${lab.liveMb.toFixed(0)} MB of it live` : "";
  const peak = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`\nlab heap growth after restore (the largest of the runs): ${lab.heapMb.toFixed(0)} MB${live} (target < 300 MB); the process's peak RSS ${peak.toFixed(0)} MB\n`);
  process.stdout.write(`saved ${labSaveBytes} bytes${real ? ` (real: ${real.saveBytes})` : ""}\n`);
  if (why) process.stdout.write(`real iptables not measured: ${why}\n`);

  process.stdout.write(`\npacket walk\n`);
  const syn = await tracedSynMs(rules, services);
  process.stdout.write(`traced SYN through the nat table   median ${fmt(syn)}   (target < 1 ms: ${syn < 1 ? "met" : "missed"})\n`);
  const pps = await chainPacketsPerSecond();
  process.stdout.write(`1,000-rule filter chain            ${Math.round(pps).toLocaleString("en-US")} packets/s   (target 100,000: ${pps >= 100_000 ? "met" : "missed"})\n`);
}

interface LabRound {
  restore: StepTime;
  save: StepTime;
  list: StepTime;
  heapMb: number;
  liveMb: number;
  savedBytes: number;
}

/**
 * One lab run on a fresh world: restore the table through the shell, then
 * save and list it, each to /dev/null as the real tools' runs are. With
 * `countBytes` the saved text is measured after, untimed (the real side's
 * `| wc -c`).
 */
async function labRound(rules: string, countBytes = false): Promise<LabRound> {
  const world = createWorld({ bare: true });
  world.files["/tmp/kube.rules"] = { type: "file", content: rules, mode: 0o644, mtimeMs: world.clock.nowMs };
  const shell = new LabShell({ world, interactive: false });
  let savedBytes = 0;
  const sink = { stdout: (t: string) => void (savedBytes += Buffer.byteLength(t)), stderr: (t: string) => void process.stderr.write(t) };
  // npm run bench passes --expose-gc: the heap is measured with nothing but live objects in it.
  const gc = (globalThis as { gc?: () => void }).gc;
  gc?.();
  const heapBefore = process.memoryUsage().heapUsed;
  const restore = await timeStep(() => shell.runScript("iptables-restore < /tmp/kube.rules", sink));
  const heapMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  gc?.();
  const liveMb = (process.memoryUsage().heapUsed - heapBefore) / 1e6;
  const save = await timeStep(() => shell.runScript("iptables-save -t nat >/dev/null", sink));
  const list = await timeStep(() => shell.runScript("iptables -t nat -nL >/dev/null", sink));
  if (countBytes) await shell.runScript("iptables-save -t nat", sink);
  return { restore, save, list, heapMb, liveMb, savedBytes };
}

/** A second with nothing to do (measured: the kernel's teardown of the real tool's namespace takes about half of one). */
function settle(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
}

const SETTLE_MS = 1000;

function medianStep(steps: readonly StepTime[]): StepTime {
  return { ms: median(steps.map((s) => s.ms)), cpuMs: median(steps.map((s) => s.cpuMs)) };
}

void main();
