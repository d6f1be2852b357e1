/**
 * ls's command line, as GNU coreutils 9.1 reads it: short options bundled
 * (-la), long options and their unique prefixes (--all, --full), -w N.
 * Real options the lab does not emulate are refused by name, never ignored.
 */
import { coreutilsVersion } from "../env/coreutils-version.js";
import { invalidColor, invalidTimeStyle, invalidOption, invalidWidth, missingArgument, notEmulated, unrecognizedOption } from "./messages.js";

export type LsFormat = "long" | "one-per-line" | "columns" | "across";
export type LsSort = "name" | "time" | "size" | "none";

export interface LsOptions {
  readonly format: LsFormat;
  /** -a: also . and ..; -A: dot files without . and .. */
  readonly all: "none" | "almost" | "all";
  readonly directory: boolean;
  readonly recursive: boolean;
  readonly reverse: boolean;
  readonly sort: LsSort;
  readonly human: boolean;
  /** -F: / * @ after names; -p: / after directories. */
  readonly indicator: "none" | "slash" | "classify";
  /** The -l date as strftime formats for recent and older files; undefined: the locale's (Nov 25 22:04, Nov 25  2025). */
  readonly timeStyle: TimeStyle | undefined;
  /** -s: each file's allocated size in 1K blocks before it. */
  readonly size: boolean;
  readonly numericIds: boolean;
  readonly showOwner: boolean;
  readonly showGroup: boolean;
  readonly width: number;
  readonly operands: readonly string[];
}

const TRY = "Try 'ls --help' for more information.";

export type TimeStyle = { readonly recent: string; readonly old: string };

export type Parsed = { ok: true; options: LsOptions } | { ok: false; stderr: string; exitCode: number; stdout?: string };

const LONG = [
  "all", "almost-all", "directory", "recursive", "reverse", "human-readable", "classify", "full-time",
  "numeric-uid-gid", "no-group", "width=", "color", "color=", "sort=", "format=", "indicator-style=",
  "file-type", "size", "time-style=", "help", "version",
] as const;

/** Real ls options that the lab does not emulate (no inodes, no security contexts, one time per file). */
const NOT_EMULATED = "bBcDfGHiIkLmNqQTuUvXZ";

type Mutable = {
  -readonly [K in keyof LsOptions]: K extends "operands" ? string[] : K extends "timeStyle" ? TimeStyle | { invalid: string } | undefined : LsOptions[K];
};

/** `terminal`: stdout is a terminal that wide (isatty): names go in columns, as wide as COLUMNS or the terminal. */
export function parseLsArgs(args: readonly string[], env: ReadonlyMap<string, string>, terminal?: { readonly columns: number }): Parsed {
  const columns = Number(env.get("COLUMNS"));
  const o: Mutable = {
    format: terminal ? "columns" : "one-per-line", all: "none", directory: false, recursive: false, reverse: false, sort: "name",
    human: false, indicator: "none", timeStyle: undefined, size: false, numericIds: false, showOwner: true, showGroup: true,
    width: Number.isInteger(columns) && columns > 0 ? columns : (terminal?.columns ?? 80), operands: [],
  };
  let onlyOperands = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (onlyOperands || arg === "-" || !arg.startsWith("-")) {
      o.operands.push(arg);
      continue;
    }
    if (arg === "--") {
      onlyOperands = true;
      continue;
    }
    if (arg.startsWith("--")) {
      const failed = applyLong(o, arg, () => args[++i]);
      if (failed) return failed;
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const c = arg[j]!;
      if (c === "w") {
        const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++i];
        if (value === undefined) return { ok: false, stderr: missingArgument("w"), exitCode: 2 };
        const failed = setWidth(o, value);
        if (failed) return failed;
        break;
      }
      const failed = applyShort(o, c);
      if (failed) return failed;
    }
  }
  const style = o.timeStyle;
  if (style && "invalid" in style) {
    if (o.format === "long") return { ok: false, stderr: invalidTimeStyle(style.invalid), exitCode: 2 };
    o.timeStyle = undefined;
  }
  return { ok: true, options: o as LsOptions };
}

