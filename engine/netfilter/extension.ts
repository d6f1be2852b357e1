/**
 * The interface every match (`-m NAME`) and target (`-j NAME`) module
 * implements. One module per file under matches/ and targets/, registered in
 * registry.ts. A module can parse its options (with the real error texts),
 * print itself for iptables-save / -S and for -L, say where the kernel
 * accepts it, and evaluate a packet.
 *
 * Module data is plain JSON: it is stored in the world as it is.
 */
import { keepShape } from "../keep-shape.js";
import type { Packet } from "./packet.js";
import type { Backend, HookName, IpMatch, Rule, Table, TableName } from "./types.js";
import type { IpsetMatchExt } from "./ipset.js";

/** Name lookups the tools do through /etc/services, /etc/protocols and /etc/hosts. */
export interface NameDb {
  /** Port number of a service name for a protocol ("http", "tcp") -> 80. */
  servicePort(name: string, proto: string): number | undefined;
  /** Service name of a port ("tcp", 80) -> "http". */
  serviceName(port: number, proto: string): string | undefined;
  protoNumber(name: string): number | undefined;
  protoName(num: number): string | undefined;
  /** IPv4 addresses of a host name, as getaddrinfo would give them (unsigned 32-bit). */
  hostAddrs(name: string): readonly number[];
  /** The name of an address, as getnameinfo would give it, if any. */
  hostName(addr: number): string | undefined;
  /** The number of a network name in /etc/networks (getnetbyname), tried after host names. */
  networkAddr?(name: string): number | undefined;
  /** getpwnam / getpwuid / getgrnam / getgrgid. */
  uid(name: string): number | undefined;
  userName(uid: number): string | undefined;
  gid(name: string): number | undefined;
  groupName(gid: number): string | undefined;
}

/** An option a module understands (`--dport`, `--to-destination`). */
export interface OptionSpec {
  /** Long name without the dashes. */
  readonly name: string;
  /** Options with the same id are one option under two names (--sport, --source-port). @default name */
  readonly id?: string;
  /** Whether the option takes an argument. @default "required" */
  readonly arg?: "required" | "none" | "optional";
  /**
   * The x6 option-table flags libxtables checks before the module sees the
   * option (modules with `oldApi` check these themselves):
   * `invert` may follow `!` (XTOPT_INVERT), `multi` may repeat (XTOPT_MULTI),
   * `mandatory` must be given (XTOPT_MAND), `excl`/`also` name options it
   * excludes or needs.
   */
  readonly invert?: boolean;
  readonly multi?: boolean;
  readonly mandatory?: boolean;
  readonly excl?: readonly string[];
  readonly also?: readonly string[];
}

/**
 * A parse failure, reported as the tool reports it. `param` is a parameter
 * problem (`iptables v1.8.9 (nf_tables): MSG` plus the "Try `iptables -h'"
 * line, exit 2); `other` is printed the same way without the hint (exit 1).
 */
export interface ParseFailure {
  readonly error: string;
  /** @default "param" */
  readonly kind?: "param" | "other" | "version" | "resource";
}

export function isFailure(value: unknown): value is ParseFailure {
  return typeof value === "object" && value !== null && "error" in value && typeof (value as ParseFailure).error === "string";
}

export interface ParseContext {
  readonly backend: Backend;
  readonly table: TableName;
  /** The rule's fixed part as parsed so far (-p before the match's options). */
  readonly ip: IpMatch;
  readonly names: NameDb;
  /** Consumes the next command-line word if it is not an option (--tcp-flags MASK COMP). */
  takeArg(): string | undefined;
  /** Prints a warning to stderr (the command goes on). */
  warn(text: string): void;
  /** Whether an ipset of that name exists in the namespace (the set match and SET target ask). */
  ipsetExists?(name: string): boolean;
}

export interface FormatContext {
  /** -n: numbers instead of names. */
  readonly numeric: boolean;
  readonly names: NameDb;
  readonly backend: Backend;
  /** The rule's fixed part (tcp prints flags with the protocol it sees). */
  readonly ip: IpMatch;
}

