/** ss's options that the lab knows: which sockets (-t -u -l -a, `state NAME`), how (-n -p -H -o). */
import { simpleGetopt, type SimpleOption } from "../iptables/simple-getopt.js";
import { SS_USAGE } from "./usage-text.js";
import { ALL, SS_CONN, stateNamed, type SsState } from "./states.js";

export interface SsOptions {
  readonly tcp: boolean;
  readonly udp: boolean;
  /** The states shown (the default, -l, -a, or the `state` filter). */
  readonly states: ReadonlySet<SsState>;
  readonly numeric: boolean;
  readonly processes: boolean;
  readonly noHeader: boolean;
  /** -o: timer information. */
  readonly timers: boolean;
}

const LONGS: readonly SimpleOption[] = [
  { name: "tcp", arg: "none", key: "t" },
  { name: "udp", arg: "none", key: "u" },
  { name: "listening", arg: "none", key: "l" },
  { name: "all", arg: "none", key: "a" },
  { name: "numeric", arg: "none", key: "n" },
  { name: "processes", arg: "none", key: "p" },
  { name: "no-header", arg: "none", key: "H" },
  { name: "options", arg: "none", key: "o" },
  { name: "help", arg: "none", key: "h" },
  { name: "ipv4", arg: "none", key: "4" },
];

/** Options ss has that the lab does not emulate: they fail loudly instead of printing something else. */
const UNSUPPORTED = "rmieZzbEf:A:D:F:xwSKNOs6M0";
const KNOWN = "-t -u -l -a -n -p -H -o -4 and state NAME";

export type SsParse = { ok: true; options: SsOptions } | { ok: false; stdout: string; stderr: string; exitCode: number };

function notEmulated(what: string): SsParse {
  return { ok: false, stdout: "", stderr: `ss: the lab does not emulate ${what} yet (it knows ${KNOWN})\n`, exitCode: 1 };
}

export function parseSs(argv: readonly string[]): SsParse {
  const parsed = simpleGetopt("ss", argv, `htulanpHo4${UNSUPPORTED}`, LONGS);
  if (!parsed.ok) return { ok: false, stdout: "", stderr: parsed.error + SS_USAGE, exitCode: 255 };
  const keys = new Set(parsed.options.map((o) => o.key));
  if (keys.has("h")) return { ok: false, stdout: SS_USAGE, stderr: "", exitCode: 0 };
  const unsupported = [...keys].filter((k) => UNSUPPORTED.includes(k) && k !== ":");
  if (unsupported.length > 0) return notEmulated(`-${unsupported.join(" -")}`);
  let states: Set<SsState> = new Set(keys.has("a") ? ALL : keys.has("l") ? ["LISTEN", "CLOSE"] : SS_CONN);
  let sawState = false;
  const ops = parsed.operands;
  for (let i = 0; i < ops.length; i++) {
    const group = ops[i] === "state" ? stateNamed(ops[i + 1] ?? "") : undefined;
    if (!group) return notEmulated(`the filter "${ops.slice(i).join(" ")}"`);
    if (!sawState) states = new Set();
    sawState = true;
    for (const s of group) states.add(s);
    i++;
  }
  return {
    ok: true,
    options: {
      tcp: keys.has("t"),
      udp: keys.has("u"),
      states,
      numeric: keys.has("n"),
      processes: keys.has("p"),
      noHeader: keys.has("H"),
      timers: keys.has("o"),
    },
  };
}
