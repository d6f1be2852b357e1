/**
 * The verdict on one snapshot, from what the lab found: the goals checked on
 * the captured world, and the world the recorded commands gave when replayed
 * on a fresh copy of the scenario. A snapshot passes only when every goal
 * passes, the replay gives the captured world, and the scenario is the one
 * the learner played. Pure: the lab runs the checks and the replay.
 */
import type { GoalResult } from "../engine/scenario/goals.js";
import type { World } from "../engine/world/types.js";
import { snapshotRef, type Snapshot } from "./format.js";
import { replayNotes } from "./replay-notes.js";
import { worldDifferences } from "./world-diff.js";

export interface GradeInput {
  snapshot: Snapshot;
  /** scenarioHash of the scenario as this nflab has it. */
  scenarioHash: string;
  /** This nflab's version. */
  nflab: string;
  /** The goals, checked on the captured world. */
  results: readonly GoalResult[];
  /** The world the replay gave at the moment the snapshot was taken. */
  replayed: World;
}

export interface Grade {
  ref: string;
  results: readonly GoalResult[];
  /** The scenario is not the one the snapshot was taken in. */
  scenarioChanged: boolean;
  replay: {
    commands: number;
    /** The recorded commands give the captured world. */
    matches: boolean;
    /** Where the replayed world differs from the captured one (the first few). */
    differences: string[];
  };
  /** Things a teacher should know that do not decide the verdict by themselves. */
  notes: string[];
  pass: boolean;
}

export function gradeSnapshot(input: GradeInput): Grade {
  const { snapshot } = input;
  const differences = worldDifferences(snapshot.world, input.replayed);
  const scenarioChanged = snapshot.scenario.sha256 !== input.scenarioHash;
  const notes = replayNotes(snapshot.commands);
  if (snapshot.nflab !== input.nflab) notes.push(`taken with nflab ${snapshot.nflab}, graded with nflab ${input.nflab}`);
  const goalsPass = input.results.length > 0 && input.results.every((r) => r.pass);
  return {
    ref: snapshotRef(snapshot),
    results: input.results,
    scenarioChanged,
    replay: { commands: snapshot.commands.length, matches: differences.length === 0, differences },
    notes,
    pass: goalsPass && differences.length === 0 && !scenarioChanged,
  };
}
