/**
 * `iptables-restore` (and -nft-restore, -legacy-restore): a file of tables,
 * each `*table`, `:CHAIN POLICY [p:b]` lines and rule commands, applied at
 * its COMMIT as one unit: a table that fails changes nothing (tables
 * committed before it stay). iptables-nft queues the commands and runs them
 * at COMMIT (xtables-restore.c, nft_prepare); legacy runs each line at once
 * on its copy of the table (iptables-restore.c, libiptc).
 */
import type { CommandContext, CommandResult, LabCommand } from "../types.js";
import { isBuiltinChain, isTableName, listingOrder, newTable } from "../../netfilter/tables.js";
import type { Backend, Rule, Table, TableName } from "../../netfilter/types.js";
import type { NameDb } from "../../netfilter/extension.js";
import { nameDbFromFiles } from "../../netfilter/names.js";
import { rememberReferences } from "../../netfilter/references.js";
import { validateTable, type ValidationError } from "../../netfilter/validate.js";
import { IptError, paramProblem, programVersion, xtablesError, type ErrorContext } from "./errors.js";
import { execute, outputText, type ExecEnv } from "./execute.js";
import { backendOf, ipsetLookup, labNames, tableSetOf } from "./iptables.js";
import { strerror } from "./messages.js";
import { chainNameProblem, parseCommand, type ParsedCommand } from "./parse.js";
import { fastParse, FastParser } from "./fast-parse.js";
import { lineWordsArray, ruleCounters, splitCommonLine, splitRestoreLine } from "./restore-tokens.js";
import { baseName, simpleGetopt } from "./simple-getopt.js";
import { TableStore } from "./table-store.js";
import { keepShape, objectArray } from "../../keep-shape.js";
import { IntList } from "../../netfilter/int-list.js";

const PROG = "iptables-restore";

/** An error context at a line: made per restore and per chain line, always here, so that the one kept below has their layout. */
function errorAt(backend: Backend, line: number): { prog: string; backend: Backend; line: number } {
  return { prog: PROG, backend, line };
}

// The error contexts' layout, kept (keep-shape.ts).
keepShape(errorAt("nf_tables", 0));

const LONGS = [
  { name: "counters", arg: "none", key: "c" }, { name: "verbose", arg: "none", key: "v" }, { name: "version", arg: "none", key: "V" },
  { name: "test", arg: "none", key: "t" }, { name: "help", arg: "none", key: "h" }, { name: "noflush", arg: "none", key: "n" },
  { name: "modprobe", arg: "required", key: "M" }, { name: "table", arg: "required", key: "T" }, { name: "ipv4", arg: "none", key: "4" },
  { name: "ipv6", arg: "none", key: "6" }, { name: "wait", arg: "next", key: "w" }, { name: "wait-interval", arg: "next", key: "W" },
] as const;

const USAGE =
  `Usage: ${PROG} [-c] [-v] [-V] [-t] [-h] [-n] [-T table] [-M command] [-4] [-6] [file]\n` +
  "\t   [ --counters ]\n\t   [ --verbose ]\n\t   [ --version]\n\t   [ --test ]\n\t   [ --help ]\n\t   [ --noflush ]\n" +
  "\t   [ --table=<TABLE> ]\n\t   [ --modprobe=<command> ]\n\t   [ --ipv4 ]\n\t   [ --ipv6 ]\n";

interface RestoreOptions {
  counters: boolean;
  verbose: number;
  testing: boolean;
  noflush: boolean;
  table?: string;
}

/** The options before the command line's (one place, so that the example kept below has their layout). */
function defaultOptions(): RestoreOptions {
  return { counters: false, verbose: 0, testing: false, noflush: false };
}

/** Ends the run: what was printed so far, and the status. */
class Stop {
  constructor(readonly stderr: string, readonly exitCode: number) {}
}