function applyShort(o: Mutable, c: string): Parsed | undefined {
  switch (c) {
    case "l": o.format = "long"; return;
    case "1": o.format = "one-per-line"; return;
    case "C": o.format = "columns"; return;
    case "x": o.format = "across"; return;
    case "a": o.all = "all"; return;
    case "A": o.all = "almost"; return;
    case "d": o.directory = true; return;
    case "R": o.recursive = true; return;
    case "r": o.reverse = true; return;
    case "t": o.sort = "time"; return;
    case "S": o.sort = "size"; return;
    case "h": o.human = true; return;
    case "s": o.size = true; return;
    case "F": o.indicator = "classify"; return;
    case "p": o.indicator = "slash"; return;
    case "n": o.numericIds = true; o.format = "long"; return;
    case "g": o.showOwner = false; o.format = "long"; return;
    case "o": o.showGroup = false; o.format = "long"; return;
  }
  if (NOT_EMULATED.includes(c)) return { ok: false, stderr: notEmulated(`-${c}`), exitCode: 2 };
  return { ok: false, stderr: invalidOption(c), exitCode: 2 };
}

function applyLong(o: Mutable, arg: string, next: () => string | undefined): Parsed | undefined {
  const eq = arg.indexOf("=");
  const given = eq < 0 ? arg.slice(2) : arg.slice(2, eq);
  const value = eq < 0 ? undefined : arg.slice(eq + 1);
  const names = [...new Set(LONG.map((n) => n.replace(/=$/, "")))];
  const name = names.includes(given) ? given : uniquePrefix(names, given);
  if (name === undefined) return { ok: false, stderr: unrecognizedOption(arg), exitCode: 2 };
  switch (name) {
    case "all": o.all = "all"; return;
    case "almost-all": o.all = "almost"; return;
    case "directory": o.directory = true; return;
    case "recursive": o.recursive = true; return;
    case "reverse": o.reverse = true; return;
    case "human-readable": o.human = true; return;
    case "size": o.size = true; return;
    case "classify": o.indicator = "classify"; return;
    case "file-type": o.indicator = "slash"; return;
    case "full-time": o.timeStyle = TIME_STYLES["full-iso"]; o.format = "long"; return;
    case "time-style": {
      const v = value ?? next();
      if (v === undefined) return { ok: false, stderr: `ls: option '--time-style' requires an argument\n${TRY}\n`, exitCode: 2 };
      // Only a long listing reads the style: without -l a bad one goes unnoticed.
      const style = timeStyle(v);
      o.timeStyle = style === false ? { invalid: v } : style;
      return;
    }
    case "numeric-uid-gid": o.numericIds = true; o.format = "long"; return;
    case "no-group": o.showGroup = false; return;
    case "width": {
      const v = value ?? next();
      if (v === undefined) return { ok: false, stderr: `ls: option '--width' requires an argument\nTry 'ls --help' for more information.\n`, exitCode: 2 };
      return setWidth(o, v);
    }
    case "color":
      // Never colours: the lab's output is not a terminal, so auto is never; always is not emulated.
      if (value === undefined || ["always", "yes", "force"].includes(value)) return { ok: false, stderr: notEmulated("--color=always"), exitCode: 2 };
      if (["never", "no", "none", "auto", "tty", "if-tty"].includes(value)) return;
      return { ok: false, stderr: invalidColor(value), exitCode: 1 };
    case "sort": {
      const sorts: Record<string, LsSort> = { none: "none", time: "time", size: "size" };
      if (value !== undefined && value in sorts) o.sort = sorts[value]!;
      else return { ok: false, stderr: value === undefined ? unrecognizedOption(arg) : notEmulated(arg), exitCode: 2 };
      return;
    }
    case "format": {
      const formats: Record<string, LsFormat> = { long: "long", verbose: "long", "single-column": "one-per-line", vertical: "columns", across: "across", horizontal: "across" };
      if (value !== undefined && value in formats) o.format = formats[value]!;
      else return { ok: false, stderr: value === undefined ? unrecognizedOption(arg) : notEmulated(arg), exitCode: 2 };
      return;
    }
    case "indicator-style": {
      const styles: Record<string, LsOptions["indicator"]> = { none: "none", slash: "slash", classify: "classify" };
      if (value !== undefined && value in styles) o.indicator = styles[value]!;
      else return { ok: false, stderr: value === undefined ? unrecognizedOption(arg) : notEmulated(arg), exitCode: 2 };
      return;
    }
    case "help":
      return { ok: false, stdout: HELP, stderr: "", exitCode: 0 };
    case "version":
      return { ok: false, stdout: VERSION, stderr: "", exitCode: 0 };
  }
  return { ok: false, stderr: unrecognizedOption(arg), exitCode: 2 };
}

