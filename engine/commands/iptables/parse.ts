/**
 * The iptables command line, parsed as xshared.c do_parse does: commands
 * (-A -C -D -I -R -L -S -F -Z -N -X -E -P), the rule's fixed part
 * (-s -d -i -o -p -f with `!`), -m and -j with their modules' options
 * (loading the protocol's match on demand for `-p tcp --dport`), and the
 * checks that follow. Errors are thrown as IptError with the real text.
 */
import type { MatchModule, NameDb, ParseContext, ParseFailure, TargetModule } from "../../netfilter/extension.js";
import { isFailure } from "../../netfilter/extension.js";
import { findMatch, findTarget } from "../../netfilter/registry.js";
import type { Backend, IpMatch, TableName } from "../../netfilter/types.js";
import { xtStrtoui } from "../../netfilter/xt-number.js";
import { parseAddrList, type AddrMask } from "../../netfilter/xt-addr.js";
import { Getopt, type LongOption } from "./getopt.js";
import { IptError, paramProblem, tryHelp, xtablesError, type ErrorContext } from "./errors.js";
import { checkOptionUse, finalOptionChecks, optionId } from "./x6.js";
import { isKnownTargetName, isKnownMatchName, notEmulated } from "./known-extensions.js";
import { parseProtocol } from "./protocol.js";
import { helpText } from "./help.js";

export const CMD = {
  NONE: 0, INSERT: 1 << 0, DELETE: 1 << 1, DELETE_NUM: 1 << 2, REPLACE: 1 << 3, APPEND: 1 << 4, LIST: 1 << 5,
  FLUSH: 1 << 6, ZERO: 1 << 7, NEW_CHAIN: 1 << 8, DELETE_CHAIN: 1 << 9, SET_POLICY: 1 << 10,
  RENAME_CHAIN: 1 << 11, LIST_RULES: 1 << 12, ZERO_NUM: 1 << 13, CHECK: 1 << 14,
} as const;

export const OPT = {
  NUMERIC: 1 << 0, SOURCE: 1 << 1, DESTINATION: 1 << 2, PROTOCOL: 1 << 3, JUMP: 1 << 4, VERBOSE: 1 << 5,
  EXPANDED: 1 << 6, VIANAMEIN: 1 << 7, VIANAMEOUT: 1 << 8, LINENUMBERS: 1 << 9, COUNTERS: 1 << 10, FRAGMENT: 1 << 11,
} as const;

/** The letter each OPT bit is known by in messages (xshared.c optflags). */
const OPT_CHARS = ["n", "s", "d", "p", "j", "v", "x", "i", "o", "0", "c", "f"];
const CMD_CHARS = ["I", "D", "D", "R", "A", "L", "F", "Z", "N", "X", "P", "E", "S", "Z", "C"];

/** commands_v_options: per command, per option: "x" illegal, " " allowed. */
const COMMANDS_V_OPTIONS = [
  /*INSERT*/ "x   " + "  x  " + "x   ",
  /*DELETE*/ "x   " + "  x  " + "xx  ",
  /*DELETE_NUM*/ "xxxx" + "x xxx" + "xxx",
  /*REPLACE*/ "x   " + "  x  " + "x   ",
  /*APPEND*/ "x   " + "  x  " + "x   ",
  /*LIST*/ " xxx" + "x  xx" + " xx",
  /*FLUSH*/ "xxxx" + "x xxx" + "xxx",
  /*ZERO*/ "xxxx" + "x xxx" + "xxx",
  /*NEW_CHAIN*/ "xxxx" + "x xxx" + "xxx",
  /*DEL_CHAIN*/ "xxxx" + "x xxx" + "xxx",
  /*SET_POLICY*/ "xxxx" + "x xxx" + "x x",
  /*RENAME*/ "xxxx" + "x xxx" + "xxx",
  /*LIST_RULES*/ "xxxx" + "x xxx" + "xxx",
  /*ZERO_NUM*/ "xxxx" + "x xxx" + "xxx",
  /*CHECK*/ "x   " + "  x  " + "xx  ",
];

const INVERTIBLE = new Set([OPT.SOURCE, OPT.DESTINATION, OPT.PROTOCOL, OPT.VIANAMEIN, OPT.VIANAMEOUT, OPT.FRAGMENT]);

