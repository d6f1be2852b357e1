/**
 * `ipset` 7.17: create, add, del, test, destroy, list, save, restore, flush,
 * rename, swap, help, version. The sets are the namespace's
 * (ns.netfilter.ipsets), shared by iptables-nft and iptables-legacy rules.
 */
import {
  addElements, buildSet, delElements, elemText, headerText, isIpsetFailure, listedMembers, listingOrder, liveMembers, memberOptions,
  memSize, parseEntry, parseEntryOptions, sameSet, setReferences, testElement, type IpSet, type IpsetFailure,
} from "../../netfilter/ipset.js";
import type { NameDb } from "../../netfilter/extension.js";
import type { NetfilterState } from "../../netfilter/types.js";
import { nextUint32 } from "../../world/random.js";
import type { CommandContext, CommandResult, LabCommand } from "../types.js";
import { labNames } from "./iptables.js";
import { IPSET_HELP_BASE, IPSET_HELP_TYPES_LIST, IPSET_TYPE_HELP } from "./ipset-help.js";
import { splitRestoreLine } from "./restore-tokens.js";

const PREFIX = "ipset v7.17: ";
const TRY = "Try `ipset help' for more information.\n";

type Cmd = "create" | "add" | "del" | "test" | "destroy" | "list" | "save" | "restore" | "flush" | "rename" | "swap" | "help" | "version" | "quit";

/** In ipset's order: a word names the first command it is a prefix of, or whose one-letter alias it is. */
const COMMANDS: readonly [Cmd, string, string][] = [
  ["create", "n", "-N"], ["add", "a", "-A"], ["del", "d", "-D"], ["test", "t", "-T"], ["destroy", "x", "-X"], ["list", "l", "-L"],
  ["save", "s", "-S"], ["restore", "r", "-R"], ["flush", "f", "-F"], ["rename", "e", "-E"], ["swap", "w", "-W"], ["help", "h", "-H"],
  ["version", "v", "-V"], ["quit", "q", ""],
];

function commandOf(word: string): Cmd | undefined {
  for (const [name, alias, old] of COMMANDS) {
    if (word === old && old !== "") return name;
    if (word === alias || (word.length > 0 && word.length <= name.length && name.startsWith(word))) return name;
  }
  return undefined;
}

interface Options {
  exist: boolean;
  quiet: boolean;
  names: boolean;
  terse: boolean;
  output?: "plain" | "save" | "xml";
  sorted: boolean;
  file?: string;
}

/** Thrown to end the command with ipset's message. */
class IpsetExit {
  constructor(
    readonly message: string,
    readonly code: number,
    readonly usage = false,
  ) {}
}

const usage = (message: string): IpsetExit => new IpsetExit(message, 2, true);
const runtime = (message: string): IpsetExit => new IpsetExit(message, 1);

function fromFailure(f: IpsetFailure): IpsetExit {
  return f.usage ? usage(f.error) : runtime(f.error);
}

/** Global options may stand anywhere; one or two dashes. */
function globalOption(word: string, next: string | undefined, o: Options): number {
  const w = word.startsWith("--") ? word.slice(1) : word;
  switch (w) {
    case "-exist":
    case "-!":
      o.exist = true;
      return 1;
    case "-quiet":
    case "-q":
      o.quiet = true;
      return 1;
    case "-name":
    case "-n":
      o.names = true;
      return 1;
    case "-terse":
    case "-t":
      o.terse = true;
      return 1;
    case "-sorted":
    case "-s":
      o.sorted = true;
      return 1;
    case "-resolve":
    case "-r":
      return 1;
    case "-output":
    case "-o":
      if (next === undefined) throw usage("Missing mandatory argument of option `output'");
      if (next !== "plain" && next !== "save" && next !== "xml") throw runtime(`Syntax error: unknown output mode '${next}'`);
      o.output = next;
      return 2;
    case "-file":
    case "-f":
      if (next === undefined) throw usage("Missing mandatory argument of option `file'");
      o.file = next;
      return 2;
    default:
      return 0;
  }
}

interface Session {
  readonly ctx: CommandContext;
  readonly state: NetfilterState;
  readonly names: NameDb;
  readonly o: Options;
  out: string[];
  err: string[];
}

function sets(s: Session): IpSet[] {
  if (!s.state.ipsets) s.state.ipsets = [];
  return s.state.ipsets;
}

function findSet(s: Session, name: string): IpSet {
  const set = sets(s).find((x) => x.name === name);
  if (!set) throw runtime("The set with the given name does not exist");
  return set;
}

function now(s: Session): number {
  return s.ctx.world.clock.nowMs;
}

