/**
 * A fast lane for the rule lines iptables-restore meets by the thousand
 * (kube-proxy, Docker): `-A CHAIN` with short generic options and module
 * options written out in full. It drives the same match and target modules
 * as the full parser (parse.ts) and builds the same ParsedCommand. Anything
 * it does not expect — long generic options, abbreviations, counters, a
 * repeated option, a warning or any error — makes it give up, and the full
 * parser runs instead: it can be faster, never different.
 */
import type { MatchModule, NameDb, OptionSpec, ParseContext, TargetModule } from "../../netfilter/extension.js";
import { isFailure, OptionIds } from "../../netfilter/extension.js";
import { findMatch, findTarget } from "../../netfilter/registry.js";
import type { Backend, IfaceMatch, IpMatch, TableName } from "../../netfilter/types.js";
import { parseAddrList, type AddrMask } from "../../netfilter/xt-addr.js";
import { CMD, hasSpace, OPT, protoMatchName, type ExtensionUse, type ParsedCommand } from "./parse.js";
import { parseProtocol } from "./protocol.js";
import { checkOptionUse, finalOptionChecks, hasFinalOptionChecks, optionId } from "./x6.js";
import { keepShape, objectArray } from "../../keep-shape.js";

/** Thrown inside the fast lane to give up; never escapes it. */
const GIVE_UP = Symbol("give up");

export interface FastParseOptions {
  readonly backend: Backend;
  readonly names: NameDb;
  readonly table: TableName;
  readonly ipsetExists?: (name: string) => boolean;
}

type Use = ExtensionUse<MatchModule> | ExtensionUse<TargetModule>;

/** What the fast lane needs of a module, worked out once. */
interface ModuleInfo {
  /** Options by the word that gives them ("--dport"): no slice of the word per option. */
  readonly byWord: ReadonlyMap<string, OptionSpec>;
  /** Whether libxtables checks anything once the rule is parsed (x6 API, mandatory/also/excl). */
  readonly finalChecks: boolean;
}

const moduleInfo = new WeakMap<MatchModule | TargetModule, ModuleInfo>();

function infoOf(module: MatchModule | TargetModule): ModuleInfo {
  let info = moduleInfo.get(module);
  if (!info) {
    info = { byWord: new Map(module.options.map((o) => [`--${o.name}`, o])), finalChecks: !module.oldApi && hasFinalOptionChecks(module.options) };
    moduleInfo.set(module, info);
  }
  return info;
}

/** Room for this many matches in a line before the parser's arrays grow (kube-proxy's have up to three). */
const MATCH_ROOM = 8;

/** An extension use for the parser to fill in line after line. */
function newUse(): ExtensionUse<MatchModule> {
  return { module: undefined as unknown as MatchModule, data: undefined, seen: new OptionIds(), completed: false, key: "m" };
}

/** What stands in useInfo for a use no line has filled in. */
const NO_INFO: ModuleInfo = { byWord: new Map(), finalChecks: false };

/** Placeholder until the addresses are parsed at the end of the line (never changed). */
const NO_ADDRESSES: AddrMask[] = [];

const badIface = (name: string): boolean => name === "" || name.length > 15 || name.includes("/") || name.includes(" ");

/**
 * One parser per restore, reset for every line (iptables-restore runs it
 * 100,000 times: no closures per line). Not one per program: it holds the
 * restore's name database and ipset lookup, and through them its world.
 *
 * The command it returns, its match list and the extension uses in it are
 * the parser's own, written over by the next line: a caller uses the command
 * before it parses another (the rule built from it keeps none of them).
 */