const SHORTS = new Map<string, LongOption["arg"]>([
  ["A", "required"], ["C", "required"], ["D", "required"], ["E", "required"], ["F", "optional"], ["I", "required"],
  ["L", "optional"], ["M", "required"], ["N", "required"], ["P", "required"], ["V", "none"], ["X", "optional"],
  ["Z", "optional"], ["c", "required"], ["d", "required"], ["i", "required"], ["j", "required"], ["o", "required"],
  ["p", "required"], ["s", "required"], ["t", "required"], ["R", "required"], ["S", "optional"], ["W", "optional"],
  ["4", "none"], ["6", "none"], ["b", "none"], ["f", "none"], ["g", "required"], ["h", "optional"], ["m", "required"],
  ["n", "none"], ["v", "none"], ["w", "optional"], ["x", "none"],
]);

const BASE_LONGS: readonly LongOption[] = [
  ["append", "required", "A"], ["delete", "required", "D"], ["check", "required", "C"], ["insert", "required", "I"],
  ["replace", "required", "R"], ["list", "optional", "L"], ["list-rules", "optional", "S"], ["flush", "optional", "F"],
  ["zero", "optional", "Z"], ["new-chain", "required", "N"], ["delete-chain", "optional", "X"],
  ["rename-chain", "required", "E"], ["policy", "required", "P"], ["source", "required", "s"],
  ["destination", "required", "d"], ["src", "required", "s"], ["dst", "required", "d"], ["protocol", "required", "p"],
  ["in-interface", "required", "i"], ["jump", "required", "j"], ["table", "required", "t"], ["match", "required", "m"],
  ["numeric", "none", "n"], ["out-interface", "required", "o"], ["verbose", "none", "v"], ["wait", "optional", "w"],
  ["wait-interval", "optional", "W"], ["exact", "none", "x"], ["fragments", "none", "f"], ["version", "none", "V"],
  ["help", "optional", "h"], ["line-numbers", "none", "0"], ["modprobe", "required", "M"],
  ["set-counters", "required", "c"], ["goto", "required", "g"], ["ipv4", "none", "4"], ["ipv6", "none", "6"],
].map(([name, arg, key]) => ({ name: name!, arg: arg as LongOption["arg"], key: key! }));

export interface ExtensionUse<M> {
  module: M;
  data: unknown;
  seen: Set<string>;
  /** A later -m of the same module completes this one: its options go to the newer one. */
  completed: boolean;
  /** The key prefix of this use's options in the option table. */
  key: string;
}

export interface ParsedCommand {
  command: number;
  table: string;
  chain?: string;
  rulenum: number;
  newname?: string;
  policy?: string;
  options: number;
  verbose: number;
  /** `! -V` and -V print and exit. */
  version?: "plain" | "inverted";
  help?: boolean;
  protocol?: string;
  ip: IpMatch;
  sources: AddrMask[];
  destinations: AddrMask[];
  invSrc: boolean;
  invDst: boolean;
  matches: ExtensionUse<MatchModule>[];
  target?: ExtensionUse<TargetModule>;
  /** -j/-g argument; "" when none. */
  jumpto: string;
  goto: boolean;
  counters?: { packets: number; bytes: number };
  /** Text printed to stderr while parsing (warnings). */
  warnings: string;
}

export interface ParseOptions {
  readonly backend: Backend;
  readonly names: NameDb;
  readonly err: ErrorContext;
  /** Called from iptables-restore: -t may not repeat, -w is refused. */
  readonly restore?: boolean;
  /** The table the restore file is in (default "filter"). */
  readonly table?: string;
  /** Receives warnings as they are printed, even when parsing then fails. */
  readonly warnings?: { text: string };
}

function cmdChar(cmd: number): string {
  let i = 0;
  for (let c = cmd; c > 1; c >>= 1) i++;
  return CMD_CHARS[i]!;
}

function optChar(opt: number): string {
  let i = 0;
  for (let c = opt; c > 1; c >>= 1) i++;
  return OPT_CHARS[i]!;
}

