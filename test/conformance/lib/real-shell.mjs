/**
 * Runs case lines on the real machine: one `unshare -n -m -u` bash per case,
 * fresh network namespace, private /tmp and /run, the lab's /etc/hosts.
 * Needs root. Never touches the machine's own namespace.
 */
import { spawn, spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { LAB_ETC_HOSTS, LAB_RESOLV_CONF } from "./lab-host.mjs";
import { normalizeOutput } from "./normalize.mjs";

const DRIVER = join(dirname(fileURLToPath(import.meta.url)), "driver.sh");
const PATH = "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin";

/**
 * Why recording cannot run here, or undefined when it can.
 * @param {readonly string[]} [tools] the commands the cases need
 * @returns {string | undefined}
 */
export function whyNotRecordable(tools = ["iptables", "iptables-legacy", "iptables-nft"]) {
  if (typeof process.getuid === "function" && process.getuid() !== 0) {
    return "recording needs root (it makes network namespaces with unshare -n): run it as root";
  }
  for (const tool of ["unshare", ...tools]) {
    const found = spawnSync("sh", ["-c", `command -v ${tool}`], { env: { PATH } });
    if (found.status !== 0) return `${tool} is not installed (on Debian 12: apt-get install -y iptables ipset util-linux)`;
  }
  return undefined;
}

/**
 * @param {readonly string[]} lines one shell command each
 * @param {"nf_tables" | "legacy"} backend
 * @returns {Promise<{cmd: string, stdout: string, stderr: string, exitCode: number}[]>}
 */
export async function runLinesOnHost(lines, backend) {
  for (const line of lines) {
    if (line.includes("\n")) throw new Error(`a case line holds a newline: ${JSON.stringify(line)}`);
  }
  const work = mkdtempSync(join(tmpdir(), "nflab-record-"));
  try {
    writeFileSync(join(work, "lines"), lines.map((l) => `${l}\n`).join(""));
    writeFileSync(join(work, "hosts"), LAB_ETC_HOSTS);
    writeFileSync(join(work, "resolv.conf"), LAB_RESOLV_CONF);
    const output = await runDriver(work, backend);
    const frames = parseFrames(output);
    if (frames.length !== lines.length) {
      throw new Error(`driver ran ${frames.length} of ${lines.length} lines (did a line exit the shell?)`);
    }
    return frames.map((frame, i) => ({
      cmd: lines[i] ?? "",
      stdout: normalizeOutput(frame.stdout),
      stderr: normalizeOutput(frame.stderr),
      exitCode: frame.exitCode,
    }));
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** @param {string} work @param {string} backend @returns {Promise<Buffer>} */
function runDriver(work, backend) {
  return new Promise((resolve, reject) => {
    const child = spawn("unshare", ["-n", "-m", "-u", "--", "bash", DRIVER, work, backend], {
      env: { PATH, HOME: "/root" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    /** @type {Buffer[]} */
    const out = [];
    /** @type {Buffer[]} */
    const err = [];
    child.stdout.on("data", (chunk) => out.push(chunk));
    child.stderr.on("data", (chunk) => err.push(chunk));
    child.on("error", reject);
    child.on("close", (code) => {
      const stderr = Buffer.concat(err).toString("utf8");
      if (code !== 0 || stderr !== "") {
        reject(new Error(`recording driver failed (exit ${code}): ${stderr}`));
      } else {
        resolve(Buffer.concat(out));
      }
    });
  });
}

/** @param {Buffer} buf */
function parseFrames(buf) {
  /** @type {{exitCode: number, stdout: string, stderr: string}[]} */
  const frames = [];
  let at = 0;
  while (at < buf.length) {
    const eol = buf.indexOf(10, at);
    if (eol < 0) throw new Error("driver output ends inside a frame header");
    const header = /^(\d+) (\d+) (\d+)$/.exec(buf.subarray(at, eol).toString("latin1"));
    if (!header) throw new Error(`bad frame header: ${buf.subarray(at, eol).toString("latin1")}`);
    const outLen = Number(header[2]);
    const errLen = Number(header[3]);
    const start = eol + 1;
    frames.push({
      exitCode: Number(header[1]),
      stdout: buf.subarray(start, start + outLen).toString("utf8"),
      stderr: buf.subarray(start + outLen, start + outLen + errLen).toString("utf8"),
    });
    at = start + outLen + errLen;
  }
  return frames;
}
