/**
 * Kernel conformance: every script in cases/ runs in the lab (`nflab sh`) and
 * its merged output, normalized, is compared section by section (`== label`
 * lines) with what the real kernel and tools printed (fixtures/, or a fresh
 * recording with NFLAB_CONFORMANCE_LIVE=1 as root). Section 0 is the output
 * before the first label together with the script's exit status. Differences
 * are ratcheted by known-differences.json (../lib/ratchet.ts).
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, it } from "vitest";
import { judge, readKnownDifferences, sortIds, writeKnownDifferences } from "../lib/ratchet.js";
import { normalizeScriptOutput, readScript, splitSections } from "./normalize.mjs";
import { CASES_DIR, fixturePath, listTopics, recordScript, whyNotRecordable } from "./record.mjs";
import { runScriptInLab, type ScriptRun } from "./run-script-in-lab.js";

const KNOWN_PATH = join(dirname(fileURLToPath(import.meta.url)), "known-differences.json");
const UPDATE = process.env.NFLAB_UPDATE_KNOWN_DIFFERENCES === "1";
const LIVE = process.env.NFLAB_CONFORMANCE_LIVE === "1" && whyNotRecordable() === undefined;
const SHOWN = 6;

const topics = listTopics();
const known = readKnownDifferences(KNOWN_PATH);
const ran = new Set<string>();
const differing = new Set<string>();
let identical = 0;

function sectionId(topic: string, index: number): string {
  return `kernel/${topic}#${index}`;
}

async function realRun(topic: string, script: string): Promise<ScriptRun> {
  if (LIVE) return recordScript(topic);
  const path = fixturePath(topic);
  if (!existsSync(path)) throw new Error(`no fixture ${path}: record it with \`node test/conformance/kernel/record.mjs ${topic}\` (as root)`);
  const fixture = JSON.parse(readFileSync(path, "utf8")) as ScriptRun & { script: string };
  if (fixture.script !== script) throw new Error(`${path} was recorded from another version of ${topic}.sh: re-record it`);
  return fixture;
}

/** Sections with the exit status folded into section 0. */
function sectionsOf(run: ScriptRun): string[] {
  const sections = splitSections(run.output);
  sections[0] = `${sections[0]}[exit ${run.exitCode}]\n`;
  return sections;
}

function describeSection(id: string, real: string | undefined, lab: string | undefined): string {
  const show = (text: string | undefined) => (text === undefined ? "    (no such section)" : text.replace(/\n$/, "").split("\n").map((l) => `    | ${l}`).join("\n"));
  return `${id}\n  real:\n${show(real)}\n  lab:\n${show(lab)}`;
}

describe("kernel conformance", () => {
  for (const topic of topics) {
    it(topic, async () => {
      const script = readScript(join(CASES_DIR, `${topic}.sh`));
      const real = sectionsOf(await realRun(topic, script.text));
      const labRun = await runScriptInLab(`${topic}.sh`, script.text);
      const lab = sectionsOf({ output: normalizeScriptOutput(labRun.output, script.options), exitCode: labRun.exitCode });
      const toAdd: string[] = [];
      const toRemove: string[] = [];
      const details: string[] = [];
      real.forEach((expected, index) => {
        const id = sectionId(topic, index);
        ran.add(id);
        if (lab[index] === expected) {
          identical++;
          if (known.has(id)) toRemove.push(id);
          return;
        }
        differing.add(id);
        if (!known.has(id)) {
          toAdd.push(id);
          details.push(describeSection(id, expected, lab[index]));
        }
      });
      if (UPDATE || (toAdd.length === 0 && toRemove.length === 0)) return;
      const message: string[] = [];
      if (toAdd.length > 0) {
        message.push(`${toAdd.length} section(s) differ from the real kernel and are not in known-differences.json:`, ...details.slice(0, SHOWN));
        if (details.length > SHOWN) message.push(`... and ${details.length - SHOWN} more`);
      }
      if (toRemove.length > 0) message.push(`now identical, remove from known-differences.json: ${JSON.stringify(toRemove)}`);
      message.push("NFLAB_UPDATE_KNOWN_DIFFERENCES=1 rewrites the list from the current lab.");
      throw new Error(message.join("\n"));
    }, 120_000);
  }

  it("known-differences.json names only sections that exist", () => {
    const percent = ran.size === 0 ? 0 : (100 * identical) / ran.size;
    console.log(`kernel conformance: ${topics.length} scripts, ${ran.size} sections, ${identical} identical (${percent.toFixed(1)}%)`);
    const notRun = [...known].filter((id) => !ran.has(id));
    if (UPDATE) {
      writeKnownDifferences(KNOWN_PATH, [...differing, ...notRun.filter((id) => topics.some((t) => id.startsWith(`kernel/${t}#`)))]);
      return;
    }
    const gone = sortIds(judge(known, differing, ran).toRemove.filter((id) => !ran.has(id)));
    if (gone.length > 0) throw new Error(`no such section any more, remove from known-differences.json: ${JSON.stringify(gone)}`);
  });
});
