/**
 * iptables conformance: every case file, on each backend, run in the lab and
 * compared command by command with what the real iptables v1.8.9 printed
 * (fixtures/, or a fresh recording with NFLAB_CONFORMANCE_LIVE=1 as root).
 * Differences are ratcheted by known-differences.json; see ../lib/ratchet.ts.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { createWorld } from "../../../engine/world/spec.js";
import { commandId, readCaseDir, type CaseFile } from "../lib/cases.mjs";
import { describeDifference, sameOutput } from "../lib/describe-difference.js";
import { LAB_ETC_HOSTS } from "../lib/lab-host.mjs";
import { judge, readKnownDifferences, sortIds, writeKnownDifferences } from "../lib/ratchet.js";
import { whyNotRecordable } from "../lib/real-shell.mjs";
import { runLinesInLab, type Backend, type CommandOutput } from "../lib/run-in-lab.js";
import { CASES_DIR, fixturePath, recordCase } from "./record.mjs";

const KNOWN_PATH = join(dirname(fileURLToPath(import.meta.url)), "known-differences.json");
const UPDATE = process.env.NFLAB_UPDATE_KNOWN_DIFFERENCES === "1";
const LIVE = process.env.NFLAB_CONFORMANCE_LIVE === "1" && whyNotRecordable() === undefined;
const SHOWN_DIFFERENCES = 12;

const cases = readCaseDir(CASES_DIR);
const known = readKnownDifferences(KNOWN_PATH);
const allIds = new Set(cases.flatMap((f) => f.backends.flatMap((b) => f.lines.map((l) => commandId(b, f.topic, l.line)))));
/** Ids that ran in this run, and which of them differ. */
const ran = new Set<string>();
const differing = new Set<string>();
let identical = 0;

async function realOutputs(file: CaseFile, backend: Backend): Promise<CommandOutput[]> {
  if (LIVE) return recordCase(file, backend);
  const path = fixturePath(backend, file.topic);
  if (!existsSync(path)) throw new Error(`no fixture ${path}: record it with \`npm run conformance:record\` (as root)`);
  const records = JSON.parse(readFileSync(path, "utf8")) as (CommandOutput & { line: number })[];
  const stale = records.length !== file.lines.length || records.some((r, i) => r.cmd !== file.lines[i]?.cmd || r.line !== file.lines[i]?.line);
  if (stale) throw new Error(`${path} does not match ${file.path}: re-record with \`npm run conformance:record -- ${file.topic}\``);
  return records;
}

function ratchetMessage(toAdd: readonly string[], toRemove: readonly string[], details: readonly string[], gone: readonly string[] = []): string {
  const out: string[] = [];
  if (toAdd.length > 0) {
    out.push(`${toAdd.length} command(s) differ from real iptables and are not in known-differences.json (a regression?):`);
    out.push(...details.slice(0, SHOWN_DIFFERENCES));
    if (details.length > SHOWN_DIFFERENCES) out.push(`... and ${details.length - SHOWN_DIFFERENCES} more`);
    out.push(`ids to add (only if the difference is expected): ${JSON.stringify(toAdd)}`);
  }
  if (toRemove.length > 0) out.push(`now identical, remove from known-differences.json: ${JSON.stringify(toRemove)}`);
  if (gone.length > 0) out.push(`no such command any more, remove from known-differences.json: ${JSON.stringify(gone)}`);
  out.push("NFLAB_UPDATE_KNOWN_DIFFERENCES=1 rewrites the list from the current lab.");
  return out.join("\n");
}

describe("iptables conformance", () => {
  it("the lab host's /etc/hosts is the one the recordings used", () => {
    const hosts = createWorld({}).files["/etc/hosts"];
    expect(hosts && "content" in hosts ? hosts.content : undefined).toBe(LAB_ETC_HOSTS);
  });

  for (const file of cases) {
    for (const backend of file.backends) {
      it(`${backend}/${file.topic}`, async () => {
        const real = await realOutputs(file, backend);
        const lab = await runLinesInLab(real.map((r) => r.cmd), backend);
        const toAdd: string[] = [];
        const toRemove: string[] = [];
        const details: string[] = [];
        real.forEach((expected, i) => {
          const id = commandId(backend, file.topic, file.lines[i]?.line ?? 0);
          const got = lab[i] as CommandOutput;
          ran.add(id);
          if (sameOutput(expected, got)) {
            identical++;
            if (known.has(id)) toRemove.push(id);
            return;
          }
          differing.add(id);
          if (!known.has(id)) {
            toAdd.push(id);
            details.push(describeDifference(id, expected, got));
          }
        });
        if (!UPDATE && (toAdd.length > 0 || toRemove.length > 0)) {
          throw new Error(ratchetMessage(toAdd, toRemove, details));
        }
      }, 300_000);
    }
  }

  it("known-differences.json names only commands that exist", () => {
    const percent = ran.size === 0 ? 0 : (100 * identical) / ran.size;
    console.log(`iptables conformance: ${ran.size} commands, ${identical} identical (${percent.toFixed(1)}%)`);
    const notRun = new Set([...known].filter((id) => !ran.has(id)));
    if (UPDATE) {
      // Keep what did not run this time (a filtered run) unless its case is gone.
      writeKnownDifferences(KNOWN_PATH, [...differing, ...[...notRun].filter((id) => allIds.has(id))]);
      return;
    }
    const gone = sortIds(judge(known, differing, allIds).toRemove.filter((id) => !allIds.has(id)));
    if (gone.length > 0) throw new Error(ratchetMessage([], [], [], gone));
  });
});