export function parseCommand(argv: readonly string[], opts: ParseOptions): ParsedCommand {
  const err = opts.err;
  const fail = (error: string): never => paramProblem(err, error);
  const p: ParsedCommand = {
    command: CMD.NONE, table: opts.table ?? "filter", rulenum: 0, options: 0, verbose: 0, ip: {},
    sources: [], destinations: [], invSrc: false, invDst: false, matches: [], jumpto: "", goto: false, warnings: "",
  };
  const warn = (text: string): void => {
    p.warnings += text;
    if (opts.warnings) opts.warnings.text += text;
  };
  let tableSet = false;
  let invert = false;
  let protoUsed = false;
  let waitSet = false;
  let waitIntervalSet = false;
  let srcText: string | undefined;
  let dstText: string | undefined;
  const g = new Getopt(argv, SHORTS);
  const longs: LongOption[] = [...BASE_LONGS];
  let useCounter = 0;

  const pctx = (): ParseContext => ({
    backend: opts.backend, table: (p.table as TableName), ip: p.ip, names: opts.names,
    takeArg: () => (g.hasArg() ? g.take() : undefined),
  });

  const addCommand = (newcmd: number, othercmds: number): void => {
    if (invert) fail("unexpected '!' flag");
    if (p.command & ~othercmds) fail(`Cannot use -${cmdChar(newcmd)} with -${cmdChar(p.command & ~othercmds)}`);
    p.command |= newcmd;
  };
  const setOption = (option: number): void => {
    if (p.options & option) fail(`multiple -${optChar(option)} flags not allowed`);
    p.options |= option;
    if (invert && !INVERTIBLE.has(option as never)) fail(`cannot have ! before -${optChar(option)}`);
  };
  const ruleNumber = (text: string): number => {
    const n = xtStrtoui(text, 1, 0x7fffffff);
    if (n === undefined) fail(`Invalid rule number \`${text}'`);
    return n!;
  };
  const optionalChain = (optarg: string | undefined): void => {
    if (optarg !== undefined) p.chain = optarg;
    else if (g.hasArg()) p.chain = g.take();
  };
  const moduleFailure = (f: ParseFailure): never => {
    throw xtablesError(err, f);
  };
  const addLongs = (module: MatchModule | TargetModule, key: string): void => {
    for (const o of module.options) longs.push({ name: o.name, arg: o.arg ?? "required", key: `${key}:${o.name}` });
  };
  const loadMatch = (name: string, module: MatchModule): ExtensionUse<MatchModule> => {
    for (const m of p.matches) if (m.module === module) m.completed = true;
    const use: ExtensionUse<MatchModule> = { module, data: module.init(pctx()), seen: new Set(), completed: false, key: `m${useCounter++}` };
    p.matches.push(use);
    addLongs(module, use.key);
    return use;
  };
  const dispatch = (use: ExtensionUse<MatchModule> | ExtensionUse<TargetModule>, opt: string, optarg: string | undefined): void => {
    const spec = use.module.options.find((o) => o.name === opt)!;
    if (!use.module.oldApi) {
      const problem = checkOptionUse(use.module.name, spec, use.seen, invert, optarg);
      if (problem) moduleFailure(problem);
    }
    const result = use.module.parse(use.data as never, opt, optarg, invert, pctx());
    if (isFailure(result)) moduleFailure(result);
    use.data = result;
    use.seen.add(optionId(spec));
  };
  const findUse = (opt: string): ExtensionUse<MatchModule> | ExtensionUse<TargetModule> | undefined => {
    if (p.target && p.target.module.options.some((o) => o.name === opt)) return p.target;
    return p.matches.find((m) => !m.completed && m.module.options.some((o) => o.name === opt));
  };
  const loadProto = (): ExtensionUse<MatchModule> | undefined => {
    if (p.protocol === undefined) return undefined;
    const name = protoMatchName(p.protocol, opts.names);
    const module = name !== undefined ? findMatch(name) : undefined;
    if (!module) return undefined;
    if (p.matches.some((m) => m.module === module) && protoUsed) return undefined;
    protoUsed = true;
    return loadMatch(name!, module);
  };

  for (;;) {
    const r = g.getopt(longs);
    if (r.kind === "end") break;
    if (r.kind === "nonopt") {
      if (r.optarg === "!") {
        if (invert) fail("multiple consecutive ! not allowed");
        invert = true;
        continue;
      }
      tryHelp(err, `Bad argument \`${r.optarg}'\n`);
    }
    if (r.kind === "missing" || r.kind === "unknown") {
      if (loadProto()) {
        g.unread();
        continue;
      }
      fail(r.kind === "missing" ? `option "${r.text}" requires an argument` : `unknown option "${r.text}"`);
    }
    if (r.kind !== "option") continue;
    const optarg = r.optarg;
    switch (r.key) {
      case "A": addCommand(CMD.APPEND, CMD.NONE); p.chain = optarg; break;
      case "C": addCommand(CMD.CHECK, CMD.NONE); p.chain = optarg; break;
      case "D":
        addCommand(CMD.DELETE, CMD.NONE);
        p.chain = optarg;
        if (g.hasArg()) {
          p.rulenum = ruleNumber(g.take());
          p.command = CMD.DELETE_NUM;
        }
        break;
      case "R":
        addCommand(CMD.REPLACE, CMD.NONE);
        p.chain = optarg;
        if (g.hasArg()) p.rulenum = ruleNumber(g.take());
        else fail("-R requires a rule number");
        break;
      case "I":
        addCommand(CMD.INSERT, CMD.NONE);
        p.chain = optarg;
        p.rulenum = g.hasArg() ? ruleNumber(g.take()) : 1;
        break;
      case "L":
        addCommand(CMD.LIST, CMD.ZERO | CMD.ZERO_NUM);
        optionalChain(optarg);
        if (g.hasArg()) p.rulenum = ruleNumber(g.take());
        break;
      case "S":
        addCommand(CMD.LIST_RULES, CMD.ZERO | CMD.ZERO_NUM);
        optionalChain(optarg);
        if (g.hasArg()) p.rulenum = ruleNumber(g.take());
        break;
      case "F": addCommand(CMD.FLUSH, CMD.NONE); optionalChain(optarg); break;
      case "Z":
        addCommand(CMD.ZERO, CMD.LIST | CMD.LIST_RULES);
        optionalChain(optarg);
        if (g.hasArg()) {
          p.rulenum = ruleNumber(g.take());
          p.command = (p.command & ~CMD.ZERO) | CMD.ZERO_NUM;
        }
        break;
      case "N":
        assertValidChainName(optarg!, fail);
        addCommand(CMD.NEW_CHAIN, CMD.NONE);
        p.chain = optarg;
        break;
      case "X": addCommand(CMD.DELETE_CHAIN, CMD.NONE); optionalChain(optarg); break;
      case "E":
        addCommand(CMD.RENAME_CHAIN, CMD.NONE);
        p.chain = optarg;
        if (g.hasArg()) p.newname = g.take();
        else fail("-E requires old-chain-name and new-chain-name");
        break;
      case "P":
        addCommand(CMD.SET_POLICY, CMD.NONE);
        p.chain = optarg;
        if (g.hasArg()) p.policy = g.take();
        else fail("-P requires a chain and a policy");
        break;
      case "h":
        p.help = true;
        return p;
      case "p": {
        setOption(OPT.PROTOCOL);
        const text = optarg!.toLowerCase();
        p.protocol = text;
        const proto = parseProtocol(text, opts.names);
        if (proto === undefined) fail(`unknown protocol "${text}" specified`);
        if (invert) p.ip.invertProto = true;
        if (proto === 0 && invert) fail("rule would never match protocol");
        p.ip.proto = proto!;
        break;
      }
      case "s": setOption(OPT.SOURCE); srcText = optarg; p.invSrc = invert; break;
      case "d": setOption(OPT.DESTINATION); dstText = optarg; p.invDst = invert; break;
      case "g":
        setOption(OPT.JUMP);
        p.goto = true;
        p.jumpto = checkTargetName(optarg!, fail);
        break;
      case "j": {
        setOption(OPT.JUMP);
        p.jumpto = checkTargetName(optarg!, fail);
        const module = findTarget(p.jumpto);
        if (module) {
          p.target = { module, data: module.init(pctx()), seen: new Set(), completed: false, key: "t" };
          addLongs(module, "t");
        }
        break;
      }
      case "i":
      case "o": {
        if (optarg === "") fail("Empty interface is likely to be undesired");
        setOption(r.key === "i" ? OPT.VIANAMEIN : OPT.VIANAMEOUT);
        const name = optarg!;
        if (name.length + 1 > 16) fail(`interface name \`${name}' must be shorter than IFNAMSIZ (15)`);
        if (/[/ ]/.test(name)) warn(`Warning: weird character in interface \`${name}' ('/' and ' ' are not allowed by the kernel).\n`);
        const iface = invert ? { name, invert: true } : { name };
        if (r.key === "i") p.ip.inIface = iface;
        else p.ip.outIface = iface;
        break;
      }
      case "f": setOption(OPT.FRAGMENT); p.ip.fragment = invert ? { invert: true } : {}; break;
      case "v":
        if (!p.verbose) setOption(OPT.VERBOSE);
        p.verbose++;
        break;
      case "m": {
        if (invert) fail("unexpected ! flag before --match");
        const name = optarg!;
        const module = findMatch(name);
        if (!module) {
          if (isKnownMatchName(name)) throw notEmulated(err, `match \`${name}'`);
          fail(`Couldn't load match \`${name}':No such file or directory\n`);
        }
        loadMatch(name, module!);
        break;
      }
      case "n": setOption(OPT.NUMERIC); break;
      case "t":
        if (invert) fail("unexpected ! flag before --table");
        if (opts.restore && tableSet) fail(`The -t option cannot be used in ${err.prog}.\n`);
        p.table = optarg!;
        tableSet = true;
        break;
      case "x": setOption(OPT.EXPANDED); break;
      case "V":
        p.version = invert ? "inverted" : "plain";
        return p;
      case "w":
        if (opts.restore) fail("You cannot use `-w' from iptables-restore");
        waitSet = parseWait(g, optarg, fail) !== 0;
        break;
      case "W":
        if (opts.restore) fail("You cannot use `-W' from iptables-restore");
        waitIntervalSet = true;
        warn(parseWaitInterval(g, optarg, fail));
        break;
      case "0": setOption(OPT.LINENUMBERS); break;
      case "M": break;
      case "c": {
        setOption(OPT.COUNTERS);
        const pc = optarg!;
        const comma = pc.indexOf(",", 1);
        let bc: string | undefined = comma >= 0 ? pc.slice(comma + 1) : undefined;
        if (bc === undefined && g.hasArg()) bc = g.take();
        if (bc === undefined) fail("-c requires packet and byte counter");
        const packets = scanUllong(pc);
        if (packets === undefined) fail("-c packet counter not numeric");
        const bytes = scanUllong(bc!);
        if (bytes === undefined) fail("-c byte counter not numeric");
        p.counters = { packets: packets!, bytes: bytes! };
        break;
      }
      case "4": break;
      case "6": return tryHelp(err);
      case "b": return fail(`Unknown arg "${optarg ?? "(null)"}"`);
      default: {
        const [useKey, opt] = splitKey(r.key);
        const use = useKey === "t" ? p.target : p.matches.find((m) => m.key === useKey);
        const target = use && !use.completed ? use : opt !== undefined ? findUse(opt) : undefined;
        if (target && opt !== undefined) {
          dispatch(target, opt, optarg);
          break;
        }
        if (loadProto()) {
          g.unread();
          continue;
        }
        fail(`unknown option "${argv[g.optind - 1]}"`);
      }
    }
    invert = false;
  }

  if (p.table === "nat" && (p.policy === "DROP" || p.jumpto === "DROP")) {
    fail('\nThe "nat" table is not intended for filtering, the use of DROP is therefore inhibited.\n\n');
  }
  if (!waitSet && waitIntervalSet) fail("--wait-interval only makes sense with --wait\n");
  for (const m of p.matches) finishExtension(m, pctx(), moduleFailure);
  if (p.target) finishExtension(p.target, pctx(), moduleFailure);
  if (g.optind < g.argc) fail("unknown arguments found on commandline");
  if (!p.command) fail("no command specified");
  if (invert) fail("nothing appropriate following !");

  postParse(p, srcText, dstText, opts.names, moduleFailure);
  if (p.command === CMD.REPLACE && (p.sources.length !== 1 || p.destinations.length !== 1)) {
    fail("Replacement rule does not specify a unique address");
  }
  genericOptCheck(p.command, p.options, fail);
  if (p.chain !== undefined && p.chain.length >= 29) fail(`chain name \`${p.chain}' too long (must be under 29 chars)`);
  const ruleCommands = CMD.APPEND | CMD.DELETE | CMD.DELETE_NUM | CMD.CHECK | CMD.INSERT | CMD.REPLACE;
  if (p.command & ruleCommands && p.chain !== undefined) {
    if ((p.chain === "PREROUTING" || p.chain === "INPUT") && p.options & OPT.VIANAMEOUT) fail(`Can't use -o with ${p.chain}\n`);
    if ((p.chain === "POSTROUTING" || p.chain === "OUTPUT") && p.options & OPT.VIANAMEIN) fail(`Can't use -i with ${p.chain}\n`);
  }
  return p;
}

