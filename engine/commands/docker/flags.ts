/**
 * Command-line flags as the docker CLI's pflag reads them: --long, --long=v,
 * -s v, -sv, bundled booleans (-dit), `--` to end flags; run, create and
 * exec stop at the first argument (the image or container), the others
 * accept flags anywhere. Errors carry pflag's wording.
 */
export type FlagType = "bool" | "string" | "list" | "int";

export interface FlagSpec {
  readonly long: string;
  readonly short?: string;
  readonly type: FlagType;
}

export interface ParsedFlags {
  /** Values by long name: true for booleans, every value for lists, the last one otherwise. */
  readonly values: ReadonlyMap<string, string[] | boolean>;
  readonly args: string[];
}

export function flagString(p: ParsedFlags, name: string): string | undefined {
  const v = p.values.get(name);
  return Array.isArray(v) ? v[v.length - 1] : undefined;
}

export function flagList(p: ParsedFlags, name: string): string[] {
  const v = p.values.get(name);
  return Array.isArray(v) ? v : [];
}

export function flagBool(p: ParsedFlags, name: string): boolean {
  return p.values.get(name) === true;
}

const HELP: FlagSpec = { long: "help", type: "bool" };

function parseBool(text: string): boolean | undefined {
  if (/^(1|t|T|TRUE|true|True)$/.test(text)) return true;
  if (/^(0|f|F|FALSE|false|False)$/.test(text)) return false;
  return undefined;
}

export function parseFlags(argv: readonly string[], specs: readonly FlagSpec[], interspersed: boolean): ParsedFlags | { error: string } {
  const all = [...specs, HELP];
  const values = new Map<string, string[] | boolean>();
  const args: string[] = [];
  const set = (spec: FlagSpec, value: string | boolean): string | undefined => {
    const label = spec.short ? `-${spec.short}, --${spec.long}` : `--${spec.long}`;
    if (spec.type === "bool") {
      const b = typeof value === "boolean" ? value : parseBool(value);
      if (b === undefined) return `invalid argument "${value}" for "${label}" flag: strconv.ParseBool: parsing "${value}": invalid syntax`;
      values.set(spec.long, b);
      return undefined;
    }
    if (spec.type === "int" && !/^-?\d+$/.test(String(value))) {
      return `invalid argument "${value}" for "${label}" flag: strconv.ParseInt: parsing "${value}": invalid syntax`;
    }
    const prev = values.get(spec.long);
    values.set(spec.long, spec.type === "list" && Array.isArray(prev) ? [...prev, String(value)] : [String(value)]);
    return undefined;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = eq >= 0 ? a.slice(2, eq) : a.slice(2);
      const spec = all.find((s) => s.long === name);
      if (!spec) return { error: `unknown flag: --${name}` };
      let value: string | boolean;
      if (eq >= 0) value = a.slice(eq + 1);
      else if (spec.type === "bool") value = true;
      else if (i + 1 < argv.length) value = argv[++i]!;
      else return { error: `flag needs an argument: --${name}` };
      const err = set(spec, value);
      if (err) return { error: err };
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const spec = all.find((s) => s.short === c) ?? (c === "h" ? HELP : undefined);
        if (!spec) return { error: `unknown shorthand flag: '${c}' in ${a}` };
        if (spec.type === "bool") {
          if (a[j + 1] === "=") {
            const err = set(spec, a.slice(j + 2));
            if (err) return { error: err };
            break;
          }
          set(spec, true);
          continue;
        }
        let value = a.slice(j + 1).replace(/^=/, "");
        if (value === "") {
          if (i + 1 >= argv.length) return { error: `flag needs an argument: '${c}' in -${c}` };
          value = argv[++i]!;
        }
        const err = set(spec, value);
        if (err) return { error: err };
        break;
      }
      continue;
    }
    if (!interspersed) {
      args.push(...argv.slice(i));
      break;
    }
    args.push(a);
  }
  return { values, args };
}