export function runIptablesRestore(ctx: CommandContext, forced?: Backend): CommandResult {
  const backend = forced ?? backendOf(baseName(ctx.argv[0] ?? PROG), ctx);
  const parsed = parseOptions(ctx.argv, backend);
  if ("result" in parsed) return parsed.result;
  const { options, file, stderr: optWarnings } = parsed;
  let input: string;
  if (file !== undefined) {
    try {
      input = ctx.fs.readFile(file);
    } catch (e) {
      const m = /^E[A-Z]+: ([^,]+)/.exec((e as Error).message);
      const why = m ? m[1]!.replace(/^./, (c) => c.toUpperCase()) : "No such file or directory";
      return { stdout: "", stderr: `${optWarnings}Can't open ${file}: ${why}\n`, exitCode: 1 };
    }
  } else {
    input = ctx.stdin;
  }
  const store = new TableStore(tableSetOf(ctx, backend), backend);
  const r = new RestoreRun(ctx, backend, options, store);
  try {
    restoreText(input, r);
    return { stdout: r.out.join(""), stderr: optWarnings + r.errOut.join(""), exitCode: 0 };
  } catch (e) {
    store.abort();
    if (e instanceof Stop || e instanceof IptError) return { stdout: r.out.join(""), stderr: optWarnings + r.errOut.join("") + e.stderr, exitCode: e.exitCode };
    throw e;
  }
}

function parseOptions(argv: readonly string[], backend: Backend): { options: RestoreOptions; file?: string; stderr: string } | { result: CommandResult } {
  const r = simpleGetopt(PROG, argv, "bcvVthnM:T:wW", LONGS, ["w", "W"]);
  if (!r.ok) return { result: { stdout: "", stderr: `${r.error}Try \`${PROG} -h' for more information.\n`, exitCode: 1 } };
  const options = defaultOptions();
  const operands = [...r.operands];
  let stderr = "";
  let wait = false;
  let waitInterval = false;
  for (const o of r.options) {
    switch (o.key) {
      case "b": stderr += "-b/--binary option is not implemented\n"; break;
      case "c": options.counters = true; break;
      case "v": options.verbose++; break;
      case "V": {
        // iptables-nft-restore prints its own name here (and "iptables-restore" in every message).
        const name = backend === "nf_tables" ? baseName(argv[0] ?? PROG) : PROG;
        return { result: { stdout: `${name} v${programVersion(backend)}\n`, stderr, exitCode: 0 } };
      }
      case "t": options.testing = true; break;
      case "h": return { result: { stdout: "", stderr: stderr + USAGE, exitCode: 0 } };
      case "n": options.noflush = true; break;
      case "T": options.table = o.arg; break;
      case "w":
      case "W": {
        // iptables-nft-restore ignores both (a following number is theirs); legacy waits for the lock.
        if (backend === "legacy") {
          if (o.key === "w") wait = true;
          else {
            waitInterval = true;
            stderr += "Ignoring deprecated --wait-interval option.\n";
          }
        }
        break;
      }
    }
  }
  if (operands.length > 1) return { result: { stdout: "", stderr: stderr + "Unknown arguments found on commandline\n", exitCode: 1 } };
  if (backend === "legacy" && waitInterval && !wait) return { result: { stdout: "", stderr: stderr + "Option --wait-interval requires option --wait\n", exitCode: 1 } };
  return { options, file: operands[0], stderr };
}

/** One run of iptables-restore: what it reads and changes, and what it prints. */
class RestoreRun {
  readonly out: string[] = [];
  /** Warnings printed to stderr as the lines go by. */
  readonly errOut: string[] = [];

  constructor(
    readonly ctx: CommandContext,
    readonly backend: Backend,
    readonly options: RestoreOptions,
    readonly store: TableStore,
  ) {}
}

/**
 * What the rule lines of one restore share: the error contexts whose line
 * each line sets, the parsers' options, the fast parser, and the array a
 * line's words are written into. A class with one object kept (below), like
 * RestoreRun: V8 keeps the layouts of these objects, and the line loop's
 * code built for them, when a full collection takes the last restore's.
 */
