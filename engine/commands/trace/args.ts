/** The trace command's arguments, parsed into one request or an error message. */
import { parseIpv4 } from "../../addr/ipv4.js";

export interface TraceArgs {
  readonly proto: "tcp" | "udp" | "icmp";
  readonly dst: string;
  readonly dport?: number;
  readonly from?: string;
  readonly src?: string;
  readonly sport?: number;
  readonly bytes?: number;
  readonly ttl?: number;
  readonly all: boolean;
  readonly send: boolean;
}

export type Parsed = { readonly help: true } | { readonly args: TraceArgs } | { readonly error: string };

const WITH_VALUE = new Set(["--from", "--src", "--sport", "--bytes", "--ttl"]);

function port(text: string): number | undefined {
  return /^\d+$/.test(text) && Number(text) >= 1 && Number(text) <= 65535 ? Number(text) : undefined;
}

export function parseTraceArgs(argv: readonly string[]): Parsed {
  const opts: Record<string, string> = {};
  const flags = new Set<string>();
  const words: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i]!;
    if (a === "-h" || a === "--help") return { help: true };
    let value: string | undefined;
    const eq = a.indexOf("=");
    if (a.startsWith("--") && eq > 0) {
      value = a.slice(eq + 1);
      a = a.slice(0, eq);
    }
    if (WITH_VALUE.has(a)) {
      value ??= argv[++i];
      if (value === undefined) return { error: `option ${a} needs a value` };
      opts[a] = value;
    } else if (a === "--all" || a === "--send") flags.add(a);
    else if (a.startsWith("-")) return { error: `unknown option ${a}` };
    else words.push(a);
  }
  if (words.length !== 2) return { error: words.length < 2 ? "say what to send and where: PROTO DEST[:PORT]" : `too many arguments: ${words.slice(2).join(" ")}` };
  const proto = words[0]!.toLowerCase();
  if (proto !== "tcp" && proto !== "udp" && proto !== "icmp") return { error: `unknown protocol "${words[0]}": use tcp, udp or icmp` };
  const [host, portText, ...rest] = words[1]!.split(":");
  if (rest.length > 0 || parseIpv4(host!) === undefined) return { error: `"${words[1]}" is not ADDRESS or ADDRESS:PORT (an IPv4 address, like 10.0.0.2:80)` };
  let dport: number | undefined;
  if (proto === "icmp") {
    if (portText !== undefined) return { error: "icmp has no ports: give only the address" };
  } else {
    if (portText === undefined) return { error: `${proto} needs a port: ${host}:PORT` };
    dport = port(portText);
    if (dport === undefined) return { error: `"${portText}" is not a port (1-65535)` };
  }
  if (opts["--src"] !== undefined && parseIpv4(opts["--src"]) === undefined) return { error: `--src ${opts["--src"]}: not an IPv4 address` };
  const sport = opts["--sport"] !== undefined ? port(opts["--sport"]) : undefined;
  if (opts["--sport"] !== undefined && sport === undefined) return { error: `--sport ${opts["--sport"]}: not a port` };
  const num = (k: string, max: number) => (opts[k] !== undefined && /^\d+$/.test(opts[k]!) && Number(opts[k]) <= max ? Number(opts[k]) : undefined);
  if (opts["--bytes"] !== undefined && num("--bytes", 65507) === undefined) return { error: `--bytes ${opts["--bytes"]}: not a size (0-65507)` };
  if (opts["--ttl"] !== undefined && (num("--ttl", 255) ?? 0) < 1) return { error: `--ttl ${opts["--ttl"]}: not a TTL (1-255)` };
  const args: TraceArgs = {
    proto,
    dst: host!,
    all: flags.has("--all"),
    send: flags.has("--send"),
    ...(dport !== undefined ? { dport } : {}),
    ...(opts["--from"] !== undefined ? { from: opts["--from"] } : {}),
    ...(opts["--src"] !== undefined ? { src: opts["--src"] } : {}),
    ...(sport !== undefined ? { sport } : {}),
    ...(opts["--bytes"] !== undefined ? { bytes: num("--bytes", 65507)! } : {}),
    ...(opts["--ttl"] !== undefined ? { ttl: num("--ttl", 255)! } : {}),
  };
  return { args };
}
