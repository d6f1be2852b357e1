/**
 * sysctl (procps-ng 4.0.2): read keys, write them (-w or KEY=VALUE), list
 * them all (-a, -r PATTERN, -N, -n, -b), load files (-p, --system). Keys
 * are the namespace's (engine/net) over the machine-wide ones; a write goes
 * through the kernel's checks and side effects (engine/net/sysctl-write.ts).
 */
import type { CommandContext, CommandResult, LabCommand } from "../types.js";
import { writeSysctl } from "../../net/sysctl-write.js";
import { isDirectory, sortedKeys, visibleSysctls } from "./table.js";
import { SYSCTL_USAGE } from "./usage-text.js";

interface Opts {
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

class Output {
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

function readSetting(ctx: CommandContext, o: Opts, out: Output, name: string): number {
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

function displayAll(ctx: CommandContext, o: Opts, out: Output, under = ""): number {
  const table = out.table;
  let rc = 0;
  for (const key of sortedKeys(table, under)) rc |= readSetting(ctx, o, out, key);
  return rc;
}

interface Setting {
  key: string;
  value: string | undefined;
  ignoreFailure: boolean;
  exclude: boolean;
}

/** parse_setting_line */
function parseSettingLine(out: Output, where: string, line: number, text: string, o: Opts): Setting | undefined {
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

function writeSetting(ctx: CommandContext, o: Opts, out: Output, s: Setting): number {
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

function preload(ctx: CommandContext, o: Opts, out: Output, file: string, list: Setting[]): number {
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

function writeList(ctx: CommandContext, o: Opts, out: Output, list: readonly Setting[]): number {
  let rc = 0;
  for (const s of list) if (!s.exclude) rc |= writeSetting(ctx, o, out, s);
  return rc;
}

function preloadSystem(ctx: CommandContext, o: Opts, out: Output): number {
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

function run(ctx: CommandContext): CommandResult {
  const out = new Output(visibleSysctls(ctx.ns));
  const o: Opts = { printName: true, printNewline: true, ignoreError: false, nameOnly: false, quiet: false, write: false, all: false, system: false, dryRun: false };
  const argv = ctx.argv.slice(1);
  if (argv.length < 1) return { stdout: "", stderr: SYSCTL_USAGE, exitCode: 1 };
  const operands: string[] = [];
  const longs: Readonly<Record<string, string>> = { all: "a", binary: "b", ignore: "e", names: "N", values: "n", load: "p", quiet: "q", write: "w", pattern: "r", help: "h", version: "V" };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      operands.push(...argv.slice(i + 1));
      break;
    }
    let flags: string;
    let inlineValue: string | undefined;
    if (arg.startsWith("--")) {
      const [name, value] = arg.slice(2).split("=", 2) as [string, string | undefined];
      if (name === "deprecated") continue;
      if (name === "dry-run") {
        o.dryRun = true;
        continue;
      }
      if (name === "system") {
        o.ignoreError = true;
        const rc = preloadSystem(ctx, o, out);
        return { stdout: out.stdout, stderr: out.stderr, exitCode: rc };
      }
      const short = Object.entries(longs).find(([n]) => n.startsWith(name))?.[1];
      if (!short) return { stdout: SYSCTL_USAGE, stderr: `sysctl: unrecognized option '${arg}'\n`, exitCode: 0 };
      flags = short;
      inlineValue = value;
    } else if (arg.startsWith("-") && arg.length > 1) flags = arg.slice(1);
    else {
      operands.push(arg);
      continue;
    }
    for (let j = 0; j < flags.length; j++) {
      const c = flags[j]!;
      switch (c) {
        case "b":
          o.printNewline = false;
          o.printName = false;
          break;
        case "n":
          o.printName = false;
          break;
        case "e":
          o.ignoreError = true;
          break;
        case "N":
          o.nameOnly = true;
          break;
        case "w":
          o.write = true;
          break;
        case "f":
        case "p": {
          const rest = inlineValue ?? flags.slice(j + 1);
          o.load = rest !== "" ? rest : true;
          j = flags.length;
          break;
        }
        case "q":
          o.quiet = true;
          break;
        case "o":
        case "x":
          break;
        case "a":
        case "A":
        case "X":
          o.all = true;
          break;
        case "r": {
          let value = inlineValue ?? flags.slice(j + 1);
          if (value === "") {
            if (i + 1 >= argv.length) return { stdout: SYSCTL_USAGE, stderr: "sysctl: option requires an argument -- 'r'\n", exitCode: 0 };
            value = argv[++i]!;
          }
          try {
            o.pattern = new RegExp(value);
          } catch {
            o.pattern = /(?!)/;
          }
          j = flags.length;
          break;
        }
        case "V":
          return { stdout: "sysctl from procps-ng 4.0.2\n", stderr: "", exitCode: 0 };
        case "d":
        case "h":
          return { stdout: SYSCTL_USAGE, stderr: "", exitCode: 0 };
        default:
          return { stdout: SYSCTL_USAGE, stderr: `sysctl: invalid option -- '${c}'\n`, exitCode: 0 };
      }
    }
  }
  if (o.all) return { stdout: (displayAll(ctx, o, out), out.stdout), stderr: out.stderr, exitCode: 0 };
  if (o.load !== undefined) {
    const list: Setting[] = [];
    let rc = 0;
    if (o.load === true) {
      if (operands.length === 0) rc |= preload(ctx, o, out, "/etc/sysctl.conf", list);
    } else rc |= preload(ctx, o, out, o.load, list);
    for (const f of operands) rc |= preload(ctx, o, out, f, list);
    rc |= writeList(ctx, o, out, list);
    return { stdout: out.stdout, stderr: out.stderr, exitCode: rc };
  }
  if (operands.length < 1) {
    return { stdout: "", stderr: "sysctl: no variables specified\nTry `sysctl --help' for more information.\n", exitCode: 1 };
  }
  if (o.nameOnly && o.quiet) {
    return { stdout: "", stderr: "sysctl: options -N and -q cannot coexist\nTry `sysctl --help' for more information.\n", exitCode: 1 };
  }
  let rc = 0;
  for (const arg of operands) {
    if (o.write || arg.includes("=")) {
      const s = parseSettingLine(out, "command line", 0, arg, o);
      rc |= s ? writeSetting(ctx, o, out, s) : 1;
    } else rc += readSetting(ctx, o, out, arg);
  }
  return { stdout: out.stdout, stderr: out.stderr, exitCode: rc & 255 };
}

export const sysctlCommand: LabCommand = {
  name: "sysctl",
  summary: "read and write kernel parameters under /proc/sys (procps)",
  run,
};