function plainListing(s: Session, set: IpSet, terse: boolean): string {
  const t = now(s);
  const lines = [
    `Name: ${set.name}`, `Type: ${set.type}`, `Revision: ${set.revision}`, `Header: ${headerText(set)}`, `Size in memory: ${memSize(set, t)}`,
    `References: ${setReferences(s.state, set.name)}`, `Number of entries: ${liveMembers(set, t).length}`,
  ];
  if (!terse) {
    lines.push("Members:");
    for (const m of listedMembers(set, t, s.o.sorted)) lines.push(elemText(set, m, s.names) + memberOptions(set, m, t));
  }
  return `${lines.join("\n")}\n`;
}

function saveListing(s: Session, set: IpSet, terse: boolean): string {
  const t = now(s);
  let text = `create ${set.name} ${set.type} ${headerText(set)}\n`;
  if (!terse) for (const m of listedMembers(set, t, s.o.sorted)) text += `add ${set.name} ${elemText(set, m, s.names)}${memberOptions(set, m, t)}\n`;
  return text;
}

const xmlEscape = (v: string): string => v.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

function xmlListing(s: Session, set: IpSet, terse: boolean): string {
  const t = now(s);
  const header = headerText(set).split(" ");
  let h = "";
  for (let i = 0; i < header.length; i++) {
    const key = header[i]!;
    const flag = ["counters", "comment", "skbinfo"].includes(key);
    h += flag ? `<${key}/>` : `<${key}>${header[++i]}</${key}>`;
  }
  let text = `<ipset name="${xmlEscape(set.name)}">\n<type>${set.type}</type>\n<revision>${set.revision}</revision>\n<header>${h}\n`;
  text += `<memsize>${memSize(set, t)}</memsize>\n<references>${setReferences(s.state, set.name)}</references>\n<numentries>${liveMembers(set, t).length}</numentries>\n</header>\n`;
  if (!terse) {
    text += "<members>\n";
    for (const m of listedMembers(set, t, s.o.sorted)) {
      const opts = memberOptions(set, m, t).trim();
      let extra = "";
      const words = opts === "" ? [] : opts.match(/"[^"]*"|\S+/g)!;
      for (let i = 0; i < words.length; i++) {
        const k = words[i]!;
        if (k === "nomatch") extra += "<nomatch/>";
        else extra += `<${k}>${xmlEscape((words[++i] ?? "").replace(/^"|"$/g, ""))}</${k}>`;
      }
      text += `<member><elem>${xmlEscape(elemText(set, m, s.names))}</elem>${extra}</member>\n`;
    }
    text += "</members>\n";
  }
  return `${text}</ipset>\n`;
}

function listSets(s: Session, cmd: "list" | "save", name: string | undefined): void {
  const chosen = name !== undefined ? [findSet(s, name)] : listingOrder(sets(s));
  const mode = s.o.output ?? (cmd === "save" ? "save" : "plain");
  let text = "";
  if (mode === "save") {
    for (const set of chosen) text += saveListing(s, set, s.o.terse);
  } else if (s.o.names) {
    for (const set of chosen) text += `${set.name}\n`;
  } else if (mode === "xml") {
    text = `<ipsets>\n${chosen.map((set) => xmlListing(s, set, s.o.terse)).join("")}</ipsets>\n`;
  } else {
    text = chosen.map((set) => plainListing(s, set, s.o.terse)).join("\n");
  }
  if (s.o.file !== undefined) s.ctx.fs.writeFile(s.o.file, text);
  else s.out.push(text);
}

function checkName(name: string): void {
  if (name.length > 31) throw runtime(`Syntax error: setname '${name}' is longer than 31 characters`);
}

