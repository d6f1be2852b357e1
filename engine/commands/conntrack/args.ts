/** conntrack's command line: one command, a table, the filter options (conntrack.c's option table). */
import { parseIpv4 } from "../../addr/ipv4.js";
import type { TcpCtState } from "../../conntrack/types.js";

export interface CtFilter {
  proto?: number;
  origSrc?: number;
  origDst?: number;
  replySrc?: number;
  replyDst?: number;
  sport?: number;
  dport?: number;
  replySport?: number;
  replyDport?: number;
  mark?: number;
  state?: TcpCtState;
  status?: string[];
  zone?: number;
  family?: "ipv4" | "ipv6";
  srcNat?: boolean;
  dstNat?: boolean;
  anyNat?: boolean;
  extended?: boolean;
}

export type CtCommand = "L" | "D" | "F" | "C" | "E";

export type ParsedCt =
  | { readonly usage: true }
  | { readonly error: string }
  | { readonly unsupported: string }
  | { readonly command: CtCommand; readonly filter: CtFilter };

const COMMANDS: Readonly<Record<string, string>> = {
  "-L": "L", "--dump": "L", "-D": "D", "--delete": "D", "-F": "F", "--flush": "F", "-C": "C", "--count": "C", "-E": "E", "--event": "E",
  "-G": "G", "--get": "G", "-I": "I", "--create": "I", "-U": "U", "--update": "U", "-S": "S", "--stats": "S",
};
const PROTOS: Readonly<Record<string, number>> = { tcp: 6, udp: 17, icmp: 1, udplite: 136, sctp: 132, dccp: 33, gre: 47, icmpv6: 58 };
const TCP_STATES: readonly TcpCtState[] = ["NONE", "SYN_SENT", "SYN_RECV", "ESTABLISHED", "FIN_WAIT", "CLOSE_WAIT", "LAST_ACK", "TIME_WAIT", "CLOSE", "SYN_SENT2"];
const PORT_OPTS: Readonly<Record<string, keyof CtFilter>> = {
  "--sport": "sport", "--orig-port-src": "sport", "--dport": "dport", "--orig-port-dst": "dport",
  "--reply-port-src": "replySport", "--reply-port-dst": "replyDport",
};
const ADDR_OPTS: Readonly<Record<string, keyof CtFilter>> = {
  "-s": "origSrc", "--src": "origSrc", "--orig-src": "origSrc", "-d": "origDst", "--dst": "origDst", "--orig-dst": "origDst",
  "-r": "replySrc", "--reply-src": "replySrc", "-q": "replyDst", "--reply-dst": "replyDst",
};

export function parseConntrack(argv: readonly string[]): ParsedCt {
  if (argv.length === 0) return { usage: true };
  let command: string | undefined;
  const filter: CtFilter = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const need = (): string | undefined => argv[++i];
    if (a === "-h" || a === "--help") return { usage: true };
    if (COMMANDS[a]) {
      command = COMMANDS[a];
      const table = argv[i + 1];
      if (table && !table.startsWith("-")) {
        i++;
        if (table === "expect" || table === "dying" || table === "unconfirmed") return { unsupported: `the ${table} table` };
        if (table !== "conntrack") return { error: `Bad parameter \`${table}'` };
      }
      continue;
    }
    if (ADDR_OPTS[a]) {
      const v = need();
      if (v === undefined) return { error: `option \`${a}' requires an argument` };
      const ip = parseIpv4(v);
      if (ip === undefined) return { error: `Invalid IP address \`${v}'` };
      (filter[ADDR_OPTS[a]!] as number) = ip;
      continue;
    }
    if (PORT_OPTS[a] || a === "--state") {
      if (filter.proto === undefined) return { error: `unknown option \`${a}'` };
      const given = need();
      if (given === undefined) return { error: `option \`${a}' requires an argument` };
      const v = given;
      if (a === "--state") {
        if (filter.proto !== 6) return { error: `unknown option \`${a}'` };
        const st = TCP_STATES.find((s) => s === v.toUpperCase());
        if (!st) return { error: `unknown TCP state \`${v}'` };
        filter.state = st;
      } else {
        // libct_proto_tcp.c and _udp.c: htons(atoi(optarg)), so "x" is port 0 and 70000 is 4464.
        const atoi = /^\s*([+-]?\d+)/.exec(v);
        (filter[PORT_OPTS[a]!] as number) = ((Number(atoi?.[1] ?? 0) % 65536) + 65536) % 65536;
      }
      continue;
    }
    switch (a) {
      case "-p":
      case "--protonum": {
        const v = need() ?? "";
        const n = PROTOS[v.toLowerCase()] ?? (/^\d+$/.test(v) && [6, 17, 1, 136, 132, 33, 47, 58].includes(Number(v)) ? Number(v) : undefined);
        if (n === undefined) return { error: `\`${v}' unsupported protocol` };
        filter.proto = n;
        break;
      }
      case "-m":
      case "--mark": {
        const v = need() ?? "";
        const n = Number(v.split("/")[0]);
        if (!Number.isFinite(n)) return { error: `Bad parameter \`${v}'` };
        filter.mark = n >>> 0;
        break;
      }
      case "-u":
      case "--status":
        filter.status = (need() ?? "").split(",").map((s) => s.toUpperCase());
        break;
      case "-w":
      case "--zone":
        filter.zone = Number(need() ?? 0);
        break;
      case "-f":
      case "--family": {
        const v = need();
        if (v !== "ipv4" && v !== "ipv6") return { error: `Bad parameter \`${v ?? ""}'` };
        filter.family = v;
        break;
      }
      case "-n":
      case "--src-nat":
        filter.srcNat = true;
        break;
      case "-g":
      case "--dst-nat":
        filter.dstNat = true;
        break;
      case "-j":
      case "--any-nat":
        filter.anyNat = true;
        break;
      case "-o":
      case "--output": {
        const v = need() ?? "";
        for (const t of v.split(",")) {
          if (t === "extended") filter.extended = true;
          else if (["xml", "timestamp", "id", "ktimestamp", "labels", "userspace", "save"].includes(t)) return { unsupported: `-o ${t}` };
          else return { error: `Bad parameter \`${t}'` };
        }
        break;
      }
      case "-e":
      case "--event-mask":
        need();
        break;
      default:
        return { error: `unknown option \`${a}'` };
    }
  }
  if (!command) return { usage: true };
  if (command === "G" || command === "I" || command === "U" || command === "S") return { unsupported: `conntrack -${command}` };
  return { command: command as CtCommand, filter };
}
