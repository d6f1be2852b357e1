/**
 * ip, sysctl, hostname and bridge conformance: every case file run in the
 * lab (a bare world, as `unshare -n` gives) and compared command by command
 * with what the real tools printed (fixtures/, or a fresh recording with
 * NFLAB_CONFORMANCE_LIVE=1 as root). Differences are ratcheted by
 * known-differences.json: a new difference fails, and so does a listed one
 * that now matches (take it off the list).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";
import { readCaseDir, type CaseFile } from "../lib/cases.mjs";
import { describeDifference, sameOutput } from "../lib/describe-difference.js";
import { judge, readKnownDifferences, sortIds, writeKnownDifferences } from "../lib/ratchet.js";
import { whyNotRecordable } from "../lib/real-shell.mjs";
import { runIpCaseInLab, type CommandOutput } from "./run-in-lab.js";
import { CASES_DIR, fixturePath, recordCase } from "./record.mjs";

const KNOWN_PATH = join(dirname(fileURLToPath(import.meta.url)), "known-differences.json");
const UPDATE = process.env.NFLAB_UPDATE_KNOWN_DIFFERENCES === "1";
const LIVE = process.env.NFLAB_CONFORMANCE_LIVE === "1" && whyNotRecordable() === undefined;
const SHOWN_DIFFERENCES = 12;

const cases = readCaseDir(CASES_DIR);
const known = readKnownDifferences(KNOWN_PATH);
const idOf = (topic: string, line: number) => `ip/${topic}#${line}`;
const allIds = new Set(cases.flatMap((f) => f.lines.map((l) => idOf(f.topic, l.line))));
const ran = new Set<string>();
const differing = new Set<string>();
let identical = 0;

async function realOutputs(file: CaseFile): Promise<(CommandOutput & { line: number })[]> {
  if (LIVE) return recordCase(file);
  const path = fixturePath(file.topic);
  if (!existsSync(path)) throw new Error(`no fixture ${path}: record it with \`node test/conformance/ip/record.mjs ${file.topic}\` (as root)`);
  const records = JSON.parse(readFileSync(path, "utf8")) as (CommandOutput & { line: number })[];
  const stale = records.length !== file.lines.length || records.some((r, i) => r.cmd !== file.lines[i]?.cmd || r.line !== file.lines[i]?.line);
  if (stale) throw new Error(`${path} does not match ${file.path}: re-record with \`node test/conformance/ip/record.mjs ${file.topic}\``);
  return records;
}

function ratchetMessage(toAdd: readonly string[], toRemove: readonly string[], details: readonly string[]): string {
  const out: string[] = [];
  if (toAdd.length > 0) {
    out.push(`${toAdd.length} command(s) differ from the real tools and are not in known-differences.json (a regression?):`);
    out.push(...details.slice(0, SHOWN_DIFFERENCES));
    if (details.length > SHOWN_DIFFERENCES) out.push(`... and ${details.length - SHOWN_DIFFERENCES} more`);
    out.push(`ids to add (only if the difference is expected): ${JSON.stringify(toAdd)}`);
  }
  if (toRemove.length > 0) out.push(`now identical, remove from known-differences.json: ${JSON.stringify(toRemove)}`);
  out.push("NFLAB_UPDATE_KNOWN_DIFFERENCES=1 rewrites the list from the current lab.");
  return out.join("\n");
}

describe("ip conformance", () => {
  for (const file of cases) {
    it(file.topic, async () => {
      const real = await realOutputs(file);
      const lab = await runIpCaseInLab(real.map((r) => r.cmd));
      const toAdd: string[] = [];
      const toRemove: string[] = [];
      const details: string[] = [];
      real.forEach((expected, i) => {
        const id = idOf(file.topic, file.lines[i]?.line ?? 0);
        const got = lab[i]!;
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
      if (!UPDATE && (toAdd.length > 0 || toRemove.length > 0)) throw new Error(ratchetMessage(toAdd, toRemove, details));
    }, 120_000);
  }

  it("known-differences.json names only commands that exist", () => {
    const percent = ran.size === 0 ? 0 : (100 * identical) / ran.size;
    console.log(`ip conformance: ${ran.size} commands, ${identical} identical (${percent.toFixed(1)}%)`);
    const notRun = [...known].filter((id) => !ran.has(id));
    if (UPDATE) {
      writeKnownDifferences(KNOWN_PATH, [...differing, ...notRun.filter((id) => allIds.has(id))]);
      return;
    }
    const gone = sortIds(judge(known, differing, allIds).toRemove.filter((id) => !allIds.has(id)));
    if (gone.length > 0) throw new Error(ratchetMessage([], gone, []));
  });
});
