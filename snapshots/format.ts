/**
 * The snapshot file: a learner's finished work in one scenario, as JSON —
 * which scenario (and its fingerprint), which nflab and backend, the command
 * lines run since the scenario started or was last reset, each with the
 * lab's clock when it started, and the world as it was when the snapshot
 * was taken. It holds no verdict: the grader checks the world itself.
 */
import { z } from "zod";
import { WORLD_VERSION, type World } from "../engine/world/types.js";

/** What `format` says, so that any JSON is not mistaken for a snapshot. */
export const SNAPSHOT_FORMAT = "nflab-snapshot";
/** Bumped when the shape of the file changes. */
export const SNAPSHOT_VERSION = 1;

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "an id is lowercase letters, digits and dashes");

export const CommandLineSchema = z
  .object({
    /** What was typed at the prompt (lines joined by continuation keep their newlines). */
    line: z.string().min(1),
    /** The lab's wall clock when the line started, in world ms; absent when it is not known (progress saved by an older nflab). */
    wallMs: z.number().int().nonnegative().optional(),
    /** Ctrl-C interrupted the line. */
    interrupted: z.literal(true).optional(),
  })
  .strict();

/** The world is checked only as far as the grader relies on it; the replay compares the rest. */
const WorldSchema = z.looseObject({
  version: z.literal(WORLD_VERSION, { error: `this nflab reads worlds of version ${WORLD_VERSION}` }),
  clock: z.object({ nowMs: z.number() }),
  random: z.object({ s: z.tuple([z.number(), z.number(), z.number(), z.number()]) }),
  backend: z.enum(["nf_tables", "legacy"]),
  namespaces: z.record(z.string(), z.looseObject({ id: z.string() })).refine((ns) => "lab" in ns, "the lab host's namespace (lab) is missing"),
  files: z.record(z.string(), z.unknown()),
  processes: z.looseObject({ nextPid: z.number(), jobs: z.array(z.unknown()) }),
});

export const SnapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  /** The nflab that took it ("0.1.0"). */
  nflab: z.string().min(1),
  scenario: z
    .object({
      pack: id,
      id,
      /** scenarioHash of the scenario as it was played (lab/scenario/scenario-hash.ts). */
      sha256: z.string().regex(/^[0-9a-f]{64}$/, "64 lowercase hex digits"),
    })
    .strict(),
  backend: z.enum(["nf_tables", "legacy"]),
  /** Oldest first; the last is the line that took the snapshot. */
  commands: z.array(CommandLineSchema),
  world: WorldSchema,
});

export type CommandLine = z.output<typeof CommandLineSchema>;
export type Snapshot = Omit<z.output<typeof SnapshotSchema>, "world"> & { world: World };

/** "docker/expose-to-one-ip". */
export function snapshotRef(snapshot: Pick<Snapshot, "scenario">): string {
  return `${snapshot.scenario.pack}/${snapshot.scenario.id}`;
}

/** The file's text: the fields a person reads first, one per line, then the world on one line. */
export function formatSnapshot(snapshot: Snapshot): string {
  const { world, ...head } = snapshot;
  const text = JSON.stringify(head, null, 2);
  return `${text.slice(0, -2)},\n  "world": ${JSON.stringify(world)}\n}\n`;
}
