/**
 * ls (GNU coreutils 9.1, Debian 12) over the lab's filesystem: to a pipe or
 * a file one name per line unless -C/-x asks for columns (COLUMNS or 80
 * wide); to the terminal (the lab's screen) in columns as wide as it. No
 * colours (Debian's root has no ls alias), names unquoted (the lab's names
 * need no quotes; a name with a space would, on a real terminal).
 * Command-line files come first, then each directory under a `dir:` header.
 */
import type { CommandContext, CommandResult, LabCommand } from "../types.js";
import { resolvePath } from "../../fs/path.js";
import { accountsFromFiles } from "../../netfilter/accounts.js";
import { lsEntry, type LsEntry } from "./entry.js";
import { parseLsArgs, type LsOptions } from "./options.js";
import { longLines, type Names } from "./long-format.js";
import { columnLines } from "./columns.js";
import { humanSize } from "./human.js";
import { cannotAccess, cannotOpenDirectory, reason } from "./messages.js";

export const lsCommand: LabCommand = {
  name: "ls",
  asksTerminal: true,
  summary: "list files and directories (ls -l, -a, -R, -t, -S, -h, -F)",
  run,
};

interface Listing {
  readonly ctx: CommandContext;
  readonly o: LsOptions;
  readonly names: Names;
  out: string;
  err: string;
  status: number;
  /** A header or a file list was printed: the next header needs a blank line before it. */
  printedSomething: boolean;
}

function run(ctx: CommandContext): CommandResult {
  const parsed = parseLsArgs(ctx.argv.slice(1), ctx.env, ctx.terminal);
  if (!parsed.ok) return { stdout: parsed.stdout ?? "", stderr: parsed.stderr, exitCode: parsed.exitCode };
  const o = parsed.options;
  const l: Listing = { ctx, o, names: accountNames(ctx), out: "", err: "", status: 0, printedSomething: false };
  const operands = o.operands.length > 0 ? o.operands : ["."];
  // Command-line symlinks are followed to a directory unless -l, -d or -F shows the link itself.
  const follow = !(o.directory || o.format === "long" || o.indicator === "classify");
  const files: LsEntry[] = [];
  const dirs: LsEntry[] = [];
  for (const name of operands) {
    const path = resolvePath(ctx.cwd, name);
    let entry: LsEntry;
    try {
      // A trailing slash names what a symlink points to (t/dirlink/ is the directory).
      entry = lsEntry(ctx.fs, name, path, name.endsWith("/"));
      if (name.endsWith("/") && entry.type !== "dir") throw new Error("ENOTDIR: not a directory");
      if (follow && entry.type === "symlink") {
        try {
          const target = lsEntry(ctx.fs, name, path, true);
          if (target.type === "dir") entry = target;
        } catch {
          // A dangling link is listed as itself.
        }
      }
    } catch (e) {
      l.err += cannotAccess(name, reason(e));
      l.status = 2;
      continue;
    }
    (entry.type === "dir" && !o.directory ? dirs : files).push(entry);
  }
  const showHeaders = o.recursive || operands.length > 1;
  if (files.length > 0) {
    // ls sized the columns while it read the command line, before it set the directories apart.
    l.out += formatEntries(l, sortEntries(files, o), [...files, ...dirs]);
    l.printedSomething = true;
  }
  for (const dir of sortEntries(dirs, o)) listDirectory(l, dir, showHeaders);
  return { stdout: l.out, stderr: l.err, exitCode: l.status };
}

