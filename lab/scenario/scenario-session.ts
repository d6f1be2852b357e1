/**
 * One learner in one scenario: the live world the shell works on, the goals
 * as they stand after the last command, the hints revealed so far, the
 * commands run. It boots the scenario (or resumes saved progress), checks
 * the goals on a copy of the world after every command (probes must not
 * bump the learner's counters or conntrack table), saves progress, and
 * resets or reboots the world in place.
 */
import { LAB_COMMANDS } from "../../engine/commands/registry.js";
import { bootScenario, type BootResult } from "../../engine/scenario/boot.js";
import { checkGoal, checkGoals, type GoalResult } from "../../engine/scenario/goals.js";
import { nextHint } from "../../engine/scenario/hints.js";
import type { ProbeRunner } from "../../engine/scenario/probe.js";
import type { LineTiming, Progress } from "../../engine/scenario/progress.js";
import type { Scenario } from "../../engine/scenario/schema.js";
import type { OutputSink } from "../../engine/shell/types.js";
import { cloneWorld } from "../../engine/world/clone.js";
import type { World } from "../../engine/world/types.js";
import type { Snapshot } from "../../snapshots/format.js";
import type { GoalsPort } from "../tui/session/goals-port.js";
import type { Catalog, CatalogEntry } from "./catalog.js";
import { colour, styleFor } from "./markdown/style.js";
import type { ProgressStore } from "./progress-store.js";
import { replaceWorld } from "./world-swap.js";
import type { CheckDetail } from "./report.js";

/** How long the lab host takes to come back from a reboot. */
const REBOOT_MS = 30_000;

export interface ScenarioSessionOptions {
  entry: CatalogEntry;
  /** The packet walk. Without it goals cannot be checked, and every goal says so. */
  probe: ProbeRunner | undefined;
  /** Where progress is kept. @default nothing is saved (as for `nflab check`) */
  store?: ProgressStore;
  /** Ignore saved progress and boot the scenario afresh. @default false */
  fresh?: boolean;
  /** Real time, for a lab a person plays in: the world clock follows it. @default the clock moves only when commands move it */
  now?: () => number;
  /** Columns Markdown is filled to. @default 80 */
  columns?: () => number;
  /** Every scenario, for `scenarios`. @default only this one */
  catalog?: Catalog;
  /** Start from this world instead of booting the scenario (grading a snapshot). @default the scenario is booted, or resumed */
  world?: World;
  /** What `snapshot` does with the learner's work. @default `snapshot` says it works only in `nflab play` */
  snapshots?: SnapshotTarget;
}

/** Where `snapshot` puts a snapshot: a file (nflab play), or the grader's replay. */
export interface SnapshotTarget {
  /** Keeps the snapshot (in FILE when one is given); returns where. Throws when it cannot. */
  save(snapshot: Snapshot, file: string | undefined): string;
}

/** A command line as it runs: its text and when it started. */
export interface RunningLine {
  line: string;
  timing: LineTiming;
}

export class ScenarioSession implements GoalsPort {
  readonly scenario: Scenario;
  readonly ref: string;
  readonly world: World;
  hintsRevealed: number[];
  history: string[];
  /** When each history line started, and whether Ctrl-C cut it short (parallel to history), for snapshots. */
  timing: LineTiming[];
  /** The line running now, from beginLine to afterLine. */
  running: RunningLine | undefined;
  results: readonly GoalResult[] = [];
  /** Lines to show before the first prompt: resumed progress, a boot that failed, a progress file ignored. */
  readonly notices: string[] = [];
  private readonly listeners = new Set<() => void>();
  private saveFailed = false;
  /** Set by reset: the line that asked for it does not begin the new history. */
  private historyRestarted = false;
  private rebooted: { disk: string; world: World } | undefined;
  private anchor = { worldMs: 0, realMs: 0 };

  private constructor(
    readonly options: ScenarioSessionOptions,
    world: World,
    restored: Progress | undefined,
  ) {
    this.scenario = options.entry.scenario;
    this.ref = options.entry.ref;
    this.world = world;
    this.hintsRevealed = restored?.hintsRevealed ?? [];
    this.history = restored?.history ?? [];
    this.timing = restored?.timing ?? this.history.map(() => ({}));
    this.setAnchor();
  }

  static async open(options: ScenarioSessionOptions): Promise<ScenarioSession> {
    const { entry, store } = options;
    if (options.world) {
      const session = new ScenarioSession(options, options.world, undefined);
      await session.refresh();
      return session;
    }
    const loaded = store && !options.fresh ? store.load(entry.ref, entry.scenario) : { kind: "none" as const };
    if (loaded.kind === "progress") {
      const session = new ScenarioSession(options, loaded.progress.world, loaded.progress);
      const ran = session.history.length;
      session.notices.push(`Resuming where you left off (${ran} command${ran === 1 ? "" : "s"} run). \`reset\` starts the scenario over.`);
      await session.refresh();
      return session;
    }
    const boot = await bootScenario(entry.scenario);
    const session = new ScenarioSession(options, boot.world, undefined);
    if (loaded.kind === "unusable") session.notices.push(loaded.notice);
    session.notices.push(...bootProblems(boot));
    await session.refresh();
    return session;
  }

  /** Whether goals can be checked at all (this nflab has a packet walk). */
  get checkable(): boolean {
    return this.options.probe !== undefined;
  }

  get columns(): number {
    return Math.min(100, this.options.columns?.() ?? 80);
  }

