/**
 * Runs one parsed iptables command against a TableStore (do_commandx /
 * do_command4): the rule commands, the chain commands and the listings,
 * each failing with its backend's message. Returns what goes to stdout.
 */
import type { NameDb } from "../../netfilter/extension.js";
import { listRule, saveRuleBody, type ListFormat } from "../../netfilter/format.js";
import type { OpError } from "../../netfilter/ops.js";
import { isTableName, listingOrder } from "../../netfilter/tables.js";
import type { Backend, Rule, Table, TableName } from "../../netfilter/types.js";
import { reachableFrom, validateTable } from "../../netfilter/validate.js";
import { IptError, xtablesError, type ErrorContext } from "./errors.js";
import { listRules, listTable } from "./listing.js";
import { legacyCommitFailure, nftBatchFailure, opFailure, type Operation } from "./messages.js";
import { CMD, OPT, type ParsedCommand } from "./parse.js";
import { buildRules, resolveTarget } from "./rule-build.js";
import type { TableStore } from "./table-store.js";
import { nameDbFromFiles } from "../../netfilter/names.js";
import { keepShape } from "../../keep-shape.js";

export interface ExecEnv {
  readonly store: TableStore;
  readonly backend: Backend;
  readonly names: NameDb;
  readonly err: ErrorContext;
  /** The program name front ends print errors with ("iptables"). */
  readonly prog: string;
  /** Told about every rule a command adds (iptables-restore maps rules to their lines). */
  readonly added?: { add(rules: readonly Rule[]): void };
  /** iptables-restore checks the table once, at COMMIT. */
  readonly deferValidation?: boolean;
  /** A jump to a chain that does not exist is taken as it is (iptables-nft-restore --test). */
  readonly lenientJumps?: boolean;
}

const RULE_OBJECT: Partial<Record<number, string>> = { [CMD.APPEND]: "RULE_APPEND", [CMD.INSERT]: "RULE_INSERT", [CMD.REPLACE]: "RULE_REPLACE" };

export function checkTableName(p: ParsedCommand, env: ExecEnv): TableName {
  if (isTableName(p.table)) return p.table;
  if (env.backend === "nf_tables") throw xtablesError(env.err, { error: `table '${p.table}' does not exist`, kind: "version" });
  throw xtablesError(env.err, { error: `can't initialize iptables table \`${p.table}': Table does not exist (do you need to insmod?)`, kind: "version" });
}

/** What a command prints: text, or a long listing in parts (joined only by a reader that needs it whole). */
export type ExecOutput = string | readonly string[];

export function outputText(output: ExecOutput): string {
  return typeof output === "string" ? output : output.join("");
}

/** How -L prints for these options (-n, -x, --line-numbers) and -v. */
function listFormat(backend: Backend, names: NameDb, options: number, verbose: boolean): ListFormat {
  return {
    backend, names, numeric: (options & OPT.NUMERIC) !== 0, verbose,
    exact: (options & OPT.EXPANDED) !== 0, lineNumbers: (options & OPT.LINENUMBERS) !== 0,
  };
}

/**
 * The listing options' layout, kept (keep-shape.ts): the listing's code is
 * built for it, and would be thrown away with it at a full collection
 * between two listings.
 */
keepShape(listFormat("nf_tables", nameDbFromFiles(() => undefined), 0, false));

