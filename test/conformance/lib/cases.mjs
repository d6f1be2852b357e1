/**
 * Conformance case files: one shell command a line, run in order in one fresh
 * namespace. Blank lines and `#` lines are skipped; a leading
 * `# backends: nf_tables` (or `legacy`) limits the file to that backend.
 */
import { readdirSync, readFileSync } from "node:fs";
import { basename, join } from "node:path";

export const BACKENDS = /** @type {const} */ (["nf_tables", "legacy"]);

/**
 * @typedef {"nf_tables" | "legacy"} Backend
 * @typedef {{ line: number, cmd: string }} CaseLine
 * @typedef {{ topic: string, path: string, backends: Backend[], lines: CaseLine[] }} CaseFile
 */

/** @param {string} path @returns {CaseFile} */
export function readCaseFile(path) {
  const text = readFileSync(path, "utf8");
  /** @type {CaseLine[]} */
  const lines = [];
  /** @type {Backend[]} */
  let backends = [...BACKENDS];
  let header = true;
  text.split("\n").forEach((raw, index) => {
    const trimmed = raw.trim();
    if (trimmed === "") return;
    if (trimmed.startsWith("#")) {
      const directive = /^#\s*backends:\s*(.+)$/.exec(trimmed);
      if (directive && header) backends = parseBackends(directive[1] ?? "", path);
      return;
    }
    header = false;
    lines.push({ line: index + 1, cmd: raw });
  });
  return { topic: basename(path, ".sh"), path, backends, lines };
}

/** @param {string} list @param {string} path @returns {Backend[]} */
function parseBackends(list, path) {
  const names = list.split(/[\s,]+/).filter(Boolean);
  for (const name of names) {
    if (!BACKENDS.includes(/** @type {Backend} */ (name))) {
      throw new Error(`${path}: unknown backend "${name}" (expected ${BACKENDS.join(" or ")})`);
    }
  }
  return /** @type {Backend[]} */ (names);
}

/** Every `<topic>.sh` under dir, sorted by name. @param {string} dir @returns {CaseFile[]} */
export function readCaseDir(dir) {
  return readdirSync(dir)
    .filter((name) => name.endsWith(".sh"))
    .sort()
    .map((name) => readCaseFile(join(dir, name)));
}

/** The id a command is known by in known-differences.json. @param {Backend} backend @param {string} topic @param {number} line */
export function commandId(backend, topic, line) {
  return `${backend}/${topic}#${line}`;
}
