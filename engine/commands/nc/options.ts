/**
 * nc's command line (getopt "46bCDdFhI:i:klM:m:NnO:P:p:q:rSs:T:tUuV:vW:w:X:x:Zz"),
 * the checks netcat.c makes on it, and what remains: a listener or a client.
 */
import { simpleGetopt } from "../iptables/simple-getopt.js";
import { K_WITHOUT_L, MISSING_PORT, NC_USAGE, Z_WITH_L } from "./messages.js";

const SHORTS = "46bCDdFhI:i:klM:m:NnO:P:p:q:rSs:T:tUuV:vW:w:X:x:Zz";

export interface NcOptions {
  readonly listen: boolean;
  readonly keep: boolean;
  readonly udp: boolean;
  readonly zero: boolean;
  readonly verbose: boolean;
  readonly numeric: boolean;
  /** -N: shut the socket down after EOF on stdin. */
  readonly shutdownOnEof: boolean;
  /** -w: seconds, for connect and for idle reads. */
  readonly timeoutS?: number;
  readonly source?: string;
  readonly sourcePort?: string;
  readonly host?: string;
  /** The port operand (or -p with -l). */
  readonly port: string;
}

export type NcParse = { ok: true; options: NcOptions } | { ok: false; stderr: string; exitCode: number } | { ok: "help" };

function strtonum(text: string, min: number, max: number): number | "invalid" | "too small" | "too large" {
  if (!/^-?\d+$/.test(text)) return "invalid";
  const n = Number(text);
  return n < min ? "too small" : n > max ? "too large" : n;
}

export function parseNc(argv: readonly string[]): NcParse {
  const parsed = simpleGetopt("nc", argv, SHORTS, []);
  if (!parsed.ok) return { ok: false, stderr: parsed.error + NC_USAGE, exitCode: 1 };
  const has = (key: string) => parsed.options.some((o) => o.key === key);
  const arg = (key: string) => [...parsed.options].reverse().find((o) => o.key === key)?.arg;
  if (has("h")) return { ok: "help" };
  let timeoutS: number | undefined;
  for (const o of parsed.options) {
    if (o.key !== "w") continue;
    const n = strtonum(o.arg ?? "", 0, 100_000_000);
    if (typeof n === "string") return { ok: false, stderr: `nc: timeout ${n}: ${o.arg}\n`, exitCode: 1 };
    timeoutS = n;
  }
  const listen = has("l");
  const operands = parsed.operands;
  const sourcePort = arg("p");
  let host: string | undefined;
  let port: string | undefined;
  if (listen) {
    // netcat.c: -l takes neither -s nor -p with a port operand, nor more than two operands.
    if (has("s") || operands.length > 2 || (operands.length > 0 && sourcePort !== undefined)) return { ok: false, stderr: NC_USAGE, exitCode: 1 };
    if (operands.length === 2) [host, port] = operands;
    else port = operands[0] ?? sourcePort;
  } else if (operands.length === 0) {
    return { ok: false, stderr: NC_USAGE, exitCode: 1 };
  } else {
    [host, port] = operands;
  }
  if (port === undefined) return { ok: false, stderr: MISSING_PORT, exitCode: 1 };
  if (!listen && has("k")) return { ok: false, stderr: K_WITHOUT_L, exitCode: 1 };
  if (listen && has("z")) return { ok: false, stderr: Z_WITH_L, exitCode: 1 };
  const source = arg("s") ?? (listen ? host : undefined);
  return {
    ok: true,
    options: {
      listen,
      keep: has("k"),
      udp: has("u"),
      zero: has("z"),
      verbose: has("v"),
      numeric: has("n"),
      shutdownOnEof: has("N"),
      ...(timeoutS !== undefined ? { timeoutS } : {}),
      ...(source !== undefined ? { source } : {}),
      ...(sourcePort !== undefined && !listen ? { sourcePort } : {}),
      ...(host !== undefined && !listen ? { host } : {}),
      port,
    },
  };
}