class RuleLines {
  /** The command that runs; errors copy it into their text at once. */
  readonly runErr: { prog: string; backend: Backend; line: number };
  readonly env: ExecEnv;
  /** The line being parsed, and the warnings its parse printed. */
  readonly lineErr: { prog: string; backend: Backend; line: number };
  readonly warnings = { text: "" };
  readonly parseOpts: { backend: Backend; names: NameDb; err: ErrorContext; restore: true; table: string; warnings: { text: string }; ipsetExists: (name: string) => boolean };
  readonly fastOpts: { backend: Backend; names: NameDb; table: TableName; ipsetExists: (name: string) => boolean };
  readonly fastParser = new FastParser();
  /** Each line's words (the parsers copy what they keep). */
  readonly words = lineWordsArray();

  constructor(backend: Backend, names: NameDb, store: TableStore, added: AddedRules, lenientJumps: boolean, ipsetExists: (name: string) => boolean) {
    this.runErr = errorAt(backend, 0);
    this.env = { store, backend, names, err: this.runErr, prog: PROG, deferValidation: true, added, lenientJumps };
    this.lineErr = errorAt(backend, 0);
    this.parseOpts = { backend, names, err: this.lineErr, restore: true, table: "filter", warnings: this.warnings, ipsetExists };
    this.fastOpts = { backend, names, table: "filter", ipsetExists };
  }
}

function restoreText(input: string, r: RestoreRun): void {
  const { backend, options, store } = r;
  const names = labNames(r.ctx);
  let inTable = false;
  let curtable: string | undefined;
  const errAt = (line: number): ErrorContext => errorAt(backend, line);
  const added = new AddedRules();
  // --test never reaches the kernel: iptables-nft takes a jump to a chain it has not seen.
  const lines = new RuleLines(backend, names, store, added, options.testing && backend === "nf_tables", ipsetLookup(r.ctx));
  const { runErr, env, lineErr, warnings: sink, parseOpts, fastOpts, fastParser, words: lineWords } = lines;
  const run = (p: ParsedCommand, line: number): void => {
    added.line = line;
    runErr.line = line;
    const text = outputText(execute(p, env));
    if (text) r.out.push(text);
  };

  /** An IptError from a command, as iptables-restore reports it for this backend. */
  const report = (e: unknown, cmdLine: number, currentLine: number): never => {
    if (!(e instanceof IptError)) throw e;
    r.out.push(e.stdout);
    const d = e.detail;
    if (d?.type === "xtables") throw new Stop(xtablesError(errAt(currentLine), d.failure).stderr, e.exitCode);
    if (d?.type === "batch") throw new Stop(`${PROG} v${programVersion(backend)}: \nline ${cmdLine}: ${e.stderr.replace(/^[^:]*:\s+/, "")}`, 4);
    if (d?.type === "front") {
      const tail = backend === "nf_tables" ? `: ${d.message}.` : "";
      throw new Stop(`${PROG}: line ${cmdLine} failed${tail}\n`, 1);
    }
    throw new Stop(e.stderr, e.exitCode);
  };

  const deferred = new Deferred();

  let pos = 0;
  let lineNo = 0;
  while (pos < input.length) {
    const nl = input.indexOf("\n", pos);
    const end = nl < 0 ? input.length : nl;
    const raw = input.slice(pos, end);
    pos = end + 1;
    lineNo++;
    let ok = false;
    const first = raw.charCodeAt(0);
    if (raw.length === 0) continue;
    if (first === 35 /* # */) {
      if (options.verbose) r.out.push(nl < 0 ? raw : `${raw}\n`);
      continue;
    }
    if (inTable && raw === "COMMIT") {
      const pending = deferred.pending;
      if (pending) report(pending.error, pending.line, lineNo);
      commitTable(r, curtable as TableName, lineNo, added);
      added.clear();
      inTable = false;
      ok = true;
    } else if (first === 42 /* * */ && !inTable) {
      const table = raw.slice(1).split(/[ \t]/).filter(Boolean)[0];
      if (table === undefined) paramProblem(errAt(lineNo), `${PROG}: line ${lineNo} table name invalid`);
      if (!isTableName(table!)) {
        paramProblem(errAt(lineNo), backend === "nf_tables" ? `${PROG}: line ${lineNo} table name '${table}' invalid` : `${PROG}: unable to initialize table '${table}'`);
      }
      curtable = table!;
      fastOpts.table = table as TableName;
      if (options.table !== undefined && options.table !== table) continue;
      store.touch(table as TableName);
      if (!options.noflush && options.verbose) r.out.push(flushMessages(store.read(table as TableName)));
      if (!options.noflush) flushTable(store, table as TableName, backend);
      else store.write(table as TableName);
      inTable = true;
      ok = true;
    } else if (first === 58 /* : */ && inTable) {
      chainLine(r, raw, lineNo, curtable as TableName, deferred, lineWords);
      ok = true;
    } else if (inTable) {
      let rest = raw;
      let counters: { pcnt: string; bcnt: string } | undefined;
      if (first === 91 /* [ */) {
        const found = ruleCounters(raw, lineNo);
        if (found && "error" in found) paramProblem(errAt(lineNo), found.error);
        if (found) {
          rest = found.rest;
          counters = found;
        }
      }
      let words = lineWords;
      let count = splitCommonLine(rest, lineWords);
      if (count < 0) {
        words = splitRestoreLine(rest, nl >= 0);
        count = words.length;
      }
      sink.text = "";
      lineErr.line = lineNo;
      parseOpts.table = curtable!;
      // Plain "-A ..." lines take the fast lane when nothing is put before the words (-v, --set-counters).
      const verbose = options.noflush ? 0 : options.verbose;
      let p: ParsedCommand | undefined = verbose === 0 && !options.counters ? fastParse(words, count, fastOpts, fastParser) : undefined;
      if (!p) {
        const argv = [PROG, "-t", curtable!];
        for (let v = 0; v < verbose; v++) argv.push("-v");
        if (counters && options.counters) argv.push("--set-counters", counters.pcnt, counters.bcnt);
        for (let k = 0; k < count; k++) argv.push(words[k]!);
        try {
          p = parseCommand(argv, parseOpts);
        } catch (e) {
          if (e instanceof IptError) throw new Stop(sink.text + e.stderr, e.exitCode);
          throw e;
        }
      }
      if (sink.text) r.errOut.push(sink.text);
      if (backend === "nf_tables") {
        if (!deferred.pending) {
          try {
            run(p, lineNo);
          } catch (error) {
            deferred.pending = { line: lineNo, error };
          }
        }
      } else {
        try {
          run(p, lineNo);
        } catch (e) {
          report(e, lineNo, lineNo);
        }
      }
      ok = true;
    }
    if (options.table !== undefined && curtable !== undefined && curtable !== options.table) continue;
    if (!ok) throw new Stop(`${PROG}: line ${lineNo} failed\n`, 1);
  }
  if (inTable) throw new Stop(`${PROG}: COMMIT expected at line ${lineNo + 1}\n`, 1);
}