export function execute(p: ParsedCommand, env: ExecEnv): ExecOutput {
  const tableName = checkTableName(p, env);
  env.store.touch(tableName);
  // Before the closures below are made: iptables-restore runs 100,000 of these.
  if (p.command === CMD.APPEND) return ruleCommand(p, tableName, env);
  const fail = (op: Operation, errno: OpError): never => {
    throw opFailure(env.backend, op, errno, env.prog);
  };
  const fmt = (verbose: boolean): ListFormat => listFormat(env.backend, env.names, p.options, verbose);
  const verbose = (p.options & OPT.VERBOSE) !== 0;
  const out: string[] = [];
  const chain = p.chain;

  switch (p.command) {
    case CMD.APPEND:
    case CMD.INSERT:
    case CMD.REPLACE:
    case CMD.DELETE:
    case CMD.CHECK:
      return ruleCommand(p, tableName, env);
    case CMD.DELETE_NUM: {
      if (!env.store.chain(tableName, chain!)) fail("delete_num", "ENOENT");
      const e = env.store.editor(tableName);
      const r = e.deleteNum(chain!, p.rulenum - 1);
      if (r) fail("delete_num", r);
      return "";
    }
    case CMD.FLUSH:
    case CMD.ZERO: {
      const isFlush = p.command === CMD.FLUSH;
      const table = env.store.read(tableName);
      const chains = chain === undefined ? listingOrder(table).map((c) => c.name) : [chain];
      if (chain !== undefined && !env.store.chain(tableName, chain)) fail(isFlush ? "flush" : "zero", "ENOENT");
      if (verbose) for (const c of chains) out.push(`${isFlush ? "Flushing" : "Zeroing"} chain \`${c}'\n`);
      if (env.backend === "nf_tables" && !env.store.exists(tableName)) return out.join("");
      const e = env.store.editor(tableName);
      if (isFlush) e.flush(chain);
      else e.zero(chain);
      return out.join("");
    }
    case CMD.ZERO_NUM: {
      const c = env.store.chain(tableName, chain!);
      if (!c) return fail("zero_num", "ENOENT");
      const pos = p.rulenum - 1;
      if (pos >= c.rules.length) {
        if (env.backend === "legacy") fail("zero_num", "E2BIG");
        return "";
      }
      env.store.editor(tableName).zeroRule(chain!, pos);
      return "";
    }
    case CMD.NEW_CHAIN: {
      const r = env.store.editor(tableName).newChain(chain!);
      if (r) fail("new_chain", r);
      return "";
    }
    case CMD.DELETE_CHAIN:
      return deleteChains(p, tableName, env, verbose);
    case CMD.RENAME_CHAIN: {
      const from = env.store.chain(tableName, chain!);
      if (!from || (from.policy !== undefined && env.backend === "legacy")) fail("rename", "ENOENT");
      if (from!.policy !== undefined) fail("rename", "ENOENT");
      const r = env.store.editor(tableName).rename(chain!, p.newname!);
      if (r) fail("rename", r);
      return "";
    }
    case CMD.SET_POLICY: {
      const c = env.store.chain(tableName, chain!);
      if (!c || c.policy === undefined) fail("policy", "ENOENT");
      if (p.policy !== "ACCEPT" && p.policy !== "DROP") fail("policy", "EINVAL");
      const counters = env.backend === "legacy" && p.options & OPT.COUNTERS ? p.counters : undefined;
      env.store.editor(tableName).setPolicy(chain!, p.policy as "ACCEPT", counters);
      return "";
    }
    default:
      return listCommand(p, tableName, env, fmt);
  }
}

function listCommand(p: ParsedCommand, tableName: TableName, env: ExecEnv, fmt: (v: boolean) => ListFormat): ExecOutput {
  const list = (p.command & CMD.LIST) !== 0;
  const rules = (p.command & CMD.LIST_RULES) !== 0;
  if (!list && !rules) throw new IptError(`Try \`${env.err.prog} -h' or '${env.err.prog} --help' for more information.\n`, 2);
  const table = env.store.read(tableName);
  const verbose = (p.options & OPT.VERBOSE) !== 0;
  const text = list
    ? listTable(table, p.chain, p.rulenum, fmt(verbose))
    : listRules(table, p.chain, p.rulenum, verbose, { backend: env.backend, names: env.names });
  if (text === undefined) {
    if (env.backend === "nf_tables") {
      throw xtablesError(env.err, { error: `chain \`${p.chain}' in table \`${tableName}' is incompatible, use 'nft' tool.`, kind: "other" });
    }
    throw opFailure(env.backend, "list", "ENOENT", env.prog);
  }
  if (p.command & (CMD.ZERO | CMD.ZERO_NUM)) {
    const zero = { ...p, command: p.command & CMD.ZERO ? CMD.ZERO : CMD.ZERO_NUM };
    return outputText(text) + outputText(execute(zero, env));
  }
  return text;
}

function deleteChains(p: ParsedCommand, tableName: TableName, env: ExecEnv, verbose: boolean): string {
  const table = env.store.read(tableName);
  const names = p.chain === undefined ? listingOrder(table).filter((c) => c.policy === undefined).map((c) => c.name) : [p.chain];
  const out: string[] = [];
  if (p.chain === undefined && names.length === 0) return "";
  if (env.backend === "nf_tables" && !env.store.exists(tableName) && p.chain === undefined) return "";
  const e = env.store.editor(tableName);
  // A chain deleted here is empty: deleting it changes no other chain's count.
  const references = e.referenceCounts();
  for (const name of names) {
    if (verbose) out.push(`Deleting chain \`${name}'\n`);
    const c = e.chain(name);
    if (!c) throw opFailure(env.backend, "delete_chain", "ENOENT", env.prog);
    if (env.backend === "nf_tables") {
      if (c.policy !== undefined && c.rules.length === 0) throw opFailure(env.backend, "delete_chain", "ENOENT", env.prog);
      if (c.policy !== undefined || c.rules.length > 0 || references(name) > 0) {
        throw withStdout(nftBatchFailure(env.prog, "CHAIN_DEL", "EBUSY", `chain ${name}`), out);
      }
    } else {
      if (c.policy !== undefined) throw withStdout(opFailure(env.backend, "delete_chain", "EINVAL", env.prog), out);
      if (references(name) > 0) throw withStdout(opFailure(env.backend, "delete_chain", "EMLINK", env.prog), out);
      if (c.rules.length > 0) throw withStdout(opFailure(env.backend, "delete_chain", "ENOTEMPTY", env.prog), out);
    }
  }
  e.removeChains(names);
  return out.join("");
}

