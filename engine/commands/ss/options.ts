/** ss's options that the lab knows: which sockets (-t -u -l -a), how (-n -p -H). */
import { simpleGetopt, type SimpleOption } from "../iptables/simple-getopt.js";
import { SS_USAGE } from "./usage-text.js";

export interface SsOptions {
  readonly tcp: boolean;
  readonly udp: boolean;
  readonly listening: boolean;
  readonly all: boolean;
  readonly numeric: boolean;
  readonly processes: boolean;
  readonly noHeader: boolean;
}

const LONGS: readonly SimpleOption[] = [
  { name: "tcp", arg: "none", key: "t" },
  { name: "udp", arg: "none", key: "u" },
  { name: "listening", arg: "none", key: "l" },
  { name: "all", arg: "none", key: "a" },
  { name: "numeric", arg: "none", key: "n" },
  { name: "processes", arg: "none", key: "p" },
  { name: "no-header", arg: "none", key: "H" },
  { name: "help", arg: "none", key: "h" },
  { name: "ipv4", arg: "none", key: "4" },
];

/** Options ss has that the lab does not emulate: they fail loudly instead of printing something else. */
const UNSUPPORTED = "rmioeZzbEf:A:D:F:xwSKNOs6M0";

export type SsParse = { ok: true; options: SsOptions } | { ok: false; stdout: string; stderr: string; exitCode: number };

export function parseSs(argv: readonly string[]): SsParse {
  const parsed = simpleGetopt("ss", argv, `htulanpH4${UNSUPPORTED}`, LONGS);
  if (!parsed.ok) return { ok: false, stdout: "", stderr: parsed.error + SS_USAGE, exitCode: 255 };
  const keys = new Set(parsed.options.map((o) => o.key));
  if (keys.has("h")) return { ok: false, stdout: SS_USAGE, stderr: "", exitCode: 0 };
  const unsupported = [...keys].filter((k) => UNSUPPORTED.includes(k) && k !== ":");
  if (unsupported.length > 0 || parsed.operands.length > 0) {
    const what = unsupported.length > 0 ? `-${unsupported.join(" -")}` : `the filter "${parsed.operands.join(" ")}"`;
    return { ok: false, stdout: "", stderr: `ss: the lab does not emulate ${what} yet (it knows -t -u -l -a -n -p -H -4)\n`, exitCode: 1 };
  }
  return {
    ok: true,
    options: {
      tcp: keys.has("t"),
      udp: keys.has("u"),
      listening: keys.has("l"),
      all: keys.has("a"),
      numeric: keys.has("n"),
      processes: keys.has("p"),
      noHeader: keys.has("H"),
    },
  };
}