export class FastParser implements ParseContext {
  backend: Backend = "nf_tables";
  table: TableName = "filter";
  ip: IpMatch = {};
  names!: NameDb;
  ipsetExists?: (name: string) => boolean;
  private words: readonly string[] = [];
  /** How many of `words` are the line's (the array may hold more, left from a longer line). */
  private n = 0;
  private i = 0;
  private invert = false;
  private readonly p: ParsedCommand = {
    command: CMD.APPEND, table: "filter", chain: "", rulenum: 0, options: 0, verbose: 0, ip: this.ip,
    sources: NO_ADDRESSES, destinations: NO_ADDRESSES, invSrc: false, invDst: false, matches: objectArray(), jumpto: "", goto: false, warnings: "",
    protocol: undefined, target: undefined,
  };
  /**
   * Extension uses for the matches of a line, kept from line to line, and
   * what the lane knows of each one's module. Made for MATCH_ROOM matches at
   * once: arrays that grow as the first lines need them would throw away the
   * code optimized in an earlier restore, whose arrays were grown already.
   */
  private readonly uses = Array.from({ length: MATCH_ROOM }, newUse);
  private readonly useInfo = Array.from({ length: MATCH_ROOM }, () => NO_INFO);
  /** The command's match list for each count of matches: the first uses, in arrays made once. */
  private readonly matchLists = Array.from({ length: MATCH_ROOM + 1 }, (_, count) => this.uses.slice(0, count));
  private readonly targetUse: ExtensionUse<TargetModule> = { module: undefined as unknown as TargetModule, data: undefined, seen: new OptionIds(), completed: false, key: "t" };
  private targetInfo: ModuleInfo | undefined;

  takeArg(): string | undefined {
    if (this.i + 1 >= this.n) return undefined;
    const next = this.words[this.i + 1]!;
    if (next.startsWith("-") || next.startsWith("!")) return undefined;
    this.i++;
    return next;
  }

  warn(): void {
    throw GIVE_UP;
  }

  private value(): string {
    if (this.i + 1 >= this.n) throw GIVE_UP;
    return this.words[++this.i]!;
  }

  private setOption(bit: number, invertible: boolean): void {
    if (this.p.options & bit || (this.invert && !invertible)) throw GIVE_UP;
    this.p.options |= bit;
  }

  private newMatch(module: MatchModule): ExtensionUse<MatchModule> {
    const uses = this.uses;
    const k = this.matchCount++;
    for (let j = 0; j < k; j++) if (uses[j]!.module === module) uses[j]!.completed = true;
    if (k === uses.length) {
      uses.push(newUse());
      this.useInfo.push(NO_INFO);
    }
    const use = uses[k]!;
    use.module = module;
    use.data = module.init(this);
    use.seen.clear();
    use.completed = false;
    this.useInfo[k] = infoOf(module);
    return use;
  }

  /** How many of `uses` are this line's matches. */
  private matchCount = 0;

