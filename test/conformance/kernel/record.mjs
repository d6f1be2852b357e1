#!/usr/bin/env node
/**
 * Records what the real kernel and tools print for every kernel conformance
 * script: each `cases/<topic>.sh` runs once, as `bash <topic>.sh`, in fresh
 * namespaces (`unshare -n -m -u -p -f --mount-proc`), and its merged output
 * and exit status, normalized (normalize.mjs), go to fixtures/<topic>.json.
 *
 *   node test/conformance/kernel/record.mjs [--check] [topic ...]
 *
 * --check records again and compares with the stored fixtures instead of
 * writing them (recordings must be deterministic after normalization).
 * Needs root, iproute2, iptables, conntrack, netcat-openbsd, iputils-ping, curl.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LAB_ETC_HOSTS, LAB_RESOLV_CONF } from "../lib/lab-host.mjs";
import { normalizeScriptOutput, readScript } from "./normalize.mjs";

const HERE = dirname(fileURLToPath(import.meta.url));
export const CASES_DIR = join(HERE, "cases");
export const FIXTURES_DIR = join(HERE, "fixtures");
const WRAPPER = join(HERE, "wrapper.sh");
const PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";
/** A script that runs longer than this is killed and the recording fails. */
const SCRIPT_TIMEOUT_MS = 240_000;
export const KERNEL_TOOLS = ["unshare", "ip", "iptables", "iptables-save", "conntrack", "nc", "ping", "curl", "ss", "sysctl"];

/** Why recording cannot run here, or undefined when it can. @returns {string | undefined} */
export function whyNotRecordable() {
  if (typeof process.getuid === "function" && process.getuid() !== 0) {
    return "recording needs root (it makes network namespaces with unshare -n): run it as root";
  }
  if (!existsSync("/proc/sys/net/bridge/bridge-nf-call-iptables")) {
    return "br_netfilter is not loaded: the fixtures were recorded with it (as on a host that runs Docker); modprobe br_netfilter first";
  }
  for (const tool of KERNEL_TOOLS) {
    const found = spawnSync("sh", ["-c", `command -v ${tool}`], { env: { PATH } });
    if (found.status !== 0) {
      return `${tool} is not installed (on Debian 12: apt-get install -y iproute2 iptables conntrack netcat-openbsd iputils-ping curl util-linux)`;
    }
  }
  return undefined;
}

/** Every script's topic (file name without .sh), sorted. @returns {string[]} */
export function listTopics() {
  return readdirSync(CASES_DIR)
    .filter((n) => n.endsWith(".sh"))
    .map((n) => n.slice(0, -3))
    .sort();
}

/** @param {string} topic */
export function fixturePath(topic) {
  return join(FIXTURES_DIR, `${topic}.json`);
}

/**
 * Runs one script for real. @param {string} topic
 * @returns {Promise<{ script: string, output: string, exitCode: number }>}
 */
export async function recordScript(topic) {
  const script = readScript(join(CASES_DIR, `${topic}.sh`));
  const work = mkdtempSync(join(tmpdir(), "nflab-kernel-"));
  try {
    writeFileSync(join(work, "hosts"), LAB_ETC_HOSTS);
    writeFileSync(join(work, "resolv.conf"), LAB_RESOLV_CONF);
    const { output, exitCode } = await runWrapped(`${topic}.sh`, work);
    return { script: script.text, output: normalizeScriptOutput(output, script.options), exitCode };
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** @param {string} name @param {string} work @returns {Promise<{output: string, exitCode: number}>} */
function runWrapped(name, work) {
  return new Promise((resolve, reject) => {
    const args = ["-n", "-m", "-u", "-p", "-f", "--mount-proc", "--", "bash", WRAPPER, CASES_DIR, name, join(work, "hosts"), join(work, "resolv.conf")];
    const child = spawn("unshare", args, { env: { PATH, HOME: "/root", LANG: "C.UTF-8" }, stdio: ["ignore", "pipe", "pipe"] });
    /** @type {Buffer[]} */ const out = [];
    /** @type {Buffer[]} */ const err = [];
    const timer = setTimeout(() => child.kill("SIGKILL"), SCRIPT_TIMEOUT_MS);
    child.stdout.on("data", (c) => out.push(c));
    child.stderr.on("data", (c) => err.push(c));
    child.on("error", reject);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      const stderr = Buffer.concat(err).toString("utf8");
      if (signal) reject(new Error(`${name}: killed by ${signal} (longer than ${SCRIPT_TIMEOUT_MS} ms?)`));
      else if (stderr !== "") reject(new Error(`${name}: the wrapper failed: ${stderr}`));
      else resolve({ output: Buffer.concat(out).toString("utf8"), exitCode: code ?? -1 });
    });
  });
}

/** @param {unknown} record */
export function fixtureText(record) {
  return `${JSON.stringify(record, null, 2)}\n`;
}

/** @param {string[]} argv */
async function main(argv) {
  const check = argv.includes("--check");
  const wanted = argv.filter((a) => !a.startsWith("--"));
  const why = whyNotRecordable();
  if (why) {
    console.error(`kernel conformance: ${why}`);
    return 2;
  }
  const topics = listTopics().filter((t) => wanted.length === 0 || wanted.includes(t));
  let differing = 0;
  for (const topic of topics) {
    const started = Date.now();
    const text = fixtureText(await recordScript(topic));
    const path = fixturePath(topic);
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    if (check) {
      const same = existsSync(path) && readFileSync(path, "utf8") === text;
      if (!same) {
        differing++;
        writeFileSync(`${path}.check`, text);
      }
      console.log(`${same ? "same" : "DIFFERS"} ${topic} (${seconds} s)${same ? "" : `: see ${path}.check`}`);
    } else {
      mkdirSync(FIXTURES_DIR, { recursive: true });
      writeFileSync(path, text);
      console.log(`recorded ${topic} (${seconds} s)`);
    }
  }
  if (!check && wanted.length === 0) removeStale(topics);
  console.log(`${topics.length} scripts`);
  if (differing > 0) {
    console.error(`${differing} fixture(s) differ from a fresh recording`);
    return 1;
  }
  return 0;
}

/** Deletes fixtures whose script is gone. @param {string[]} topics */
function removeStale(topics) {
  if (!existsSync(FIXTURES_DIR)) return;
  for (const name of readdirSync(FIXTURES_DIR)) {
    const topic = name.replace(/\.json$/, "");
    if (name.endsWith(".json") && !topics.includes(topic)) {
      rmSync(join(FIXTURES_DIR, name));
      console.log(`removed stale ${topic}`);
    }
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
