/** -j LOG (libxt_LOG.c, nf_log_syslog.c): a kernel log line, then the next rule. */
import type { TargetModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { fail, saveString } from "../xt-helpers.js";
import { formatIpv4 } from "../../addr/ipv4.js";
import { TCP_FLAG } from "../packet.js";

export const LOG_FLAGS = { TCPSEQ: 0x01, TCPOPT: 0x02, IPOPT: 0x04, UID: 0x08, MACDECODE: 0x20 } as const;

export interface LogData {
  level: number;
  flags: number;
  prefix: string;
}

/** syslog.h prioritynames, in its order (the first name of a level is the one printed). */
const PRIORITY_NAMES: readonly [string, number][] = [
  ["alert", 1], ["crit", 2], ["debug", 7], ["emerg", 0], ["err", 3], ["error", 3], ["info", 6], ["notice", 5], ["panic", 0], ["warn", 4], ["warning", 4],
];
/** xtopt_parse_sysloglevel accepts these names (sorted, bsearch). */
const LEVEL_NAMES: Record<string, number> = { alert: 1, crit: 2, debug: 7, emerg: 0, error: 3, info: 6, notice: 5, panic: 0, warning: 4 };

const FLAG_OPTS: Record<string, number> = {
  "log-tcp-sequence": LOG_FLAGS.TCPSEQ, "log-tcp-options": LOG_FLAGS.TCPOPT, "log-ip-options": LOG_FLAGS.IPOPT,
  "log-uid": LOG_FLAGS.UID, "log-macdecode": LOG_FLAGS.MACDECODE,
};

/** The line nf_log_syslog writes (without the kernel's timestamp). */
export function logLine(prefix: string, p: Packet): string {
  const parts = [`${prefix}IN=${p.inIface ?? ""} OUT=${p.outIface ?? ""}`];
  if (p.inIface && p.srcMac && p.dstMac) parts.push(`MAC=${p.dstMac}:${p.srcMac}:08:00`);
  const tos = p.tos & 0xff;
  parts.push(`SRC=${formatIpv4(p.src)} DST=${formatIpv4(p.dst)} LEN=${p.length} TOS=0x${(tos & 0x1e).toString(16).toUpperCase().padStart(2, "0")} PREC=0x${(tos & 0xe0).toString(16).toUpperCase().padStart(2, "0")} TTL=${p.ttl} ID=${p.id ?? 0}${p.df ? " DF" : ""}`);
  if (p.proto === 6 || p.proto === 17) {
    const name = p.proto === 6 ? "TCP" : "UDP";
    let s = `PROTO=${name} SPT=${p.sport ?? 0} DPT=${p.dport ?? 0}`;
    if (p.proto === 6) {
      const f = p.tcpFlags ?? 0;
      const names = (["CWR", "ECE", "URG", "ACK", "PSH", "RST", "SYN", "FIN"] as const).filter((n) => f & TCP_FLAG[n]);
      s += ` WINDOW=64240 RES=0x00 ${names.join(" ")}${names.length ? " " : ""}URGP=0`;
    } else {
      s += ` LEN=${Math.max(0, p.length - 28)}`;
    }
    parts.push(s);
  } else if (p.proto === 1) {
    parts.push(`PROTO=ICMP TYPE=${p.icmpType ?? 0} CODE=${p.icmpCode ?? 0}`);
  } else {
    parts.push(`PROTO=${p.proto}`);
  }
  return parts.join(" ");
}

export const logTarget: TargetModule<LogData> = {
  name: "LOG",
  options: [
    { name: "log-level" }, { name: "log-prefix" }, { name: "log-tcp-sequence", arg: "none" }, { name: "log-tcp-options", arg: "none" },
    { name: "log-ip-options", arg: "none" }, { name: "log-uid", arg: "none" }, { name: "log-macdecode", arg: "none" },
  ],
  init: () => ({ level: 4, flags: 0, prefix: "" }),
  parse(d, opt, arg) {
    if (opt === "log-level") {
      const n = /^\d+$/.test(arg!) && Number(arg) <= 7 ? Number(arg) : LEVEL_NAMES[arg!];
      if (n === undefined) return fail(`log level "${arg}" unknown\n`);
      return { ...d, level: n };
    }
    if (opt === "log-prefix") {
      if (arg === "") return fail("Argument must have a minimum length of 1 characters\n");
      if (arg!.includes("\n")) return fail("Newlines not allowed in --log-prefix");
      // struct xt_log_info has char prefix[30]: longer prefixes are cut, silently.
      return { ...d, prefix: new TextDecoder().decode(new TextEncoder().encode(arg!).slice(0, 29)) };
    }
    return { ...d, flags: d.flags | FLAG_OPTS[opt]! };
  },
  save(d) {
    let s = d.prefix ? ` --log-prefix ${saveString(d.prefix)}` : "";
    if (d.level !== 4) s += ` --log-level ${d.level}`;
    for (const [opt, bit] of Object.entries(FLAG_OPTS)) if (d.flags & bit) s += ` --${opt}`;
    return s;
  },
  print(d, ctx) {
    let s = " LOG";
    if (ctx.numeric) {
      s += ` flags ${d.flags} level ${d.level}`;
    } else {
      const name = PRIORITY_NAMES.find(([, v]) => v === d.level)?.[0];
      s += name ? ` level ${name}` : ` UNKNOWN level ${d.level}`;
      const words: [number, string][] = [[1, "tcp-sequence"], [2, "tcp-options"], [4, "ip-options"], [8, "uid"], [0x20, "macdecode"]];
      for (const [bit, w] of words) if (d.flags & bit) s += ` ${w}`;
    }
    if (d.prefix) s += ` prefix "${d.prefix}"`;
    return s;
  },
  evaluate: (d, p) => ({ verdict: "CONTINUE", effects: [{ kind: "log", prefix: d.prefix, level: d.level, line: logLine(d.prefix, p) }] }),
};
