/**
 * curl 7.88.1's command line, for the options the lab knows: short flags
 * may be combined (-sSv), a value follows its option or is glued to it (-m1).
 */
export interface CurlOptions {
  readonly url?: string;
  readonly verbose: boolean;
  readonly silent: boolean;
  readonly showError: boolean;
  readonly head: boolean;
  readonly include: boolean;
  readonly fail: boolean;
  /** -m / --max-time, in ms. */
  readonly maxTimeMs?: number;
  /** --connect-timeout, in ms. */
  readonly connectTimeoutMs?: number;
  readonly output?: string;
  readonly writeOut?: string;
  readonly help: boolean;
  readonly version: boolean;
}

export type CurlParse = { ok: true; options: CurlOptions } | { ok: false; stderr: string; exitCode: number };

export const TRY_HELP = "curl: try 'curl --help' or 'curl --manual' for more information\n";

const FLAGS: Readonly<Record<string, keyof CurlOptions>> = {
  v: "verbose",
  s: "silent",
  S: "showError",
  I: "head",
  i: "include",
  f: "fail",
  h: "help",
  V: "version",
};
const LONG_FLAGS: Readonly<Record<string, keyof CurlOptions>> = {
  verbose: "verbose",
  silent: "silent",
  "show-error": "showError",
  head: "head",
  include: "include",
  fail: "fail",
  help: "help",
  version: "version",
};
const VALUES: Readonly<Record<string, "m" | "o" | "w" | "connect-timeout">> = { m: "m", o: "o", w: "w" };
const LONG_VALUES: Readonly<Record<string, "m" | "o" | "w" | "connect-timeout">> = {
  "max-time": "m",
  output: "o",
  "write-out": "w",
  "connect-timeout": "connect-timeout",
};

function seconds(option: string, text: string): number | string {
  if (!/^\d+(\.\d+)?$/.test(text)) return `curl: option ${option}: expected a proper numerical parameter\n${TRY_HELP}`;
  return Math.round(Number(text) * 1000);
}

export function parseCurl(argv: readonly string[]): CurlParse {
  const o: { -readonly [K in keyof CurlOptions]?: CurlOptions[K] } = {};
  const set = (key: "m" | "o" | "w" | "connect-timeout", option: string, value: string): string | undefined => {
    if (key === "o") o.output = value;
    else if (key === "w") o.writeOut = value;
    else {
      const ms = seconds(option, value);
      if (typeof ms === "string") return ms;
      if (key === "m") o.maxTimeMs = ms;
      else o.connectTimeoutMs = ms;
    }
    return undefined;
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith("--") && a.length > 2) {
      const name = a.slice(2);
      const flag = LONG_FLAGS[name];
      if (flag) {
        (o as Record<string, unknown>)[flag] = true;
        continue;
      }
      const key = LONG_VALUES[name];
      if (!key) return { ok: false, stderr: `curl: option ${a}: is unknown\n${TRY_HELP}`, exitCode: 2 };
      const value = argv[++i];
      if (value === undefined) return { ok: false, stderr: `curl: option ${a}: requires parameter\n${TRY_HELP}`, exitCode: 2 };
      const error = set(key, a, value);
      if (error) return { ok: false, stderr: error, exitCode: 2 };
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const flag = FLAGS[c];
        if (flag) {
          (o as Record<string, unknown>)[flag] = true;
          continue;
        }
        const key = VALUES[c];
        if (!key) return { ok: false, stderr: `curl: option -${c}: is unknown\n${TRY_HELP}`, exitCode: 2 };
        const value = j + 1 < a.length ? a.slice(j + 1) : argv[++i];
        if (value === undefined) return { ok: false, stderr: `curl: option -${c}: requires parameter\n${TRY_HELP}`, exitCode: 2 };
        const error = set(key, `-${c}`, value);
        if (error) return { ok: false, stderr: error, exitCode: 2 };
        break;
      }
      continue;
    }
    o.url ??= a;
  }
  return {
    ok: true,
    options: { verbose: false, silent: false, showError: false, head: false, include: false, fail: false, help: false, version: false, ...o },
  };
}