function uniquePrefix(names: readonly string[], given: string): string | undefined {
  const matches = given === "" ? [] : names.filter((n) => n.startsWith(given));
  return matches.length === 1 ? matches[0] : undefined;
}

function setWidth(o: Mutable, value: string): Parsed | undefined {
  if (!/^\d+$/.test(value)) return { ok: false, stderr: invalidWidth(value), exitCode: 2 };
  o.width = Number(value) === 0 ? Number.MAX_SAFE_INTEGER : Number(value);
  return undefined;
}

const TIME_STYLES: Readonly<Record<string, { recent: string; old: string }>> = {
  "full-iso": { recent: "%Y-%m-%d %H:%M:%S.%N %z", old: "%Y-%m-%d %H:%M:%S.%N %z" },
  "long-iso": { recent: "%Y-%m-%d %H:%M", old: "%Y-%m-%d %H:%M" },
  iso: { recent: "%m-%d %H:%M", old: "%Y-%m-%d " },
};

/** --time-style: +FORMAT (FORMAT_OLD newline FORMAT_RECENT), a named style, or false when unknown. posix- styles are the locale's outside the POSIX locale. */
function timeStyle(value: string): { recent: string; old: string } | undefined | false {
  if (value.startsWith("+")) {
    const [old, recent] = value.slice(1).split("\n");
    return { old: old!, recent: recent ?? old! };
  }
  // posix-STYLE is STYLE outside the POSIX locale (the lab's is C.UTF-8).
  const name = value.startsWith("posix-") ? value.slice(6) : value;
  if (name === "locale") return undefined;
  return TIME_STYLES[name] ?? false;
}

const VERSION = coreutilsVersion("ls", "Richard M. Stallman and David MacKenzie");

const HELP = `Usage: ls [OPTION]... [FILE]...
List information about the FILEs (the current directory by default).
Sort entries alphabetically if none of -tSU is specified.

The lab's ls understands:
  -a, --all                  do not ignore entries starting with .
  -A, --almost-all           do not list implied . and ..
  -C                         list entries by columns
  -d, --directory            list directories themselves, not their contents
  -F, --classify             append indicator (one of */@) to entries
      --full-time            like -l --time-style=full-iso
  -g                         like -l, but do not list owner
  -h, --human-readable       with -l, print sizes like 1K 234M 2G etc.
  -l                         use a long listing format
  -n, --numeric-uid-gid      like -l, but list numeric user and group IDs
  -o                         like -l, but do not list group information
  -p                         append / indicator to directories
  -r, --reverse              reverse order while sorting
  -R, --recursive            list subdirectories recursively
      --time-style=STYLE     full-iso, long-iso, iso, locale or +FORMAT
  -s, --size                 print the allocated size of each file, in blocks
  -S                         sort by file size, largest first
  -t                         sort by time, newest first
  -w, --width=COLS           set output width to COLS
  -x                         list entries by lines instead of by columns
  -1                         list one file per line
      --color=never          no colours (the lab's output is not a terminal)

Exit status:
 0  if OK,
 1  if minor problems (e.g., cannot access subdirectory),
 2  if serious trouble (e.g., cannot access command-line argument).
`;