/**
 * iptables-nft runs a table's commands at COMMIT, in order, and reports the
 * first failure then. Running them at once on the staged copy is the same,
 * provided a failure is kept until COMMIT (later lines are still parsed, and
 * may fail first). A class, not closures made per restore: V8 would inline
 * each restore's closures into the line loop's code and throw that code away
 * with them (keep-shape.ts).
 */
class Deferred {
  pending: { line: number; error: unknown } | undefined = undefined;

  /** Runs an operation now, or keeps its failure for COMMIT. */
  run(line: number, op: () => void): void {
    if (this.pending) return;
    try {
      op();
    } catch (error) {
      this.pending = { line, error };
    }
  }

  /** `run` for the commonest deferred operation, a user chain line (no closure per line). */
  chain(line: number, store: TableStore, table: TableName, chain: string): void {
    if (this.pending) return;
    try {
      restoreChain(store, table, chain);
    } catch (error) {
      this.pending = { line, error };
    }
  }
}

keepShape(new Deferred());

/** Which line added which rule, for the nf_tables batch errors at COMMIT (looked up only then). */
class AddedRules {
  /** The line of the command running now. */
  line = 0;
  private rules = objectArray<Rule>();
  private lines = new IntList();

  add(rules: readonly Rule[]): void {
    for (const rule of rules) {
      this.rules.push(rule);
      this.lines.push(this.line);
    }
  }

  lineOf(): Map<Rule, number> {
    const lines = this.lines.values();
    return new Map(this.rules.map((rule, i) => [rule, lines[i]!]));
  }