  parse(words: readonly string[], count: number, chain: string, opts: FastParseOptions): ParsedCommand {
    this.backend = opts.backend;
    this.table = opts.table;
    this.names = opts.names;
    this.ipsetExists = opts.ipsetExists;
    this.words = words;
    this.n = count;
    this.invert = false;
    // Every field the lane may set is given here: an object grown field by field has layouts V8 forgets between restores (keep-shape.ts).
    const ip: IpMatch = { inIface: undefined, outIface: undefined, proto: undefined, invertProto: undefined, fragment: undefined };
    this.ip = ip;
    const p = this.p;
    p.table = opts.table;
    p.chain = chain;
    p.options = 0;
    p.ip = ip;
    p.sources = NO_ADDRESSES;
    p.destinations = NO_ADDRESSES;
    p.invSrc = false;
    p.invDst = false;
    this.matchCount = 0;
    p.jumpto = "";
    p.goto = false;
    p.protocol = undefined;
    p.target = undefined;
    this.targetInfo = undefined;
    let srcText: string | undefined;
    let dstText: string | undefined;
    let protoUsed = false;
    const n = count;
    for (this.i = 2; this.i < n; this.i++) {
      const w = words[this.i]!;
      if (w === "!") {
        if (this.invert) throw GIVE_UP;
        this.invert = true;
        continue;
      }
      const invert = this.invert;
      switch (w) {
        case "-s":
          this.setOption(OPT.SOURCE, true);
          srcText = this.value();
          p.invSrc = invert;
          break;
        case "-d":
          this.setOption(OPT.DESTINATION, true);
          dstText = this.value();
          p.invDst = invert;
          break;
        case "-p": {
          this.setOption(OPT.PROTOCOL, true);
          const text = this.value().toLowerCase();
          const proto = parseProtocol(text, opts.names);
          if (proto === undefined || (proto === 0 && invert)) throw GIVE_UP;
          p.protocol = text;
          if (invert) ip.invertProto = true;
          ip.proto = proto;
          break;
        }
        case "-i":
        case "-o": {
          this.setOption(w === "-i" ? OPT.VIANAMEIN : OPT.VIANAMEOUT, true);
          const name = this.value();
          if (badIface(name)) throw GIVE_UP;
          const iface: IfaceMatch = invert ? { name, invert: true } : { name };
          if (w === "-i") ip.inIface = iface;
          else ip.outIface = iface;
          break;
        }
        case "-f":
          this.setOption(OPT.FRAGMENT, true);
          ip.fragment = invert ? { invert: true } : {};
          break;
        case "-m": {
          if (invert) throw GIVE_UP;
          const module = findMatch(this.value());
          if (!module) throw GIVE_UP;
          this.newMatch(module);
          break;
        }
        case "-j":
        case "-g": {
          this.setOption(OPT.JUMP, false);
          const name = this.value();
          if (name.length === 0 || name.length >= 29 || hasSpace(name)) throw GIVE_UP;
          p.jumpto = name;
          if (w === "-g") {
            p.goto = true;
            break;
          }
          const module = findTarget(name);
          if (module) {
            const use = this.targetUse;
            use.module = module;
            use.data = module.init(this);
            use.seen.clear();
            p.target = use;
            this.targetInfo = infoOf(module);
          }
          break;
        }
        default: {
          if (!w.startsWith("--") || w.includes("=")) throw GIVE_UP;
          let use: Use | undefined;
          let spec = this.targetInfo?.byWord.get(w);
          if (spec) use = p.target;
          else {
            const uses = this.uses;
            for (let k = 0; k < this.matchCount; k++) {
              if (!uses[k]!.completed && (spec = this.useInfo[k]!.byWord.get(w))) {
                use = uses[k];
                break;
              }
            }
          }
          if (!use || !spec) {
            // -p tcp --dport 80: the protocol's match is loaded on demand (load_proto).
            if (p.protocol === undefined) throw GIVE_UP;
            const module = findMatch(protoMatchName(p.protocol, opts.names) ?? "");
            spec = module && infoOf(module).byWord.get(w);
            if (!module || !spec || (protoUsed && this.hasMatch(module))) throw GIVE_UP;
            protoUsed = true;
            use = this.newMatch(module);
          }
          const opt = spec.name;
          const kind = spec.arg ?? "required";
          if (kind === "optional") throw GIVE_UP;
          const arg = kind === "required" ? this.value() : undefined;
          if (!use.module.oldApi && checkOptionUse(use.module.name, spec, use.seen, invert, arg)) throw GIVE_UP;
          use.data = use.module.sharedData ? this.sharedParse(use, opt, arg, invert) : this.parsed(use.module.parse(use.data as never, opt, arg, invert, this));
          use.seen.add(optionId(spec));
        }
      }
      this.invert = false;
    }
    if (this.invert) throw GIVE_UP;
    if (opts.table === "nat" && p.jumpto === "DROP") throw GIVE_UP;
    const used = this.matchCount;
    p.matches = used < this.matchLists.length ? this.matchLists[used]! : this.uses.slice(0, used);
    for (let k = 0; k < used; k++) this.finish(this.uses[k]!, this.useInfo[k]!);
    if (p.target) this.finish(p.target, this.targetInfo!);
    if ((chain === "PREROUTING" || chain === "INPUT") && p.options & OPT.VIANAMEOUT) throw GIVE_UP;
    if ((chain === "POSTROUTING" || chain === "OUTPUT") && p.options & OPT.VIANAMEIN) throw GIVE_UP;
    const src = parseAddrList(srcText ?? "0.0.0.0/0", opts.names);
    const dst = parseAddrList(dstText ?? "0.0.0.0/0", opts.names);
    if (!Array.isArray(src) || !Array.isArray(dst)) throw GIVE_UP;
    if ((src.length > 1 || dst.length > 1) && (p.invSrc || p.invDst)) throw GIVE_UP;
    p.sources = src as AddrMask[];
    p.destinations = dst as AddrMask[];
    return p;
  }