function listDirectory(l: Listing, dir: LsEntry, header: boolean): void {
  const { ctx, o } = l;
  let children: string[];
  try {
    children = ctx.fs.readdir(dir.path);
  } catch (e) {
    l.err += cannotOpenDirectory(dir.name, reason(e));
    l.status = Math.max(l.status, 2);
    return;
  }
  if (header) {
    l.out += `${l.printedSomething ? "\n" : ""}${dir.name}:\n`;
  }
  l.printedSomething = true;
  const entries: LsEntry[] = [];
  const join = (base: string, child: string): string => (base === "/" ? `/${child}` : `${base}/${child}`);
  if (o.all === "all") {
    entries.push({ ...lsEntry(ctx.fs, ".", dir.path, true), name: "." });
    entries.push({ ...lsEntry(ctx.fs, "..", resolvePath(dir.path, ".."), true), name: ".." });
  }
  for (const child of children) {
    if (o.all === "none" && child.startsWith(".")) continue;
    try {
      entries.push(lsEntry(ctx.fs, child, join(dir.path, child), false));
    } catch (e) {
      l.err += cannotAccess(join(dir.name, child), reason(e));
      l.status = Math.max(l.status, 1);
    }
  }
  const sorted = sortEntries(entries, o);
  if (o.format === "long" || o.size) l.out += `total ${blocksText(o, sorted.reduce((n, e) => n + e.blocks, 0))}\n`;
  l.out += formatEntries(l, sorted);
  if (!o.recursive) return;
  for (const e of sorted) {
    if (e.type !== "dir" || e.name === "." || e.name === "..") continue;
    listDirectory(l, { ...e, name: dir.name === "/" ? `/${e.name}` : `${dir.name}/${e.name}` }, true);
  }
}

function formatEntries(l: Listing, entries: readonly LsEntry[], sized: readonly LsEntry[] = entries): string {
  const { o } = l;
  const blocksWidth = o.size ? Math.max(0, ...sized.map((e) => blocksText(o, e.blocks).length)) : 0;
  const blocks = (e: LsEntry): string => (o.size ? `${blocksText(o, e.blocks).padStart(blocksWidth)} ` : "");
  if (o.format === "long") {
    const lines = longLines(entries, o, l.ctx.world.clock.nowMs, l.names, (e) => longName(l, e), sized).split("\n");
    return entries.map((e, i) => blocks(e) + lines[i] + "\n").join("");
  }
  const names = entries.map((e) => blocks(e) + e.name + indicator(l, e));
  if (o.format === "one-per-line") return names.map((n) => n + "\n").join("");
  return columnLines(names, o.width, o.format === "across");
}

/** The name column of -l: a symlink shows its target, which -F marks by what it points to. */
function longName(l: Listing, e: LsEntry): string {
  if (e.type !== "symlink") return e.name + indicator(l, e);
  let mark = "";
  if (l.o.indicator === "classify") {
    try {
      mark = indicator(l, lsEntry(l.ctx.fs, e.target!, e.path, true));
    } catch {
      // A dangling link's target gets no mark.
    }
  }
  return `${e.name} -> ${e.target}${mark}`;
}

/** 1K blocks, or with -h their size in bytes made human. */
function blocksText(o: LsOptions, blocks: number): string {
  return o.human ? humanSize(blocks * 1024) : String(blocks);
}

function indicator(l: Listing, e: LsEntry): string {
  if (l.o.indicator === "none") return "";
  if (e.type === "dir") return "/";
  if (l.o.indicator === "slash") return "";
  if (e.type === "symlink") return "@";
  if (e.type === "file" && e.mode & 0o111) return "*";
  return "";
}

function sortEntries(entries: readonly LsEntry[], o: LsOptions): LsEntry[] {
  if (o.sort === "none") return [...entries];
  const byName = (a: LsEntry, b: LsEntry): number => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
  const compare =
    o.sort === "time" ? (a: LsEntry, b: LsEntry) => b.mtimeMs - a.mtimeMs || byName(a, b)
    : o.sort === "size" ? (a: LsEntry, b: LsEntry) => b.size - a.size || byName(a, b)
    : byName;
  const sorted = [...entries].sort(compare);
  return o.reverse ? sorted.reverse() : sorted;
}

function accountNames(ctx: CommandContext): Names {
  const accounts = accountsFromFiles((path) => {
    try {
      return ctx.fs.readFile(path);
    } catch {
      return undefined;
    }
  });
  return {
    user: (uid) => accounts.userName(uid) ?? String(uid),
    group: (gid) => accounts.groupName(gid) ?? String(gid),
  };
}