  clear(): void {
    this.rules = objectArray();
    this.lines = new IntList();
  }
}

keepShape(new AddedRules());

// One restore's objects, kept so that V8 keeps their layouts and the line loop's optimized code
// after a full collection has taken the last restore's (keep-shape.ts).
keepShape(new RestoreRun(undefined as unknown as CommandContext, "nf_tables", defaultOptions(), new TableStore({}, "nf_tables")));
keepShape(new RuleLines("nf_tables", nameDbFromFiles(() => undefined), new TableStore({}, "nf_tables"), new AddedRules(), false, () => false));

/** `:CHAIN POLICY [packets:bytes]`. */
function chainLine(r: RestoreRun, raw: string, lineNo: number, table: TableName, deferred: Deferred, lineWords: string[]): void {
  const { backend, options, store } = r;
  const err: ErrorContext = errorAt(backend, lineNo);
  const count = chainLineWords(raw, lineWords);
  const words = lineWords;
  const chain = count > 0 ? words[0] : undefined;
  if (chain === undefined) paramProblem(err, `${PROG}: line ${lineNo} chain name invalid`);
  if (backend === "nf_tables") {
    const problem = chainNameProblem(chain!);
    if (problem !== undefined) paramProblem(err, problem);
    const policy = count > 1 ? words[1] : undefined;
    if (policy === undefined) paramProblem(err, `${PROG}: line ${lineNo} policy invalid`);
    if (isBuiltinChain(table, chain!)) {
      const counters = options.counters ? policyCounters(count > 2 ? words[2] : undefined, chain!, err) : undefined;
      deferred.run(lineNo, () => setPolicy(store, table, chain!, policy!, counters, backend));
    } else {
      deferred.chain(lineNo, store, table, chain!);
    }
    return;
  }
  if (chain!.length >= 29) paramProblem(err, `Invalid chain name \`${chain}' (28 chars max)`);
  const e = store.editor(table);
  if (!isBuiltinChain(table, chain!)) {
    if (options.noflush && e.chain(chain!)) e.flush(chain!);
    else if (e.newChain(chain!)) paramProblem(err, `error creating chain '${chain}':File exists`);
  }
  const policy = count > 1 ? words[1] : undefined;
  if (policy === undefined) paramProblem(err, `${PROG}: line ${lineNo} policy invalid`);
  if (policy !== "-") {
    const counters = options.counters ? policyCounters(count > 2 ? words[2] : undefined, chain!, err) : { packets: 0, bytes: 0 };
    const c = e.chain(chain!);
    const why = !c || c.policy === undefined ? "Bad built-in chain name" : policy !== "ACCEPT" && policy !== "DROP" ? "Bad policy name" : undefined;
    if (why) throw new Stop(`${PROG} v${programVersion(backend)}: Can't set policy \`${policy}' on \`${chain}' line ${lineNo}: ${why}\n`, 1);
    e.setPolicy(chain!, policy as "ACCEPT", counters);
  }
}

/** The words after the colon of `:CHAIN POLICY [p:b]`, split at spaces and tabs (up to the three used), written into `words`; how many. */
function chainLineWords(raw: string, words: string[]): number {
  let count = 0;
  let i = 1;
  while (i < raw.length && count < 3) {
    const c = raw.charCodeAt(i);
    if (c === 32 || c === 9) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < raw.length && raw.charCodeAt(j) !== 32 && raw.charCodeAt(j) !== 9) j++;
    words[count++] = raw.slice(i, j);
    i = j;
  }
  return count;
}

/** What -v prints as a table is cleaned (flush_entries, delete_chain with verbose). */
function flushMessages(table: Table): string {
  const chains = listingOrder(table);
  return chains.map((c) => `Flushing chain \`${c.name}'\n`).join("") + chains.filter((c) => c.policy === undefined).map((c) => `Deleting chain \`${c.name}'\n`).join("");
}

function policyCounters(word: string | undefined, chain: string, err: ErrorContext): { packets: number; bytes: number } {
  const m = word ? /^\[(\d+):(\d+)\]/.exec(word) : null;
  if (!m) return paramProblem(err, `invalid policy counters for chain '${chain}'`);
  return { packets: Number(m[1]), bytes: Number(m[2]) };
}

