/**
 * `dmesg` (util-linux 2.38.1): the lab host kernel's ring buffer — LOG lines,
 * legacy TRACE lines, martian reports — with printk's "[ seconds.micros]"
 * timestamps, or -T's clock time, -t none, -r raw, -x decoded levels.
 * -c/-C clear it. Following (-w) is not emulated.
 */
import type { CommandContext, CommandResult, LabCommand } from "../types.js";
import { fail, ok } from "../types.js";
import { kernelOf, printkTime, type KernelLogLine } from "../../trace/kernel-log.js";
import { DMESG_HELP } from "./help.js";

const LEVELS = ["emerg", "alert", "crit", "err", "warn", "notice", "info", "debug"];
const LONG: Readonly<Record<string, string>> = {
  "--clear": "C", "--read-clear": "c", "--ctime": "T", "--notime": "t", "--raw": "r", "--decode": "x", "--kernel": "k", "--level": "l",
  "--human": "H", "--nopager": "P", "--follow": "w", "--follow-new": "W", "--help": "h", "--version": "V", "--time-format": "time-format",
};
const SHORT_WITH_ARG = new Set(["l"]);

function usageError(msg: string): CommandResult {
  return fail(`dmesg: ${msg}\nTry 'dmesg --help' for more information.\n`, 1);
}

/** ctime as dmesg -T prints it: "Wed Nov 25 19:05:28 2026" (UTC in the lab). */
function ctime(ms: number): string {
  const d = new Date(Math.floor(ms));
  const day = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][d.getUTCDay()]!;
  const mon = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][d.getUTCMonth()]!;
  const p = (n: number) => String(n).padStart(2, "0");
  return `${day} ${mon} ${String(d.getUTCDate()).padStart(2, " ")} ${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())} ${d.getUTCFullYear()}`;
}

function parse(argv: readonly string[]): { flags: Set<string>; levels?: Set<number>; timeFormat?: string } | CommandResult {
  const flags = new Set<string>();
  let levels: Set<number> | undefined;
  let timeFormat: string | undefined;
  const takeLevels = (v: string): CommandResult | undefined => {
    levels = new Set();
    for (const name of v.split(",")) {
      const i = LEVELS.indexOf(name);
      if (i < 0) return usageError(`unknown level '${name}'`);
      levels.add(i);
    }
    return undefined;
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a.startsWith("--")) {
      const [name, inline] = a.split("=", 2) as [string, string | undefined];
      const f = LONG[name];
      if (!f) return usageError(`unrecognized option '${a}'`);
      if (f === "l" || f === "time-format") {
        const v = inline ?? argv[++i];
        if (v === undefined) return usageError(`option '${name}' requires an argument`);
        if (f === "l") {
          const e = takeLevels(v);
          if (e) return e;
        } else timeFormat = v;
      } else flags.add(f);
      continue;
    }
    if (a.startsWith("-") && a.length > 1) {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        if (!"CcTtrxklHPwWhV".includes(c)) return usageError(`invalid option -- '${c}'`);
        if (SHORT_WITH_ARG.has(c)) {
          const v = a.slice(j + 1) || argv[++i];
          if (v === undefined) return usageError(`option requires an argument -- '${c}'`);
          const e = takeLevels(v);
          if (e) return e;
          break;
        }
        flags.add(c);
      }
      continue;
    }
    return usageError(`bad usage`);
  }
  return { flags, ...(levels ? { levels } : {}), ...(timeFormat ? { timeFormat } : {}) };
}

function run(ctx: CommandContext): CommandResult {
  const p = parse(ctx.argv.slice(1));
  if ("exitCode" in p) return p;
  if (p.flags.has("h")) return ok(DMESG_HELP);
  if (p.flags.has("V")) return ok("dmesg from util-linux 2.38.1\n");
  if (p.flags.has("w") || p.flags.has("W")) return fail("dmesg: following the log (-w) is not emulated in the lab; run dmesg again to see new lines\n", 1);
  const kernel = kernelOf(ctx.world);
  if (p.flags.has("C")) {
    kernel.log = [];
    return ok("");
  }
  const fmt = p.timeFormat ?? (p.flags.has("t") ? "notime" : p.flags.has("T") ? "ctime" : "default");
  if (!["default", "ctime", "notime", "iso", "raw"].includes(fmt)) return usageError(`unknown time format: ${fmt}`);
  const line = (l: KernelLogLine): string => {
    const lvl = p.flags.has("x") ? `kern  :${LEVELS[l.level]!.padEnd(6, " ")}: ` : "";
    if (p.flags.has("r")) return `<${l.level}>${printkTime(kernel, l.atMs)} ${l.text}`;
    if (fmt === "notime") return `${lvl}${l.text}`;
    if (fmt === "ctime") return `${lvl}[${ctime(l.atMs)}] ${l.text}`;
    if (fmt === "iso") return `${lvl}${isoTime(l.atMs)} ${l.text}`;
    return `${lvl}${printkTime(kernel, l.atMs)} ${l.text}`;
  };
  const shown = kernel.log.filter((l) => !p.levels || p.levels.has(l.level));
  const out = shown.map((l) => `${line(l)}\n`).join("");
  if (p.flags.has("c")) kernel.log = [];
  return ok(out);
}

/** --time-format iso: "2026-11-25T19:05:28,123456+00:00". */
function isoTime(ms: number): string {
  const d = new Date(Math.floor(ms));
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  const us = Math.floor((ms % 1000) * 1000);
  return `${d.getUTCFullYear()}-${p(d.getUTCMonth() + 1)}-${p(d.getUTCDate())}T${p(d.getUTCHours())}:${p(d.getUTCMinutes())}:${p(d.getUTCSeconds())},${p(us, 6)}+00:00`;
}

export const dmesgCommand: LabCommand = {
  name: "dmesg",
  summary: "show the kernel's log: LOG and TRACE lines (dmesg -T for clock times)",
  run,
};
