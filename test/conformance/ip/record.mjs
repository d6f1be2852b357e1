#!/usr/bin/env node
/**
 * Records what the real iproute2 6.1, procps sysctl and hostname print for
 * every case file, into fixtures/<topic>.json. Each case runs in one fresh
 * `unshare -n -m -u` namespace (see ../lib/real-shell.mjs): only lo, down,
 * as in `createWorld({ bare: true })`; `ip netns add` binds under a private /run.
 *
 *   node test/conformance/ip/record.mjs [--check] [topic ...]
 *
 * --check records again and says which fixtures differ from the stored ones.
 * Fixtures are stored normalized (normalize.mjs). Needs root.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { readCaseDir } from "../lib/cases.mjs";
import { runLinesOnHost, whyNotRecordable } from "../lib/real-shell.mjs";
import { normalizeCase } from "./normalize.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
export const CASES_DIR = join(HERE, "cases");
export const FIXTURES_DIR = join(HERE, "fixtures");

/** @param {string} topic */
export function fixturePath(topic) {
  return join(FIXTURES_DIR, `${topic}.json`);
}

/** @param {import("../lib/cases.mjs").CaseFile} file */
export async function recordCase(file) {
  const results = await runLinesOnHost(file.lines.map((l) => l.cmd), "nf_tables");
  return normalizeCase(results).map((r, i) => ({ line: file.lines[i]?.line ?? 0, ...r }));
}

/** @param {unknown} records */
export function fixtureText(records) {
  return `${JSON.stringify(records, null, 2)}\n`;
}

async function main(argv) {
  const check = argv.includes("--check");
  const topics = argv.filter((a) => !a.startsWith("--"));
  const why = whyNotRecordable();
  if (why) {
    console.error(`ip conformance record: ${why}`);
    return 2;
  }
  const files = readCaseDir(CASES_DIR).filter((f) => topics.length === 0 || topics.includes(f.topic));
  let differing = 0;
  for (const file of files) {
    const text = fixtureText(await recordCase(file));
    const path = fixturePath(file.topic);
    if (check) {
      const same = existsSync(path) && readFileSync(path, "utf8") === text;
      if (!same) differing++;
      console.log(`${same ? "same" : "DIFFERS"} ${file.topic}`);
    } else {
      mkdirSync(FIXTURES_DIR, { recursive: true });
      writeFileSync(path, text);
      console.log(`recorded ${file.topic} (${file.lines.length} commands)`);
    }
  }
  if (!check && topics.length === 0) {
    for (const name of readdirSync(FIXTURES_DIR)) {
      if (!files.some((f) => `${f.topic}.json` === name)) {
        rmSync(join(FIXTURES_DIR, name));
        console.log(`removed stale ${name}`);
      }
    }
  }
  if (check && differing > 0) {
    console.error(`${differing} fixture(s) differ from a fresh recording`);
    return 1;
  }
  return 0;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