/** Runs one command (from argv or a restore line). `pendingAdds` batches restore's adds. */
function execute(s: Session, cmd: Cmd, args: readonly string[]): void {
  const need = (n: number): void => {
    if (args.length < n) throw usage(`Missing ${n === 2 && args.length === 1 ? "second " : ""}mandatory argument to command ${cmd}`);
  };
  const noMore = (n: number): void => {
    if (args.length > n) throw usage(`Unknown argument ${args[n]}`);
  };
  switch (cmd) {
    case "create": {
      need(2);
      checkName(args[0]!);
      const built = buildSet(args[0]!, args[1]!, args.slice(2), 0, s.names);
      if (isIpsetFailure(built)) throw fromFailure(built);
      const existing = sets(s).find((x) => x.name === args[0]);
      if (existing) {
        if (s.o.exist && sameSet(existing, built, args.includes("initval"))) return;
        throw runtime("Set cannot be created: set with the same name already exists");
      }
      if (built.initval === 0 && !args.includes("initval") && built.family !== undefined) built.initval = nextUint32(s.ctx.world.random);
      sets(s).push(built);
      return;
    }
    case "add":
    case "del":
    case "test": {
      need(2);
      const set = findSet(s, args[0]!);
      const opts = parseEntryOptions(set, args.slice(2), cmd);
      if (isIpsetFailure(opts)) throw fromFailure(opts);
      const elems = parseEntry(set, args[1]!, s.names, sets(s), cmd === "test");
      if (isIpsetFailure(elems)) throw fromFailure(elems);
      if (cmd === "test") {
        const hit = elems.length > 0 && elems.every((e) => testElement(set, e, now(s), sets(s)));
        // The element as ipset parsed it ("10.0.0.1,80" is "10.0.0.1,tcp:80").
        const shown = elems.length > 0 ? elemText(set, { dims: elems[0]! }, s.names) : args[1]!;
        if (hit) {
          if (!s.o.quiet) s.err.push(`Warning: ${shown} is in set ${set.name}.\n`);
          return;
        }
        throw new IpsetExit(`${shown} is NOT in set ${set.name}.`, 1, false);
      }
      const r = cmd === "add" ? addElements(set, elems, opts, s.o.exist, now(s)) : delElements(set, elems, s.o.exist, now(s));
      if (r) throw fromFailure(r);
      return;
    }
    case "destroy":
    case "flush": {
      noMore(1);
      const all = sets(s);
      if (args.length === 0) {
        if (cmd === "flush") {
          for (const set of all) set.members = [];
          return;
        }
        if (all.some((set) => setReferences(s.state, set.name) > 0)) throw runtime("Set cannot be destroyed: it is in use by a kernel component");
        s.state.ipsets = [];
        return;
      }
      const set = findSet(s, args[0]!);
      if (cmd === "flush") {
        set.members = [];
        return;
      }
      if (setReferences(s.state, set.name) > 0) throw runtime("Set cannot be destroyed: it is in use by a kernel component");
      s.state.ipsets = all.filter((x) => x !== set);
      return;
    }
    case "list":
    case "save":
      noMore(1);
      listSets(s, cmd, args[0]);
      return;
    case "rename": {
      need(2);
      noMore(2);
      const set = findSet(s, args[0]!);
      checkName(args[1]!);
      if (sets(s).some((x) => x.name === args[1])) throw runtime("Set cannot be renamed: a set with the new name already exists");
      if (setReferences(s.state, set.name) > 0) throw runtime("Set cannot be renamed: it is in use by a kernel component");
      set.name = args[1]!;
      return;
    }
    case "swap": {
      need(2);
      noMore(2);
      const a = findSet(s, args[0]!);
      const b = sets(s).find((x) => x.name === args[1]);
      if (!b) throw runtime("Sets cannot be swapped: the second set does not exist");
      if (a.type !== b.type || (a.family ?? "inet") !== (b.family ?? "inet")) throw runtime("The sets cannot be swapped: their type does not match");
      // The set objects trade places and names: rules keep the name, and see the other contents.
      const all = sets(s);
      const ia = all.indexOf(a);
      const ib = all.indexOf(b);
      const nameA = a.name;
      a.name = b.name;
      b.name = nameA;
      all[ia] = b;
      all[ib] = a;
      return;
    }
    case "help": {
      if (args.length === 0) {
        s.out.push(IPSET_HELP_BASE + IPSET_HELP_TYPES_LIST);
        return;
      }
      const text = IPSET_TYPE_HELP[args[0]!];
      if (text === undefined) {
        s.out.push(IPSET_HELP_BASE.slice(0, -1));
        throw usage(`Unknown settype: \`${args[0]}'`);
      }
      s.out.push(IPSET_HELP_BASE + text);
      return;
    }
    case "version":
      s.out.push("ipset v7.17, protocol version: 7\n");
      return;
    case "quit":
      return;
    case "restore":
      restore(s);
      return;
  }
}

