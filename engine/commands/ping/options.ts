/**
 * iputils ping's command line (getopt, permuting as glibc does) and its
 * checks on numbers, with the messages of iputils 20221126.
 */
import { simpleGetopt } from "../iptables/simple-getopt.js";
import { PING_USAGE } from "./usage-text.js";

const SHORTS = "aABbC:c:dDe:fF:hHi:I:l:Lm:M:nN:Op:qQ:rRs:S:t:T:UvVw:W:46";
const LONG_MAX = "9223372036854775807";

export interface PingOptions {
  readonly count?: number;
  /** Seconds between sends. @default 1 */
  readonly intervalS: number;
  /** -W: seconds to wait for the last answer. @default 10 */
  readonly waitS: number;
  /** -w: seconds before ping stops whatever happens. */
  readonly deadlineS?: number;
  readonly quiet: boolean;
  readonly numeric: boolean;
  readonly broadcast: boolean;
  readonly iface?: string;
  readonly ttl?: number;
  readonly size: number;
  readonly destination: string;
}

export type PingParse =
  | { ok: true; options: PingOptions; warnings: string }
  | { ok: false; stdout?: string; stderr: string; exitCode: number };

const VERSION = "ping from iputils 20221126\nlibcap: yes, IDN: yes, NLS: no, error.h: yes, getrandom(): yes, __fpending(): yes\n";

function integer(text: string, min: number, max: string): number | string {
  if (!/^[+-]?\d+$/.test(text.trim())) return `ping: invalid argument: '${text}'\n`;
  const n = Number(text);
  if (n < min || n > Number(max)) return `ping: invalid argument: '${text}': out of range: ${min} <= value <= ${max}\n`;
  return n;
}

export function parsePing(argv: readonly string[]): PingParse {
  const parsed = simpleGetopt("ping", argv, SHORTS, []);
  if (!parsed.ok) return { ok: false, stderr: parsed.error + PING_USAGE, exitCode: 2 };
  let warnings = "";
  const o: { -readonly [K in keyof PingOptions]?: PingOptions[K] } = { intervalS: 1, waitS: 10, quiet: false, numeric: false, broadcast: false, size: 56 };
  for (const { key, arg = "" } of parsed.options) {
    switch (key) {
      case "h":
        return { ok: false, stderr: PING_USAGE, exitCode: 2 };
      case "V":
        return { ok: false, stdout: VERSION, stderr: "", exitCode: 0 };
      case "c": {
        const n = integer(arg, 1, LONG_MAX);
        if (typeof n === "string") return { ok: false, stderr: n, exitCode: 1 };
        o.count = n;
        break;
      }
      case "w": {
        const n = integer(arg, 0, "2147483647");
        if (typeof n === "string") return { ok: false, stderr: n, exitCode: 1 };
        o.deadlineS = n;
        break;
      }
      case "t": {
        const n = integer(arg, 0, "255");
        if (typeof n === "string") return { ok: false, stderr: n, exitCode: 1 };
        o.ttl = n;
        break;
      }
      case "s": {
        const n = integer(arg, 0, "65507");
        if (typeof n === "string") return { ok: false, stderr: n, exitCode: 1 };
        o.size = n;
        break;
      }
      case "i": {
        const n = Number(arg);
        if (!Number.isFinite(n) || arg.trim() === "") return { ok: false, stderr: `ping: bad timing interval: ${arg}\n`, exitCode: 2 };
        o.intervalS = n;
        break;
      }
      case "W": {
        const prefix = /^\s*[+-]?(\d+(\.\d*)?|\.\d+)/.exec(arg)?.[0] ?? "";
        if (prefix.length !== arg.length) warnings += `ping: option argument contains garbage: ${arg.slice(prefix.length)}\nping: this will become fatal error in the future\n`;
        o.waitS = prefix === "" ? 0 : Number(prefix);
        break;
      }
      case "q":
        o.quiet = true;
        break;
      case "n":
        o.numeric = true;
        break;
      case "b":
        o.broadcast = true;
        break;
      case "I":
        o.iface = arg;
        break;
    }
  }
  const destination = parsed.operands[parsed.operands.length - 1];
  if (destination === undefined) return { ok: false, stderr: "ping: usage error: Destination address required\n", exitCode: 1 };
  return { ok: true, options: { ...(o as PingOptions), destination }, warnings };
}
