#!/usr/bin/env node
/**
 * Records what the real iptables v1.8.9 prints for every case file, once per
 * backend, into fixtures/<backend>/<topic>.json.
 *
 *   node test/conformance/iptables/record.mjs [--check] [topic ...]
 *
 * --check records again and compares with the stored fixtures instead of
 * writing them (recording must be deterministic). Needs root.
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { BACKENDS, readCaseDir } from "../lib/cases.mjs";
import { runLinesOnHost, whyNotRecordable } from "../lib/real-shell.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
export const CASES_DIR = join(HERE, "cases");
export const FIXTURES_DIR = join(HERE, "fixtures");

/** @param {string} backend @param {string} topic */
export function fixturePath(backend, topic) {
  return join(FIXTURES_DIR, backend, `${topic}.json`);
}

/** @param {import("../lib/cases.mjs").CaseFile} file @param {"nf_tables" | "legacy"} backend */
export async function recordCase(file, backend) {
  const results = await runLinesOnHost(file.lines.map((l) => l.cmd), backend);
  return results.map((r, i) => ({ line: file.lines[i]?.line ?? 0, ...r }));
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
    console.error(`conformance:record: ${why}`);
    return 2;
  }
  const files = readCaseDir(CASES_DIR).filter((f) => topics.length === 0 || topics.includes(f.topic));
  let commands = 0;
  let differing = 0;
  for (const file of files) {
    for (const backend of file.backends) {
      const text = fixtureText(await recordCase(file, backend));
      const path = fixturePath(backend, file.topic);
      commands += file.lines.length;
      if (check) {
        const same = existsSync(path) && readFileSync(path, "utf8") === text;
        if (!same) differing++;
        console.log(`${same ? "same" : "DIFFERS"} ${backend}/${file.topic}`);
      } else {
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, text);
        console.log(`recorded ${backend}/${file.topic} (${file.lines.length} commands)`);
      }
    }
  }
  if (!check && topics.length === 0) removeStale(files);
  console.log(`${commands} commands in ${files.length} case files`);
  if (check && differing > 0) {
    console.error(`${differing} fixture(s) differ from a fresh recording`);
    return 1;
  }
  return 0;
}

/** Deletes fixtures whose case file (or backend) is gone. */
function removeStale(files) {
  for (const backend of BACKENDS) {
    const dir = join(FIXTURES_DIR, backend);
    if (!existsSync(dir)) continue;
    for (const name of readdirSync(dir)) {
      const topic = name.replace(/\.json$/, "");
      if (!files.some((f) => f.topic === topic && f.backends.includes(backend))) {
        rmSync(join(dir, name));
        console.log(`removed stale ${backend}/${topic}`);
      }
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