function splitKey(key: string): [string, string | undefined] {
  const colon = key.indexOf(":");
  return colon < 0 ? [key, undefined] : [key.slice(0, colon), key.slice(colon + 1)];
}

function finishExtension(
  use: ExtensionUse<MatchModule> | ExtensionUse<TargetModule>,
  ctx: ParseContext,
  onFailure: (f: ParseFailure) => never,
): void {
  const problem = use.module.finalCheck?.(use.data as never, ctx, use.seen);
  if (problem) onFailure(problem);
  if (!use.module.oldApi) {
    const generic = finalOptionChecks(use.module.name, use.module.options, use.seen);
    if (generic) onFailure(generic);
  }
}

/** ipv4_post_parse: addresses to lists (0.0.0.0/0 when absent). */
function postParse(p: ParsedCommand, srcText: string | undefined, dstText: string | undefined, names: NameDb, onFailure: (f: ParseFailure) => never): void {
  const ruleCommands = CMD.REPLACE | CMD.INSERT | CMD.DELETE | CMD.APPEND | CMD.CHECK;
  if (p.command & ruleCommands) {
    srcText ??= "0.0.0.0/0";
    dstText ??= "0.0.0.0/0";
  }
  if (srcText !== undefined) {
    const list = parseAddrList(srcText, names);
    if (!Array.isArray(list)) onFailure(list);
    p.sources = list as AddrMask[];
  }
  if (dstText !== undefined) {
    const list = parseAddrList(dstText, names);
    if (!Array.isArray(list)) onFailure(list);
    p.destinations = list as AddrMask[];
  }
  if ((p.sources.length > 1 || p.destinations.length > 1) && (p.invSrc || p.invDst)) {
    onFailure({ error: "! not allowed with multiple source or destination IP addresses" });
  }
}