  /** Checks every goal again, on a copy of the world. */
  async refresh(): Promise<readonly GoalResult[]> {
    const probe = this.options.probe;
    this.results = probe
      ? await checkGoals(cloneWorld(this.world), this.scenario, probe, (copy) => this.rebootCopy(copy))
      : this.scenario.goals.map((g) => ({ id: g.id, title: g.title, pass: false, reason: "cannot be checked: this nflab has no packet walk yet" }));
    for (const listener of this.listeners) listener();
    return this.results;
  }

  /** Each packet test of a goal checked on its own, for `why`; empty without a packet walk. */
  async explain(id: string): Promise<CheckDetail[]> {
    const goal = this.scenario.goals.find((g) => g.id === id);
    const probe = this.options.probe;
    if (!goal || !probe) return [];
    const copy = cloneWorld(this.world);
    const world = goal.afterReboot ? await this.rebootCopy(copy) : copy;
    return goal.checks.map((check) => ({ check, result: checkGoal(world, { ...goal, checks: [check] }, probe) }));
  }

  /** Whether the lab shell has this command (the scenario's commands aside). */
  hasCommand(name: string): boolean {
    return LAB_COMMANDS.some((c) => c.name === name);
  }

  /** Before a command line runs: what it is, and the wall clock the world catches up with. */
  beginLine(line: string, wallMs: number | undefined): void {
    this.running = { line, timing: wallMs === undefined ? {} : { wallMs } };
  }

  /** Ctrl-C: the running line stops part way. */
  interrupt(): void {
    if (this.running) this.running.timing.interrupted = true;
  }

  /** After each command line: remember it, check the goals, save. */
  async afterLine(line: string, sink: OutputSink): Promise<void> {
    if (line.trim() !== "" && !this.historyRestarted) {
      this.history.push(line);
      this.timing.push(this.running?.line === line ? this.running.timing : {});
    }
    this.running = undefined;
    this.historyRestarted = false;
    const before = this.allPass();
    await this.refresh();
    if (this.allPass() && !before) {
      sink.stdout(`${styleFor(colour()).ok(`✔ All ${this.results.length} goals pass — scenario complete!`)} \`scenarios\` lists what to try next.\n`);
      if (this.options.snapshots) sink.stdout("`snapshot` saves your work to a file, for a teacher to grade with `nflab grade`.\n");
    }
    this.save(sink);
  }

  allPass(): boolean {
    return this.results.length > 0 && this.results.every((r) => r.pass);
  }

  /** Back to the scenario's start: a freshly booted world, no hints seen, no history. */
  async reset(): Promise<BootResult> {
    const boot = await bootScenario(this.scenario);
    replaceWorld(this.world, boot.world);
    this.hintsRevealed = [];
    this.history = [];
    this.timing = [];
    this.historyRestarted = true;
    this.setAnchor();
    await this.refresh();
    return boot;
  }

  /** The lab host reboots: what is on disk stays, the rest of the world starts again. */
  async reboot(): Promise<BootResult> {
    const boot = await bootScenario(this.scenario, this.world.files, this.world.clock.nowMs + REBOOT_MS);
    replaceWorld(this.world, boot.world);
    this.setAnchor();
    await this.refresh();
    return boot;
  }

  /** Reveals the next hint that applies; its index, or undefined when none is left. */
  revealHint(): number | undefined {
    const index = nextHint(this.scenario, this.results, this.hintsRevealed);
    if (index !== undefined) this.hintsRevealed.push(index);
    return index;
  }

  /** The time the world clock should show now: it runs on from where it was, at the speed of real time. */
  wallNow(): number {
    const now = this.options.now;
    return now ? this.anchor.worldMs + (now() - this.anchor.realMs) : this.world.clock.nowMs;
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getGoals = (): readonly GoalResult[] => this.results;

  private setAnchor(): void {
    this.anchor = { worldMs: this.world.clock.nowMs, realMs: this.options.now?.() ?? 0 };
  }

  /** Goals checked after a reboot run on a rebooted copy; the boot is redone only when the disk changed. */
  private async rebootCopy(copy: World): Promise<World> {
    // What a reboot keeps: the disk, not the tmpfs mounts (engine/scenario/boot.ts).
    const disk = JSON.stringify(Object.entries(copy.files).filter(([path]) => !/^\/(tmp|run|proc)\//.test(path)));
    if (this.rebooted?.disk !== disk) {
      const boot = await bootScenario(this.scenario, copy.files, copy.clock.nowMs + REBOOT_MS);
      this.rebooted = { disk, world: boot.world };
    }
    return cloneWorld(this.rebooted.world);
  }

  private save(sink: OutputSink): void {
    const store = this.options.store;
    if (!store || this.saveFailed) return;
    try {
      store.save({
        scenario: this.ref,
        world: this.world,
        hintsRevealed: this.hintsRevealed,
        history: this.history,
        timing: this.timing,
        passed: this.results.filter((r) => r.pass).map((r) => r.id),
      });
    } catch (e) {
      this.saveFailed = true;
      sink.stderr(`nflab: cannot save your progress (${store.pathOf(this.ref)}): ${e instanceof Error ? e.message : String(e)}\n`);
    }
  }
}

/** What to tell the learner when the scenario's boot commands did not all succeed. */
export function bootProblems(boot: BootResult): string[] {
  if (boot.exitCode === 0 && boot.stderr === "") return [];
  const lines = boot.stderr.trimEnd().split("\n").filter((l) => l !== "");
  return [`nflab: the scenario's boot commands did not all succeed (status ${boot.exitCode}); the lab may not be as the task describes:`, ...lines.map((l) => `  ${l}`)];
}
