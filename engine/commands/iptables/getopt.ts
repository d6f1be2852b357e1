/**
 * GNU getopt_long as iptables drives it: optstring "-:..." (non-options are
 * returned in order as code 1, a missing argument as ':'), long options by
 * exact name or unique prefix, and an option table that grows while parsing
 * (each -m and -j adds the module's options).
 */

export interface LongOption {
  readonly name: string;
  readonly arg: "required" | "none" | "optional";
  /** What the caller gets back for it (a short letter, or a module option key). */
  readonly key: string;
}

/** The long options known at this point of the parse: exact names first, then unique prefixes. */
export interface LongTable {
  get(name: string): LongOption | undefined;
  /** Every option whose name starts with `prefix`. */
  withPrefix(prefix: string): LongOption[];
}

/** A module's long options, built once per module. */
export interface OptionGroup {
  readonly list: readonly LongOption[];
  readonly index: ReadonlyMap<string, LongOption>;
}

/** The base options plus the groups of the modules loaded so far (in load order). */
export class GrowingLongTable implements LongTable {
  private groups: OptionGroup[] | undefined;

  constructor(
    private readonly base: readonly LongOption[],
    private readonly baseIndex: ReadonlyMap<string, LongOption>,
  ) {}

  add(group: OptionGroup): void {
    (this.groups ??= []).push(group);
  }

  get(name: string): LongOption | undefined {
    const found = this.baseIndex.get(name);
    if (found || !this.groups) return found;
    for (const g of this.groups) {
      const o = g.index.get(name);
      if (o) return o;
    }
    return undefined;
  }

  withPrefix(prefix: string): LongOption[] {
    const all = [...this.base, ...(this.groups ?? []).flatMap((g) => g.list)];
    return all.filter((o) => o.name.startsWith(prefix));
  }
}

export type GetoptResult =
  | { kind: "option"; key: string; optarg: string | undefined; /** how argv named it, for messages */ text: string }
  | { kind: "nonopt"; optarg: string }
  | { kind: "missing"; text: string }
  | { kind: "unknown"; text: string }
  | { kind: "end" };

export class Getopt {
  optind = 1;
  /** Position inside a cluster of short options ("-nvL"). */
  private next = 0;

  constructor(
    private readonly argv: readonly string[],
    /** Short options: letter -> "none" | "required" | "optional". */
    private readonly shorts: ReadonlyMap<string, LongOption["arg"]>,
  ) {}

  /** Has the next argv element an argument for an option (xs_has_arg)? */
  hasArg(): boolean {
    const a = this.argv[this.optind];
    return a !== undefined && !a.startsWith("-") && !a.startsWith("!");
  }

  /** Takes the next argv element (the caller checked hasArg). */
  take(): string {
    return this.argv[this.optind++]!;
  }

  argAt(i: number): string | undefined {
    return this.argv[i];
  }

  get argc(): number {
    return this.argv.length;
  }

  getopt(longs: LongTable): GetoptResult {
    const argv = this.argv;
    if (this.next === 0) {
      if (this.optind >= argv.length) return { kind: "end" };
      const arg = argv[this.optind]!;
      if (arg === "--") {
        this.optind++;
        return { kind: "end" };
      }
      if (!arg.startsWith("-") || arg === "-") {
        this.optind++;
        return { kind: "nonopt", optarg: arg };
      }
      if (arg.startsWith("--")) return this.long(arg, longs);
      this.next = 1;
    }
    const arg = argv[this.optind]!;
    const ch = arg[this.next]!;
    this.next++;
    const done = this.next >= arg.length;
    const spec = this.shorts.get(ch);
    if (spec === undefined) {
      if (done) this.finishCluster();
      return { kind: "unknown", text: arg };
    }
    if (spec === "none") {
      if (done) this.finishCluster();
      return { kind: "option", key: ch, optarg: undefined, text: `-${ch}` };
    }
    if (!done) {
      const optarg = arg.slice(this.next);
      this.finishCluster();
      return { kind: "option", key: ch, optarg, text: `-${ch}` };
    }
    this.finishCluster();
    if (spec === "optional") return { kind: "option", key: ch, optarg: undefined, text: `-${ch}` };
    if (this.optind >= argv.length) return { kind: "missing", text: arg };
    return { kind: "option", key: ch, optarg: argv[this.optind++]!, text: `-${ch}` };
  }

  private finishCluster(): void {
    this.next = 0;
    this.optind++;
  }

  private long(arg: string, longs: LongTable): GetoptResult {
    const eq = arg.indexOf("=");
    const name = arg.slice(2, eq >= 0 ? eq : undefined);
    const inline = eq >= 0 ? arg.slice(eq + 1) : undefined;
    this.optind++;
    let found = longs.get(name);
    if (!found) {
      const candidates = longs.withPrefix(name);
      const first = candidates[0];
      if (!first || candidates.some((c) => c.key !== first.key || c.arg !== first.arg)) return { kind: "unknown", text: arg };
      found = first;
    }
    if (found.arg === "none") {
      if (inline !== undefined) return { kind: "unknown", text: arg };
      return { kind: "option", key: found.key, optarg: undefined, text: `--${found.name}` };
    }
    if (inline !== undefined) return { kind: "option", key: found.key, optarg: inline, text: `--${found.name}` };
    if (found.arg === "optional") return { kind: "option", key: found.key, optarg: undefined, text: `--${found.name}` };
    if (this.optind >= this.argv.length) return { kind: "missing", text: arg };
    return { kind: "option", key: found.key, optarg: this.argv[this.optind++]!, text: `--${found.name}` };
  }

  /** Re-read the argument just consumed (iptables' `optind--` after loading a protocol match). */
  unread(): void {
    this.optind--;
  }
}