/** Where a rule lives, for the kernel's checkentry: its table and the hooks its chain is reachable from. */
export interface CheckContext {
  readonly table: TableName;
  /** Built-in chains from which this rule's chain is reachable (its own hook for a built-in chain). */
  readonly hooks: readonly HookName[];
  readonly ip: IpMatch;
  readonly backend: Backend;
  /** The whole rule (TCPMSS looks for a SYN match beside it). */
  readonly rule?: Rule;
  /** The table being checked (RATEEST and rateest look up estimators by name in it). */
  readonly ruleset?: Table;
}

/** What the kernel says when it refuses a rule: the dmesg line (e.g. "x_tables: ip_tables: DNAT target: ..."). */
export interface CheckFailure {
  readonly dmesg: string;
  /** The errno the kernel returns. @default "EINVAL" */
  readonly errno?: "EINVAL" | "ERANGE" | "ENOENT" | "EOPNOTSUPP";
  /** The userspace message iptables-nft prints before the kernel is asked (e.g. "TCP match requires '-p tcp'"). */
  readonly nftUserspace?: string;
}

/** Address types, as addrtype names them. */
export type AddrType =
  | "UNSPEC" | "UNICAST" | "LOCAL" | "BROADCAST" | "ANYCAST" | "MULTICAST"
  | "BLACKHOLE" | "UNREACHABLE" | "PROHIBIT" | "THROW" | "NAT" | "XRESOLVE";

/** What a module may consult while it evaluates a packet. Supplied by the packet walk. */
export interface EvalContext {
  readonly table: TableName;
  readonly hook: HookName;
  /** World time (ms since the epoch). */
  readonly nowMs: number;
  /** A float in [0, 1) from the world's seeded generator. */
  random(): number;
  /** The route type of an address in this namespace (for addrtype); `iface` limits it to one interface. */
  addrType(addr: number, iface?: string): AddrType;
  /** ipset lookups (set match, SET target); undefined when the set does not exist. `ext`: the set match's counter update and tests. */
  ipsetTest?(name: string, packet: Packet, flags: readonly ("src" | "dst")[], ext?: IpsetMatchExt): boolean | undefined;
  /** The addresses of an interface (MASQUERADE, REDIRECT pick from them). */
  ifaceAddrs?(iface: string): readonly number[];
  /** Mutable runtime state of this one match or target instance (stored with the rule, plain JSON). */
  readonly state: Record<string, unknown>;
  /**
   * Runtime state shared by every rule of the namespace that names the same
   * key (recent's lists "xt_recent/NAME", hashlimit's tables "hashlimit/NAME"),
   * as the kernel shares them by name. Back it with NetfilterState.shared.
   * Without it, modules keep the state per rule.
   */
  shared?(key: string): Record<string, unknown>;
}

export interface MatchModule<D = unknown> {
  /** The name given to -m (and printed after -m). */
  readonly name: string;
  /** Other names -m accepts for the same module (printed with `name`). */
  readonly aliases?: readonly string[];
  readonly options: readonly OptionSpec[];
  /** True for modules on libxtables' old parse API (tcp, sctp, set): no generic x6 checks. */
  readonly oldApi?: boolean;
  /**
   * Its parse depends on nothing but the data so far, the option, its
   * argument and `!`: iptables-restore may give equal options one shared
   * data object (kube-proxy's 110,000 comments become 50,000 objects; see
   * SharedValues in fast-parse.ts). Data is never changed after parse.
   */
  readonly sharedData?: boolean;
  /** The data of a fresh `-m NAME` before any of its options. */
  init(ctx: ParseContext): D;
  /** One option (`opt` is the long name). Returns the new data or a failure. */
  parse(data: D, opt: string, arg: string | undefined, invert: boolean, ctx: ParseContext): D | ParseFailure;
  /** Checks after the whole rule is parsed; `seen` holds the long names of the options given. */
  finalCheck?(data: D, ctx: ParseContext, seen: SeenOptions): ParseFailure | undefined;
  /** The text after `-m NAME` in iptables-save and -S, with a leading space (" --dport 80"), or "". */
  save(data: D, ctx: FormatContext): string;
  /** The text -L puts in the last column ("tcp dpt:80 "), usually with a trailing space. */
  print(data: D, ctx: FormatContext): string;
  /** The kernel's checkentry; undefined when the rule is acceptable. */
  check?(data: D, ctx: CheckContext): CheckFailure | undefined;
  /** Whether the packet matches. */
  match(data: D, packet: Packet, ctx: EvalContext): boolean;
}