  private hasMatch(module: MatchModule): boolean {
    for (let k = 0; k < this.matchCount; k++) if (this.uses[k]!.module === module) return true;
    return false;
  }

  private parsed(result: unknown): unknown {
    if (isFailure(result)) throw GIVE_UP;
    return result;
  }

  /** Shared data of modules with sharedData, by the data before the option, then the option (with `!`). */
  private readonly shared = new Map<unknown, Map<string, SharedValues>>();
  private lastData: unknown = undefined;
  private lastOpt = "";
  private lastInvert = false;
  private lastValues: SharedValues | undefined = undefined;

  /** The module's parse, made once for equal options of the restore (sharedData). */
  private sharedParse(use: Use, opt: string, arg: string | undefined, invert: boolean): unknown {
    let values = this.lastValues;
    // Lines repeat one module's first option (kube-proxy's --comment): the last option's values are kept at hand.
    if (use.data !== this.lastData || opt !== this.lastOpt || invert !== this.lastInvert) {
      let byOption = this.shared.get(use.data);
      if (!byOption) this.shared.set(use.data, (byOption = new Map()));
      const key = invert ? `!${opt}` : opt;
      values = byOption.get(key);
      if (!values) byOption.set(key, (values = new SharedValues()));
      this.lastData = use.data;
      this.lastOpt = opt;
      this.lastInvert = invert;
      this.lastValues = values;
    }
    const found = values!.find(arg);
    if (found !== undefined) return found;
    return values!.remember(arg, this.parsed(use.module.parse(use.data as never, opt, arg, invert, this)));
  }

  private finish(use: Use, info: ModuleInfo): void {
    if (use.module.finalCheck?.(use.data as never, this, use.seen)) throw GIVE_UP;
    if (info.finalChecks && finalOptionChecks(use.module.name, use.module.options, use.seen)) throw GIVE_UP;
  }
}

keepShape(new FastParser());

/**
 * One option's parsed data by argument. The argument of the line before is
 * checked first: kube-proxy gives a chain's rules one comment, and a new
 * comment is one not seen before, so a table of every comment would cost
 * a lookup in a table of 50,000 (measured: 30 ms of a 550 ms restore) and
 * share nothing more. The table keeps the first TABLE_MAX arguments, and is
 * dropped once an option has more: --probability has three values in
 * kube-proxy's table and shares them all.
 */
class SharedValues {
  private lastArg: string | undefined = undefined;
  private lastData: unknown = undefined;
  private table: Map<string | undefined, unknown> | undefined = new Map();

  find(arg: string | undefined): unknown {
    if (this.lastData !== undefined && arg === this.lastArg) return this.lastData;
    const data = this.table?.get(arg);
    if (data !== undefined) {
      this.lastArg = arg;
      this.lastData = data;
    }
    return data;
  }

  remember(arg: string | undefined, data: unknown): unknown {
    if (this.table) {
      if (this.table.size < TABLE_MAX) this.table.set(arg, data);
      else this.table = undefined;
    }
    this.lastArg = arg;
    this.lastData = data;
    return data;
  }
}

const TABLE_MAX = 256;

keepShape(new SharedValues());

/** The command the first `count` words stand for, or undefined when the full parser must decide. */
export function fastParse(words: readonly string[], count: number, opts: FastParseOptions, parser = new FastParser()): ParsedCommand | undefined {
  if (count < 2 || words[0] !== "-A") return undefined;
  const chain = words[1]!;
  if (chain.startsWith("-") || chain.length >= 29) return undefined;
  try {
    return parser.parse(words, count, chain, opts);
  } catch (e) {
    if (e === GIVE_UP) return undefined;
    throw e;
  }
}
