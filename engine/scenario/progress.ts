/**
 * A learner's progress in one scenario, as saved between sessions: the
 * world as they left it, the hints they have seen, the commands they ran.
 * Pure: the caller reads and writes the file. A file from an nflab whose
 * World has another shape (WORLD_VERSION) is refused, never half-read.
 */
import { deserializeWorld, serializeWorld } from "../world/clone.js";
import type { World } from "../world/types.js";
import type { Scenario } from "./schema.js";

/** Bumped when the shape of the progress file itself changes. */
export const PROGRESS_FORMAT = 1;

export interface Progress {
  /** "docker/expose-to-one-ip". */
  scenario: string;
  world: World;
  /** Indexes into scenario.hints, in the order they were revealed. */
  hintsRevealed: number[];
  /** Command lines run since the scenario was (re)started, oldest first. */
  history: string[];
  /** Goal ids that passed after the last command. */
  passed: string[];
  /** When each history line started and whether Ctrl-C cut it short, parallel to history (for snapshots); absent in older files. */
  timing?: LineTiming[];
}

/** What replaying a command line needs besides its text. */
export interface LineTiming {
  /** The lab's wall clock (world ms) when the line started: the world clock caught up with it. Absent when not known. */
  wallMs?: number;
  /** Ctrl-C interrupted it. */
  interrupted?: boolean;
}

export function formatProgress(progress: Progress): string {
  const { world, ...rest } = progress;
  // The world goes last, as serializeWorld writes it.
  const head = JSON.stringify({ format: PROGRESS_FORMAT, ...rest });
  return `${head.slice(0, -1)},"world":${serializeWorld(world)}}\n`;
}

export type ParsedProgress = { ok: true; progress: Progress } | { ok: false; why: string };

/** Reads a progress file's text; `why` says in a few words what is wrong with it. */
export function parseProgress(text: string, scenario: Scenario, ref: string): ParsedProgress {
  let doc: Record<string, unknown>;
  try {
    doc = JSON.parse(text) as Record<string, unknown>;
  } catch {
    return { ok: false, why: "it is not valid JSON" };
  }
  if (typeof doc !== "object" || doc === null) return { ok: false, why: "it is not a progress file" };
  if (doc["format"] !== PROGRESS_FORMAT) return { ok: false, why: `it has format ${String(doc["format"])}, this nflab reads ${PROGRESS_FORMAT}` };
  if (doc["scenario"] !== ref) return { ok: false, why: `it belongs to ${String(doc["scenario"])}` };
  let world: World;
  try {
    world = deserializeWorld(JSON.stringify(doc["world"]));
  } catch (e) {
    return { ok: false, why: e instanceof Error ? e.message : String(e) };
  }
  if (typeof world.namespaces !== "object" || typeof world.files !== "object") return { ok: false, why: "its world is incomplete" };
  const hints = numbers(doc["hintsRevealed"]).filter((i) => i >= 0 && i < scenario.hints.length);
  return {
    ok: true,
    progress: {
      scenario: ref,
      world,
      hintsRevealed: [...new Set(hints)],
      history: strings(doc["history"]),
      passed: strings(doc["passed"]),
      ...timingOf(doc["timing"], strings(doc["history"]).length),
    },
  };
}

/** The timing of the history lines, only when there is one for each line. */
function timingOf(value: unknown, lines: number): { timing?: LineTiming[] } {
  if (!Array.isArray(value) || value.length !== lines) return {};
  const ok = value.every((t) => typeof t === "object" && t !== null && ((t as LineTiming).wallMs === undefined || Number.isFinite((t as LineTiming).wallMs)));
  if (!ok) return {};
  return { timing: value.map((t: LineTiming) => ({ ...(t.wallMs !== undefined ? { wallMs: t.wallMs } : {}), ...(t.interrupted ? { interrupted: true } : {}) })) };
}

function numbers(value: unknown): number[] {
  return Array.isArray(value) ? value.filter((v): v is number => Number.isInteger(v)) : [];
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
