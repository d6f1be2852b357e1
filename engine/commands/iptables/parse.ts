/**
 * The iptables command line, parsed as xshared.c do_parse does: commands
 * (-A -C -D -I -R -L -S -F -Z -N -X -E -P), the rule's fixed part
 * (-s -d -i -o -p -f with `!`), -m and -j with their modules' options
 * (loading the protocol's match on demand for `-p tcp --dport`), and the
 * checks that follow. Errors are thrown as IptError with the real text.
 */
import type { MatchModule, NameDb, ParseContext, ParseFailure, TargetModule } from "../../netfilter/extension.js";
import { isFailure, OptionIds } from "../../netfilter/extension.js";
import { findMatch, findTarget } from "../../netfilter/registry.js";
import type { Backend, IpMatch, TableName } from "../../netfilter/types.js";
import { xtStrtoui } from "../../netfilter/xt-number.js";
import { parseAddrList, type AddrMask } from "../../netfilter/xt-addr.js";
import { Getopt, GrowingLongTable, type LongOption, type OptionGroup } from "./getopt.js";
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

const BASE_INDEX: ReadonlyMap<string, LongOption> = new Map(BASE_LONGS.map((o) => [o.name, o]));

const groups = new WeakMap<MatchModule | TargetModule, OptionGroup>();

/** A module's options as getopt sees them; the key is ":" and the option name. */
function optionGroup(module: MatchModule | TargetModule): OptionGroup {
  let g = groups.get(module);
  if (!g) {
    const list = module.options.map((o) => ({ name: o.name, arg: o.arg ?? "required", key: `:${o.name}` }));
    g = { list, index: new Map(list.map((o) => [o.name, o])) };
    groups.set(module, g);
  }
  return g;
}

export interface ExtensionUse<M> {
  module: M;
  data: unknown;
  seen: OptionIds;
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
  /** Whether an ipset exists (the set match asks the kernel). */
  readonly ipsetExists?: (name: string) => boolean;
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
  return new CommandParser(argv, opts).parse();
}

/** One run of do_parse. A class rather than closures: iptables-restore parses 100,000 lines. */
class CommandParser {
  readonly p: ParsedCommand;
  readonly err: ErrorContext;
  readonly g: Getopt;
  readonly longs = new GrowingLongTable(BASE_LONGS, BASE_INDEX);
  invert = false;
  tableSet = false;
  protoUsed = false;
  waitSet = false;
  waitIntervalSet = false;
  srcText: string | undefined;
  dstText: string | undefined;
  useCounter = 0;
  private ctx: ParseContext | undefined;

  constructor(
    argv: readonly string[],
    readonly opts: ParseOptions,
  ) {
    this.err = opts.err;
    this.g = new Getopt(argv, SHORTS);
    this.p = {
      command: CMD.NONE, table: opts.table ?? "filter", rulenum: 0, options: 0, verbose: 0, ip: {},
      sources: [], destinations: [], invSrc: false, invDst: false, matches: [], jumpto: "", goto: false, warnings: "",
    };
  }

  fail(error: string): never {
    return paramProblem(this.err, error);
  }

  warn(text: string): void {
    this.p.warnings += text;
    if (this.opts.warnings) this.opts.warnings.text += text;
  }

  pctx(): ParseContext {
    if (this.ctx && this.ctx.table === this.p.table) return this.ctx;
    const g = this.g;
    this.ctx = {
      backend: this.opts.backend, table: this.p.table as TableName, ip: this.p.ip, names: this.opts.names,
      takeArg: () => (g.hasArg() ? g.take() : undefined),
      warn: (text: string) => this.warn(text),
      ...(this.opts.ipsetExists ? { ipsetExists: this.opts.ipsetExists } : {}),
    };
    return this.ctx;
  }

  addCommand(newcmd: number, othercmds: number): void {
    if (this.invert) this.fail("unexpected '!' flag");
    if (this.p.command & ~othercmds) this.fail(`Cannot use -${cmdChar(newcmd)} with -${cmdChar(this.p.command & ~othercmds)}`);
    this.p.command |= newcmd;
  }