/** Splits argv into the command, its arguments and the global options. */
function parseArgv(words: readonly string[], o: Options, allowNone: boolean): { cmd?: Cmd; args: string[] } {
  let cmd: Cmd | undefined;
  const args: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i]!;
    if (w.startsWith("-") && w.length > 1) {
      const used = globalOption(w, words[i + 1], o);
      if (used > 0) {
        i += used - 1;
        continue;
      }
      if (cmd === undefined) {
        const c = commandOf(w);
        if (c && /^-[A-Z]$/.test(w)) {
          cmd = c;
          continue;
        }
        if (w === "-v" || w === "-version" || w === "--version") {
          cmd = "version";
          continue;
        }
        if (w === "-h" || w === "-help" || w === "--help") {
          cmd = "help";
          continue;
        }
      }
      if (cmd !== undefined) {
        args.push(w);
        continue;
      }
      throw usage(`No command specified: unknown argument ${w}`);
    }
    if (cmd === undefined) {
      cmd = commandOf(w);
      if (!cmd) throw usage(`No command specified: unknown argument ${w}`);
      continue;
    }
    args.push(w);
  }
  if (cmd === undefined && !allowNone) throw usage("No command specified.");
  return { cmd, args };
}

/** `ipset restore`: line by line; adds and dels go to the kernel in batches, flushed by any other command. */
function restore(s: Session): void {
  let text: string;
  if (s.o.file !== undefined) {
    try {
      text = s.ctx.fs.readFile(s.o.file);
    } catch {
      throw runtime(`Cannot open ${s.o.file} for reading: No such file or directory`);
    }
  } else text = s.ctx.stdin;
  const lines = text.split("\n");
  if (lines[lines.length - 1] === "") lines.pop();
  interface Pending {
    line: number;
    cmd: Cmd;
    args: string[];
    exist: boolean;
  }
  let pending: Pending[] = [];
  // A batch runs on a copy of the sets: a usage error drops it, a kernel error keeps what went before.
  const flush = (): void => {
    for (const p of pending) {
      const o = { ...s.o, exist: p.exist };
      try {
        execute({ ...s, o }, p.cmd, p.args);
      } catch (e) {
        pending = [];
        if (e instanceof IpsetExit && !e.usage) throw new IpsetExit(`Error in line ${p.line}: ${e.message}`, e.code);
        throw e;
      }
    }
    pending = [];
  };
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!;
    const trimmed = raw.trim();
    if (trimmed === "" || trimmed.startsWith("#")) continue;
    const words = splitRestoreLine(trimmed);
    const o: Options = { ...s.o };
    const { cmd, args } = parseArgv(words, o, false);
    if (cmd === "restore") throw usage("Restore command is not supported in restore mode");
    if (cmd === "add" || cmd === "del") {
      // Syntax is checked now, the kernel's answer when the batch goes.
      if (args.length < 2) throw usage(`Missing ${args.length === 1 ? "second " : ""}mandatory argument to command ${cmd}`);
      const set = sets(s).find((x) => x.name === args[0]);
      if (set) {
        const opts = parseEntryOptions(set, args.slice(2), cmd);
        if (isIpsetFailure(opts)) throw opts.usage ? usage(opts.error) : runtime(`Error in line ${n + 1}: ${opts.error}`);
        const elems = parseEntry(set, args[1]!, s.names, sets(s), false);
        if (isIpsetFailure(elems)) throw elems.usage ? usage(elems.error) : runtime(`Error in line ${n + 1}: ${elems.error}`);
      }
      pending.push({ line: n + 1, cmd, args, exist: o.exist });
      continue;
    }
    flush();
    try {
      execute({ ...s, o }, cmd!, args);
    } catch (e) {
      if (e instanceof IpsetExit && !e.usage) throw new IpsetExit(`Error in line ${n + 1}: ${e.message}`, e.code);
      throw e;
    }
  }
  flush();
}

export function runIpset(ctx: CommandContext): CommandResult {
  const o: Options = { exist: false, quiet: false, names: false, terse: false, sorted: false };
  const s: Session = { ctx, state: ctx.ns.netfilter, names: labNames(ctx), o, out: [], err: [] };
  // Every command checks before it changes a set; only ranges and restore batches stop half way, as in the kernel.
  let cmd: Cmd | undefined;
  try {
    const parsed = parseArgv(ctx.argv.slice(1), o, false);
    cmd = parsed.cmd;
    execute(s, cmd!, parsed.args);
    return { stdout: s.out.join(""), stderr: s.err.join(""), exitCode: 0 };
  } catch (e) {
    if (!(e instanceof IpsetExit)) throw e;
    if (o.quiet) return { stdout: s.out.join(""), stderr: "", exitCode: e.code };
    const plain = e.message.endsWith(".") && e.message.includes(" is NOT in set ");
    const text = plain ? `${e.message}\n` : `${PREFIX}${e.message}\n${e.usage ? TRY : ""}`;
    return { stdout: s.out.join(""), stderr: s.err.join("") + text, exitCode: e.code };
  }
}

export const ipsetCommand: LabCommand = {
  name: "ipset",
  summary: "administer the kernel's IP sets (used by iptables -m set and -j SET)",
  run: runIpset,
};
