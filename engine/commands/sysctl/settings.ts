/**
 * What sysctl does with keys (procps-ng 4.0.2 src/sysctl.c): ReadSetting,
 * DisplayAll, WriteSetting, and the setting files of -p and --system, over
 * the /proc/sys view of the command's namespace.
 */
import type { CommandContext } from "../types.js";
import { writeSysctl } from "../../net/sysctl-write.js";
import { isDirectory, sortedKeys } from "./table.js";

export interface Opts {
  printName: boolean;
  printNewline: boolean;
  ignoreError: boolean;
  nameOnly: boolean;
  quiet: boolean;
  write: boolean;
  all: boolean;
  load?: string | true;
  system: boolean;
  dryRun: boolean;
  pattern?: RegExp;
}

export class Output {
  stdout = "";
  stderr = "";
  /** What /proc/sys shows this command: computed once, kept in step with its writes. */
  constructor(readonly table: Record<string, string>) {}
  warn(msg: string): void {
    this.stderr += `sysctl: ${msg}\n`;
  }
}

const PROC = "/proc/sys/";

function keyToPath(key: string): string {
  return PROC + key.replace(/\./g, "/");
}

function pathToKey(name: string): string {
  return name.replace(/\//g, ".");
}

export function readSetting(ctx: CommandContext, o: Opts, out: Output, name: string): number {
  const table = out.table;
  if (name === "") {
    out.warn(`"${name}" is an unknown key`);
    return -1;
  }
  const key = pathToKey(name).replace(/^\.+|\.+$/g, "");
  if (!(key in table) && !(key === "" || isDirectory(table, key))) {
    if (!o.ignoreError) {
      out.warn(`cannot stat ${keyToPath(name.replace(/\./g, "/"))}: No such file or directory`);
      return 1;
    }
    return 0;
  }
  if (key === "" || (!(key in table) && isDirectory(table, key))) return displayAll(ctx, o, out, key);
  if (o.pattern && !o.pattern.test(key)) return 0;
  if (o.nameOnly) {
    out.stdout += `${key}\n`;
    return 0;
  }
  const value = table[key]!;
  if (o.printName) out.stdout += `${key} = ${value}\n`;
  else out.stdout += o.printNewline ? `${value}\n` : value;
  return 0;
}

export function displayAll(ctx: CommandContext, o: Opts, out: Output, under = ""): number {
  const table = out.table;
  let rc = 0;
  for (const key of sortedKeys(table, under)) rc |= readSetting(ctx, o, out, key);
  return rc;
}

export interface Setting {
  key: string;
  value: string | undefined;
  ignoreFailure: boolean;
  exclude: boolean;
}

/** parse_setting_line */
export function parseSettingLine(out: Output, where: string, line: number, text: string, o: Opts): Setting | undefined {
  const key = text.replace(/^\s+/, "");
  if (key.length < 2 && where !== "command line") return undefined;
  if (key.startsWith("#") || key.startsWith(";")) return undefined;
  if (o.pattern && !o.pattern.test(key)) return undefined;
  const eq = key.indexOf("=");
  if (eq < 0) {
    if (key.startsWith("-")) return { key: key.slice(1).trimEnd(), value: undefined, ignoreFailure: false, exclude: true };
    out.warn(`${where}(${line}): invalid syntax, continuing...`);
    return undefined;
  }
  let k = key.slice(0, eq);
  let ignoreFailure = false;
  if (k.startsWith("-")) {
    ignoreFailure = true;
    k = k.slice(1);
  }
  return { key: k.trimEnd(), value: key.slice(eq + 1).trim(), ignoreFailure, exclude: false };
}

export function writeSetting(ctx: CommandContext, o: Opts, out: Output, s: Setting): number {
  const table = out.table;
  const key = pathToKey(s.key.replace(/^-/, ""));
  const path = keyToPath(s.key.replace(/^-/, "").replace(/\./g, "/"));
  const exists = key in table || key === "" || isDirectory(table, key);
  if (!exists) {
    if (!o.ignoreError) {
      out.warn(`cannot stat ${path}: No such file or directory`);
      return 1;
    }
    return 0;
  }
  if (key === "") {
    out.warn(`Path is not under ${PROC}: ${path}`);
    return 1;
  }
  if (!(key in table)) {
    out.warn(`setting key "${key}": Is a directory`);
    return 0;
  }
  const value = s.value ?? "";
  if (!o.dryRun) {
    if (!(key in ctx.ns.sysctl)) ctx.ns.sysctl[key] = table[key]!;
    const err = writeSysctl(ctx.ns, key, value);
    if (err) {
      out.warn(`setting key "${key}": ${err === "EINVAL" ? "Invalid argument" : "No such file or directory"}`);
      return 1;
    }
    Object.assign(table, ctx.ns.sysctl);
  }
  if (!o.quiet || o.dryRun) {
    if (o.nameOnly) out.stdout += `${value}\n`;
    else if (o.printName) out.stdout += `${key} = ${value}\n`;
    else out.stdout += o.printNewline ? `${value}\n` : value;
  }
  return 0;
}

export function preload(ctx: CommandContext, o: Opts, out: Output, file: string, list: Setting[]): number {
  let text: string;
  try {
    text = file === "-" ? ctx.stdin : ctx.fs.readFile(file);
  } catch {
    out.warn(`cannot open "${file}": No such file or directory`);
    return 1;
  }
  text.split("\n").forEach((line, i) => {
    if (line.length + 1 < 2) return;
    const s = parseSettingLine(out, file, i + 1, line, o);
    if (s) list.push(s);
  });
  return 0;
}

export function writeList(ctx: CommandContext, o: Opts, out: Output, list: readonly Setting[]): number {
  let rc = 0;
  for (const s of list) if (!s.exclude) rc |= writeSetting(ctx, o, out, s);
  return rc;
}

export function preloadSystem(ctx: CommandContext, o: Opts, out: Output): number {
  const files = new Map<string, string>();
  for (const dir of ["/etc/sysctl.d", "/run/sysctl.d", "/usr/local/lib/sysctl.d", "/usr/lib/sysctl.d", "/lib/sysctl.d"]) {
    let names: string[] = [];
    try {
      names = ctx.fs.readdir(dir);
    } catch {
      continue;
    }
    for (const n of names) if (n.length >= 5 && n.endsWith(".conf") && !files.has(n)) files.set(n, `${dir}/${n}`);
  }
  const list: Setting[] = [];
  let rc = 0;
  for (const name of [...files.keys()].sort()) {
    if (!o.quiet) out.stdout += `* Applying ${files.get(name)} ...\n`;
    rc |= preload(ctx, o, out, files.get(name)!, list);
  }
  try {
    ctx.fs.readFile("/etc/sysctl.conf");
    if (!o.quiet) out.stdout += "* Applying /etc/sysctl.conf ...\n";
    rc |= preload(ctx, o, out, "/etc/sysctl.conf", list);
  } catch {
    // no /etc/sysctl.conf
  }
  return rc | writeList(ctx, o, out, list);
}