  setOption(option: number): void {
    if (this.p.options & option) this.fail(`multiple -${optChar(option)} flags not allowed`);
    this.p.options |= option;
    if (this.invert && !INVERTIBLE.has(option as never)) this.fail(`cannot have ! before -${optChar(option)}`);
  }

  ruleNumber(text: string): number {
    const n = xtStrtoui(text, 1, 0x7fffffff);
    if (n === undefined) this.fail(`Invalid rule number \`${text}'`);
    return n!;
  }

  optionalChain(optarg: string | undefined): void {
    if (optarg !== undefined) this.p.chain = optarg;
    else if (this.g.hasArg()) this.p.chain = this.g.take();
  }

  moduleFailure(f: ParseFailure): never {
    throw xtablesError(this.err, f);
  }

  addLongs(module: MatchModule | TargetModule): void {
    this.longs.add(optionGroup(module));
  }

  loadMatch(name: string, module: MatchModule): ExtensionUse<MatchModule> {
    void name;
    for (const m of this.p.matches) if (m.module === module) m.completed = true;
    const use: ExtensionUse<MatchModule> = { module, data: module.init(this.pctx()), seen: new OptionIds(), completed: false, key: `m${this.useCounter++}` };
    this.p.matches.push(use);
    this.addLongs(module);
    return use;
  }

  dispatch(use: ExtensionUse<MatchModule> | ExtensionUse<TargetModule>, opt: string, optarg: string | undefined): void {
    const spec = use.module.options.find((o) => o.name === opt)!;
    if (!use.module.oldApi) {
      const problem = checkOptionUse(use.module.name, spec, use.seen, this.invert, optarg, use.module.options);
      if (problem) this.moduleFailure(problem);
    }
    const result = use.module.parse(use.data as never, opt, optarg, this.invert, this.pctx());
    if (isFailure(result)) this.moduleFailure(result);
    use.data = result;
    use.seen.add(optionId(spec));
  }

  findUse(opt: string): ExtensionUse<MatchModule> | ExtensionUse<TargetModule> | undefined {
    const t = this.p.target;
    if (t && t.module.options.some((o) => o.name === opt)) return t;
    return this.p.matches.find((m) => !m.completed && m.module.options.some((o) => o.name === opt));
  }

  loadProto(): ExtensionUse<MatchModule> | undefined {
    if (this.p.protocol === undefined) return undefined;
    const name = protoMatchName(this.p.protocol, this.opts.names);
    const module = name !== undefined ? findMatch(name) : undefined;
    if (!module) return undefined;
    if (this.p.matches.some((m) => m.module === module) && this.protoUsed) return undefined;
    this.protoUsed = true;
    return this.loadMatch(name!, module);
  }