function genericOptCheck(command: number, options: number, fail: (e: string) => never): void {
  for (let i = 0; i < OPT_CHARS.length; i++) {
    let legal = 0;
    for (let j = 0; j < COMMANDS_V_OPTIONS.length; j++) {
      if (!(command & (1 << j))) continue;
      if (options & (1 << i)) {
        if (COMMANDS_V_OPTIONS[j]![i] !== "x") legal = 1;
        else if (legal === 0) legal = -1;
      }
    }
    if (legal === -1) fail(`Illegal option \`-${OPT_CHARS[i]}' with this command`);
  }
}

export function assertValidChainName(name: string, fail: (e: string) => never): void {
  if (name.length >= 29) fail(`chain name \`${name}' too long (must be under 29 chars)`);
  if (name.startsWith("-") || name.startsWith("!")) fail(`chain name not allowed to start with \`${name[0]}'`);
  if (isKnownTargetName(name)) fail("chain name may not clash with target name");
  if (/\s/.test(name)) fail(`Invalid chain name \`${name}'`);
}

function checkTargetName(name: string, fail: (e: string) => never): string {
  if (name.length < 1) fail("Invalid target name (too short)");
  if (name.length >= 29) fail(`Invalid target name \`${name}' (28 chars max)`);
  if (/\s/.test(name)) fail(`Invalid target name \`${name}'`);
  return name;
}