function withStdout(error: IptError, out: readonly string[]): IptError {
  return new IptError(error.stderr, error.exitCode, out.join(""), error.detail);
}

/** A rule's identity for -C and -D: its save form without counters. */
export function ruleKey(rule: Rule, env: { backend: Backend; names: NameDb }): string {
  return saveRuleBody(rule, { backend: env.backend, names: env.names });
}

/** No output (a rule command without -v): one shared array instead of one per rule of a restore. */
const NO_OUTPUT: readonly string[] = Object.freeze([]);

function operationOf(command: number): Operation {
  return command === CMD.APPEND ? "append" : command === CMD.INSERT ? "insert" : command === CMD.REPLACE ? "replace" : command === CMD.DELETE ? "delete" : "check";
}

function ruleCommand(p: ParsedCommand, tableName: TableName, env: ExecEnv): string {
  const chain = p.chain!;
  const exists = env.store.chain(tableName, chain) !== undefined;
  const target = resolveTarget(p, env.backend, env.err, env.store, tableName, env.lenientJumps === true);
  const rules = buildRules(p, target, env.backend);
  const out = (p.options & OPT.VERBOSE) !== 0 ? rules.map((r) => listRule(r, 0, { backend: env.backend, names: env.names, numeric: true, verbose: false, exact: false, lineNumbers: false, notable: true })) : NO_OUTPUT;

  if (p.command === CMD.CHECK || p.command === CMD.DELETE) {
    // libiptc: a rule with a chain or extension target fails in the target lookup
    // ("No chain/target/match by that name"); others say "Bad rule".
    const t = rules[0]?.target;
    const viaTarget = env.backend === "legacy" && t !== undefined && t.kind !== "standard";
    const missing = (): never => {
      throw opFailure(env.backend, viaTarget ? "list" : operationOf(p.command), "ENOENT", env.prog);
    };
    if (!exists) missing();
    const chainRules = env.store.chain(tableName, chain)!.rules;
    const keys = chainRules.map((r) => ruleKey(r, env));
    const e = p.command === CMD.DELETE ? env.store.editor(tableName) : undefined;
    for (const rule of rules) {
      const key = ruleKey(rule, env);
      const pos = keys.indexOf(key);
      if (pos < 0) {
        try {
          missing();
        } catch (e) {
          throw withStdout(e as IptError, out);
        }
      }
      if (e) {
        e.deleteNum(chain, pos);
        keys.splice(pos, 1);
      }
    }
    return p.command === CMD.DELETE ? out.join("") : "";
  }

  if (!exists) throw opFailure(env.backend, operationOf(p.command), "ENOENT", env.prog);
  const e = env.store.editor(tableName);
  const table = e.table;
  for (const rule of rules) {
    const r =
      p.command === CMD.APPEND ? e.append(chain, rule) : p.command === CMD.INSERT ? e.insert(chain, p.rulenum - 1, rule) : e.replace(chain, p.rulenum - 1, rule);
    if (r) throw withStdout(opFailure(env.backend, operationOf(p.command), r, env.prog), out);
  }
  env.added?.add(rules);
  if (env.deferValidation) return out.length === 0 ? "" : out.join("");
  const problem = checkAfterChange(table, tableName, env, [chain], rules);
  if (problem) {
    const object = RULE_OBJECT[p.command]!;
    throw withStdout(env.backend === "nf_tables" ? nftBatchFailure(env.prog, object, problem, `rule in chain ${chain}`) : legacyCommitFailure(env.prog, problem), out);
  }
  return out.join("");
}

/** The kernel's verdict on a changed table: undefined, or the errno name the backend reports. */
export function checkAfterChange(table: Table, tableName: TableName, env: { backend: Backend }, chains: readonly string[], rules: readonly Rule[] = []): string | undefined {
  if (env.backend === "nf_tables") {
    for (const r of rules) {
      if ((r.ip.src?.invert && r.ip.src.mask === 0) || (r.ip.dst?.invert && r.ip.dst.mask === 0)) return "EINVAL";
    }
  }
  const v = validateTable(table, tableName, env.backend, reachableFrom(table, chains));
  if (!v) return undefined;
  if (v.errno === "EJUMPBUILTIN") return env.backend === "nf_tables" ? "EOPNOTSUPP" : "EINVAL";
  if (v.errno === "ELOOP") return env.backend === "nf_tables" ? "EMLINK" : "ELOOP";
  return v.moduleErrno ?? "EINVAL";
}
