/**
 * Snapshots: the file format of a learner's finished work, the scenario's
 * fingerprint, and the grader's verdict. Pure, like engine/: the lab writes
 * and reads the files, runs the goal checks and the replay.
 */
export { formatSnapshot, snapshotRef, SNAPSHOT_FORMAT, SNAPSHOT_VERSION, type CommandLine, type Snapshot } from "./format.js";
export { parseSnapshot, type ParsedSnapshot } from "./parse.js";
export { gradeSnapshot, type Grade, type GradeInput } from "./grade.js";