/** The match -p NAME loads on demand: "tcp" for 6, the name for a known protocol. */
function protoMatchName(protocol: string, names: NameDb): string | undefined {
  const num = xtStrtoui(protocol, 0, 255);
  if (num === undefined) return protocol;
  const known: Record<number, string> = { 6: "tcp", 132: "sctp", 17: "udp", 136: "udplite", 1: "icmp", 58: "ipv6-icmp", 50: "esp", 51: "ah", 135: "mobility-header", 0: "all" };
  return known[num] ?? names.protoName(num);
}

function scanUllong(text: string): number | undefined {
  const m = /^\s*([+-]?\d+)/.exec(text);
  if (!m) return undefined;
  const v = Number(m[1]);
  return v < 0 ? 2 ** 64 + v : v;
}

/** parse_wait_time: sscanf("%i"); -1 (wait forever) without a number. */
function parseWait(g: Getopt, optarg: string | undefined, fail: (e: string) => never): number {
  const text = optarg ?? (g.hasArg() ? g.take() : undefined);
  if (text === undefined) return -1;
  const m = /^\s*([+-]?(0x[0-9a-f]+|\d+))/i.exec(text);
  if (!m) fail("wait seconds not numeric");
  return Number(m![1]);
}

/** parse_wait_interval: accepted, ignored, and said so. */
function parseWaitInterval(g: Getopt, optarg: string | undefined, fail: (e: string) => never): string {
  const text = optarg ?? (g.hasArg() ? g.take() : undefined);
  if (text === undefined) fail("wait interval value required");
  const m = /^\s*(\d+)/.exec(text!);
  if (!m) fail("wait interval not numeric");
  if (Number(m![1]) > 999999) fail(`too long usec wait ${m![1]} > 999999 usec`);
  return "Ignoring deprecated --wait-interval option.\n";
}

export { IptError, helpText };
