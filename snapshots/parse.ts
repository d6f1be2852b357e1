/**
 * Reading a snapshot file: JSON, then the format and its version, then every
 * field. Each problem names the field ("commands[2].line") and says what is
 * wrong in words a teacher or a learner can act on.
 */
import type { z } from "zod";
import { SNAPSHOT_FORMAT, SNAPSHOT_VERSION, SnapshotSchema, type Snapshot } from "./format.js";

export type ParsedSnapshot = { ok: true; snapshot: Snapshot } | { ok: false; problems: string[] };

export function parseSnapshot(text: string): ParsedSnapshot {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    return { ok: false, problems: [`not valid JSON (${e instanceof Error ? e.message : String(e)})`] };
  }
  if (typeof doc !== "object" || doc === null || Array.isArray(doc) || (doc as Record<string, unknown>)["format"] !== SNAPSHOT_FORMAT) {
    return { ok: false, problems: [`not an nflab snapshot (it has no "format": "${SNAPSHOT_FORMAT}")`] };
  }
  const version = (doc as Record<string, unknown>)["version"];
  if (version !== SNAPSHOT_VERSION) {
    const newer = typeof version === "number" && version > SNAPSHOT_VERSION;
    return {
      ok: false,
      problems: [`version: the snapshot has version ${JSON.stringify(version)}; this nflab reads version ${SNAPSHOT_VERSION}${newer ? " (a newer nflab took it: upgrade nflab)" : ""}`],
    };
  }
  const parsed = SnapshotSchema.safeParse(doc);
  if (!parsed.success) return { ok: false, problems: parsed.error.issues.map(describeIssue) };
  return { ok: true, snapshot: parsed.data as unknown as Snapshot };
}

function describeIssue(issue: z.core.$ZodIssue): string {
  const path = issue.path.reduce<string>((out, key) => (typeof key === "number" ? `${out}[${key}]` : out ? `${out}.${String(key)}` : String(key)), "");
  return `${path || "(the whole file)"}: ${issue.message}`;
}