/** Without --noflush: nft deletes the whole table (policies back to ACCEPT); legacy flushes rules and deletes user chains. */
function flushTable(store: TableStore, table: TableName, backend: Backend): void {
  if (backend === "nf_tables") {
    store.replace(table, newTable(table));
    return;
  }
  const t = store.write(table);
  const kept = t.chains.filter((c) => c.policy !== undefined);
  for (const c of kept) c.rules = [];
  store.replace(table, { chains: kept });
}

function setPolicy(store: TableStore, table: TableName, chain: string, policy: string, counters: { packets: number; bytes: number } | undefined, backend: Backend): void {
  const e = store.editor(table);
  if (policy !== "ACCEPT" && policy !== "DROP") throw new IptError("", 1, "", { type: "front", message: "Bad policy name", errno: "EINVAL" });
  e.setPolicy(chain, policy, backend === "nf_tables" ? counters : counters);
}

/** nft_chain_restore: create the user chain, or flush it when it exists. */
function restoreChain(store: TableStore, table: TableName, chain: string): void {
  const e = store.editor(table);
  if (e.newChain(chain) === "EEXIST") e.flush(chain);
}

function commitTable(
  r: RestoreRun, table: TableName, lineNo: number,
  added: AddedRules,
): void {
  const { backend, store } = r;
  if (r.options.testing) {
    // Nothing goes to the kernel, so nothing the kernel would refuse is found.
    store.abort();
    return;
  }
  const editor = store.editor(table);
  const staged = editor.table;
  const references = new Int32Array(staged.chains.length);
  const problem = validateTable(staged, table, backend, undefined, references, editor.journal);
  if (problem) {
    if (backend === "legacy") throw new Stop(`${PROG}: line ${lineNo} failed\n`, 1);
    const errno = problem.errno === "EJUMPBUILTIN" ? "EOPNOTSUPP" : problem.errno === "ELOOP" ? "EMLINK" : problem.moduleErrno ?? "EINVAL";
    const blame = culprit(staged, problem, added.lineOf()) ?? { line: lineNo, chain: problem.chain };
    throw new Stop(`${PROG} v${programVersion(backend)}: \nline ${blame.line}: RULE_APPEND failed (${strerror(errno)}): rule in chain ${blame.chain}\n`, 4);
  }
  // A -L of the table reads them instead of resolving every jump again.
  rememberReferences(staged, references);
  store.commit();
}

/**
 * The batch object the kernel blames: the last-added of the refused rule and
 * the jumps that lead to its chain (nf_tables validates a chain when a jump
 * to it is added).
 */
function culprit(table: Table, problem: ValidationError, lineOf: ReadonlyMap<Rule, number>): { line: number; chain: string } | undefined {
  const byName = new Map(table.chains.map((c) => [c.name, c]));
  const reaching = new Set<string>([problem.chain]);
  for (let grew = true; grew; ) {
    grew = false;
    for (const c of table.chains) {
      if (reaching.has(c.name)) continue;
      if (c.rules.some((r) => (r.target?.kind === "jump" || r.target?.kind === "goto") && reaching.has(r.target.chain))) {
        reaching.add(c.name);
        grew = true;
      }
    }
  }
  let best: { line: number; chain: string } | undefined;
  const consider = (rule: Rule | undefined, chain: string) => {
    const line = rule ? lineOf.get(rule) : undefined;
    if (line !== undefined && (!best || line > best.line)) best = { line, chain };
  };
  consider(byName.get(problem.chain)?.rules[problem.rule], problem.chain);
  for (const c of table.chains) {
    for (const r of c.rules) {
      if ((r.target?.kind === "jump" || r.target?.kind === "goto") && reaching.has(r.target.chain)) consider(r, c.name);
    }
  }
  return best;
}

export const iptablesRestoreCommand: LabCommand = {
  name: "iptables-restore",
  aliases: ["iptables-nft-restore", "iptables-legacy-restore"],
  summary: "load iptables rules from a file or stdin, one table at a time",
  run: (ctx) => runIptablesRestore(ctx),
  interleavesOutput: true,
};