  parse(): ParsedCommand {
    for (;;) {
      const r = this.g.getopt(this.longs);
      if (r.kind === "end") break;
      if (r.kind === "nonopt") {
        if (r.optarg === "!") {
          if (this.invert) this.fail("multiple consecutive ! not allowed");
          this.invert = true;
          continue;
        }
        tryHelp(this.err, `Bad argument \`${r.optarg}'\n`);
      }
      if (r.kind === "missing" || r.kind === "unknown") {
        if (this.loadProto()) {
          this.g.unread();
          continue;
        }
        this.fail(r.kind === "missing" ? `option "${r.text}" requires an argument` : `unknown option "${r.text}"`);
      }
      if (r.kind !== "option") continue;
      const optarg = r.optarg;
      switch (r.key) {
        case "A": this.addCommand(CMD.APPEND, CMD.NONE); this.p.chain = optarg; break;
        case "C": this.addCommand(CMD.CHECK, CMD.NONE); this.p.chain = optarg; break;
        case "D":
          this.addCommand(CMD.DELETE, CMD.NONE);
          this.p.chain = optarg;
          if (this.g.hasArg()) {
            this.p.rulenum = this.ruleNumber(this.g.take());
            this.p.command = CMD.DELETE_NUM;
          }
          break;
        case "R":
          this.addCommand(CMD.REPLACE, CMD.NONE);
          this.p.chain = optarg;
          if (this.g.hasArg()) this.p.rulenum = this.ruleNumber(this.g.take());
          else this.fail("-R requires a rule number");
          break;
        case "I":
          this.addCommand(CMD.INSERT, CMD.NONE);
          this.p.chain = optarg;
          this.p.rulenum = this.g.hasArg() ? this.ruleNumber(this.g.take()) : 1;
          break;
        case "L":
          this.addCommand(CMD.LIST, CMD.ZERO | CMD.ZERO_NUM);
          this.optionalChain(optarg);
          if (this.g.hasArg()) this.p.rulenum = this.ruleNumber(this.g.take());
          break;
        case "S":
          this.addCommand(CMD.LIST_RULES, CMD.ZERO | CMD.ZERO_NUM);
          this.optionalChain(optarg);
          if (this.g.hasArg()) this.p.rulenum = this.ruleNumber(this.g.take());
          break;
        case "F": this.addCommand(CMD.FLUSH, CMD.NONE); this.optionalChain(optarg); break;
        case "Z":
          this.addCommand(CMD.ZERO, CMD.LIST | CMD.LIST_RULES);
          this.optionalChain(optarg);
          if (this.g.hasArg()) {
            this.p.rulenum = this.ruleNumber(this.g.take());
            this.p.command = (this.p.command & ~CMD.ZERO) | CMD.ZERO_NUM;
          }
          break;
        case "N":
          assertValidChainName(optarg!, (e) => this.fail(e));
          this.addCommand(CMD.NEW_CHAIN, CMD.NONE);
          this.p.chain = optarg;
          break;
        case "X": this.addCommand(CMD.DELETE_CHAIN, CMD.NONE); this.optionalChain(optarg); break;
        case "E":
          this.addCommand(CMD.RENAME_CHAIN, CMD.NONE);
          this.p.chain = optarg;
          if (this.g.hasArg()) this.p.newname = this.g.take();
          else this.fail("-E requires old-chain-name and new-chain-name");
          break;
        case "P":
          this.addCommand(CMD.SET_POLICY, CMD.NONE);
          this.p.chain = optarg;
          if (this.g.hasArg()) this.p.policy = this.g.take();
          else this.fail("-P requires a chain and a policy");
          break;
        case "h": {
          this.p.help = true;
          // iptables -p icmp -h: with no match loaded, the protocol's match is.
          if (this.p.matches.length === 0 && this.p.protocol !== undefined) {
            const module = findMatch(protoMatchName(this.p.protocol, this.opts.names) ?? "");
            if (module) this.p.matches.push({ module, data: module.init(this.pctx()), seen: new OptionIds(), completed: false, key: "m" });
          }
          return this.p;
        }
        case "p": {
          this.setOption(OPT.PROTOCOL);
          const text = optarg!.toLowerCase();
          this.p.protocol = text;
          const proto = parseProtocol(text, this.opts.names);
          if (proto === undefined) this.fail(`unknown protocol "${text}" specified`);
          if (this.invert) this.p.ip.invertProto = true;
          if (proto === 0 && this.invert) this.fail("rule would never match protocol");
          this.p.ip.proto = proto!;
          break;
        }
        case "s": this.setOption(OPT.SOURCE); this.srcText = optarg; this.p.invSrc = this.invert; break;
        case "d": this.setOption(OPT.DESTINATION); this.dstText = optarg; this.p.invDst = this.invert; break;
        case "g":
          this.setOption(OPT.JUMP);
          this.p.goto = true;
          this.p.jumpto = checkTargetName(optarg!, (e) => this.fail(e));
          break;
        case "j": {
          this.setOption(OPT.JUMP);
          this.p.jumpto = checkTargetName(optarg!, (e) => this.fail(e));
          const module = findTarget(this.p.jumpto);
          if (module) {
            this.p.target = { module, data: module.init(this.pctx()), seen: new OptionIds(), completed: false, key: "t" };
            this.addLongs(module);
          }
          break;
        }
        case "i":
        case "o": {
          if (optarg === "") this.fail("Empty interface is likely to be undesired");
          this.setOption(r.key === "i" ? OPT.VIANAMEIN : OPT.VIANAMEOUT);
          const name = optarg!;
          if (name.length + 1 > 16) this.fail(`interface name \`${name}' must be shorter than IFNAMSIZ (15)`);
          if (/[/ ]/.test(name)) this.warn(`Warning: weird character in interface \`${name}' ('/' and ' ' are not allowed by the kernel).\n`);
          const iface = this.invert ? { name, invert: true } : { name };
          if (r.key === "i") this.p.ip.inIface = iface;
          else this.p.ip.outIface = iface;
          break;
        }
        case "f": this.setOption(OPT.FRAGMENT); this.p.ip.fragment = this.invert ? { invert: true } : {}; break;
        case "v":
          if (!this.p.verbose) this.setOption(OPT.VERBOSE);
          this.p.verbose++;
          break;
        case "m": {
          if (this.invert) this.fail("unexpected ! flag before --match");
          const name = optarg!;
          const module = findMatch(name);
          if (!module) {
            if (isKnownMatchName(name)) throw notEmulated(this.err, `match \`${name}'`);
            this.fail(`Couldn't load match \`${name}':No such file or directory\n`);
          }
          this.loadMatch(name, module!);
          break;
        }
        case "n": this.setOption(OPT.NUMERIC); break;
        case "t":
          if (this.invert) this.fail("unexpected ! flag before --table");
          if (this.opts.restore && this.tableSet) this.fail(`The -t option cannot be used in ${this.err.prog}.\n`);
          this.p.table = optarg!;
          this.tableSet = true;
          break;
        case "x": this.setOption(OPT.EXPANDED); break;
        case "V":
          this.p.version = this.invert ? "inverted" : "plain";
          return this.p;
        case "w":
          if (this.opts.restore) this.fail("You cannot use `-w' from iptables-restore");
          this.waitSet = parseWait(this.g, optarg, (e) => this.fail(e)) !== 0;
          break;
        case "W":
          if (this.opts.restore) this.fail("You cannot use `-W' from iptables-restore");
          this.waitIntervalSet = true;
          this.warn(parseWaitInterval(this.g, optarg, (e) => this.fail(e)));
          break;
        case "0": this.setOption(OPT.LINENUMBERS); break;
        case "M": break;
        case "c": {
          this.setOption(OPT.COUNTERS);
          const pc = optarg!;
          const comma = pc.indexOf(",", 1);
          let bc: string | undefined = comma >= 0 ? pc.slice(comma + 1) : undefined;
          if (bc === undefined && this.g.hasArg()) bc = this.g.take();
          if (bc === undefined) this.fail("-c requires packet and byte counter");
          const packets = scanUllong(pc);
          if (packets === undefined) this.fail("-c packet counter not numeric");
          const bytes = scanUllong(bc!);
          if (bytes === undefined) this.fail("-c byte counter not numeric");
          this.p.counters = { packets: packets!, bytes: bytes! };
          break;
        }
        case "4": break;
        case "6": return tryHelp(this.err);
        case "b": return this.fail(`Unknown arg "${optarg ?? "(null)"}"`);
        default: {
          // Module options: the target's first, then the first match not completed by a later -m of its kind.
          const opt = r.key.startsWith(":") ? r.key.slice(1) : undefined;
          const target = opt !== undefined ? this.findUse(opt) : undefined;
          if (target && opt !== undefined) {
            this.dispatch(target, opt, optarg);
            break;
          }
          if (this.loadProto()) {
            this.g.unread();
            continue;
          }
          this.fail(`unknown option "${this.g.argAt(this.g.optind - 1)}"`);
        }
      }
      this.invert = false;
    }

    if (this.p.table === "nat" && (this.p.policy === "DROP" || this.p.jumpto === "DROP")) {
      this.fail('\nThe "nat" table is not intended for filtering, the use of DROP is therefore inhibited.\n\n');
    }
    if (!this.waitSet && this.waitIntervalSet) this.fail("--wait-interval only makes sense with --wait\n");
    for (const m of this.p.matches) finishExtension(m, this.pctx(), (f) => this.moduleFailure(f));
    if (this.p.target) finishExtension(this.p.target, this.pctx(), (f) => this.moduleFailure(f));
    if (this.g.optind < this.g.argc) this.fail("unknown arguments found on commandline");
    if (!this.p.command) this.fail("no command specified");
    if (this.invert) this.fail("nothing appropriate following !");

    postParse(this.p, this.srcText, this.dstText, this.opts.names, (f) => this.moduleFailure(f));
    if (this.p.command === CMD.REPLACE && (this.p.sources.length !== 1 || this.p.destinations.length !== 1)) {
      this.fail("Replacement rule does not specify a unique address");
    }
    genericOptCheck(this.p.command, this.p.options, (e) => this.fail(e));
    if (this.p.chain !== undefined && this.p.chain.length >= 29) this.fail(`chain name \`${this.p.chain}' too long (must be under 29 chars)`);
    const ruleCommands = CMD.APPEND | CMD.DELETE | CMD.DELETE_NUM | CMD.CHECK | CMD.INSERT | CMD.REPLACE;
    if (this.p.command & ruleCommands && this.p.chain !== undefined) {
      if ((this.p.chain === "PREROUTING" || this.p.chain === "INPUT") && this.p.options & OPT.VIANAMEOUT) this.fail(`Can't use -o with ${this.p.chain}\n`);
      if ((this.p.chain === "POSTROUTING" || this.p.chain === "OUTPUT") && this.p.options & OPT.VIANAMEIN) this.fail(`Can't use -i with ${this.p.chain}\n`);
    }
    return this.p;
  }
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

/** Command/option combinations already found legal (the check is pure). */
const legalCache = new Set<number>();

function genericOptCheck(command: number, options: number, fail: (e: string) => never): void {
  const key = command * 4096 + options;
  if (legalCache.has(key)) return;
  genericOptCheckUncached(command, options, fail);
  legalCache.add(key);
}

function genericOptCheckUncached(command: number, options: number, fail: (e: string) => never): void {
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
  const problem = chainNameProblem(name);
  if (problem !== undefined) fail(problem);
}

/** What is wrong with a new chain's name, or undefined (iptables-restore checks 40,000 of kube-proxy's). */
export function chainNameProblem(name: string): string | undefined {
  if (name.length >= 29) return `chain name \`${name}' too long (must be under 29 chars)`;
  const first = name.charCodeAt(0);
  if (first === 45 /* - */ || first === 33 /* ! */) return `chain name not allowed to start with \`${name[0]}'`;
  if (isKnownTargetName(name)) return "chain name may not clash with target name";
  if (hasSpace(name)) return `Invalid chain name \`${name}'`;
  return undefined;
}

const WHITESPACE = /\s/;

/** WHITESPACE.test(name), without the regex for plain ASCII names (restores check a name on every line). */
export function hasSpace(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = name.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) return true;
    if (c >= 0x80) return WHITESPACE.test(name);
  }
  return false;
}

function checkTargetName(name: string, fail: (e: string) => never): string {
  if (name.length < 1) fail("Invalid target name (too short)");
  if (name.length >= 29) fail(`Invalid target name \`${name}' (28 chars max)`);
  if (hasSpace(name)) fail(`Invalid target name \`${name}'`);
  return name;
}

/** The match -p NAME loads on demand: "tcp" for 6, the name for a known protocol. */
export function protoMatchName(protocol: string, names: NameDb): string | undefined {
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