/** Side effects a target asks of the stack beyond its verdict. */
export type TargetEffect =
  | { readonly kind: "log"; readonly prefix: string; readonly level: number; readonly line: string }
  | { readonly kind: "reject"; readonly with: string }
  | { readonly kind: "nat"; readonly type: "snat" | "dnat" | "masquerade" | "redirect"; readonly range?: NatRange; readonly random?: boolean; readonly persistent?: boolean; readonly fully?: boolean }
  | { readonly kind: "notrack" }
  | { readonly kind: "ct"; readonly zone?: number; readonly helper?: string; readonly notrack?: boolean }
  | { readonly kind: "connmark"; readonly mark: number }
  | { readonly kind: "trace" }
  | { readonly kind: "nfqueue"; readonly queue: number; readonly bypass: boolean }
  | { readonly kind: "nflog"; readonly group: number; readonly prefix: string }
  | { readonly kind: "ipset"; readonly op: "add" | "del"; readonly set: string; readonly dirs: readonly ("src" | "dst")[]; readonly exist?: boolean; readonly timeout?: number };

/** A NAT address/port range (--to-destination 10.0.0.1-10.0.0.3:80-90). */
export interface NatRange {
  readonly minAddr?: number;
  readonly maxAddr?: number;
  readonly minPort?: number;
  readonly maxPort?: number;
}

export type TargetVerdict = "ACCEPT" | "DROP" | "CONTINUE" | "RETURN" | "QUEUE" | "STOLEN";

export interface TargetResult {
  readonly verdict: TargetVerdict;
  /** The packet as the target left it (MARK, TOS, TTL...); absent when unchanged. */
  readonly packet?: Packet;
  readonly effects?: readonly TargetEffect[];
}

export interface TargetModule<D = unknown> {
  /** The name given to -j (and printed after -j). */
  readonly name: string;
  /** The name -L shows in the target column when it is not `name` (legacy shows NOTRACK as CT). */
  readonly listName?: (backend: Backend) => string;
  readonly options: readonly OptionSpec[];
  readonly oldApi?: boolean;
  /** As MatchModule.sharedData. */
  readonly sharedData?: boolean;
  init(ctx: ParseContext): D;
  parse(data: D, opt: string, arg: string | undefined, invert: boolean, ctx: ParseContext): D | ParseFailure;
  finalCheck?(data: D, ctx: ParseContext, seen: SeenOptions): ParseFailure | undefined;
  /** The text after `-j NAME` in iptables-save and -S, with a leading space, or "". */
  save(data: D, ctx: FormatContext): string;
  /** The text -L appends in the last column ("to:10.0.0.1:80"). */
  print(data: D, ctx: FormatContext): string;
  check?(data: D, ctx: CheckContext): CheckFailure | undefined;
  evaluate(data: D, packet: Packet, ctx: EvalContext): TargetResult;
}

/** The ids of the options an extension was given on the command line (what its finalCheck reads). */
export interface SeenOptions {
  has(id: string): boolean;
  readonly size: number;
}

/**
 * SeenOptions as a parser fills them in. An extension is given one or two
 * options, nearly always: they are kept in fields, not a Set (iptables-restore
 * of kube-proxy's rules parses 450,000 extension uses).
 */
export class OptionIds implements SeenOptions {
  size = 0;
  private first: string | undefined;
  private second: string | undefined;
  private more: string[] | undefined;

  has(id: string): boolean {
    return id === this.first || id === this.second || (this.more !== undefined && this.more.includes(id));
  }

  /** The ids in the order they were given. */
  *[Symbol.iterator](): IterableIterator<string> {
    if (this.first !== undefined) yield this.first;
    if (this.second !== undefined) yield this.second;
    if (this.more !== undefined) yield* this.more;
  }

  /** Forgets every id (a parser reuses one set from line to line). */
  clear(): void {
    this.size = 0;
    this.first = undefined;
    this.second = undefined;
    this.more = undefined;
  }

  add(id: string): void {
    if (this.has(id)) return;
    if (this.size === 0) this.first = id;
    else if (this.size === 1) this.second = id;
    else (this.more ??= []).push(id);
    this.size++;
  }
}

keepShape(new OptionIds());
