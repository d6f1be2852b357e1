/** -m set revision 4 (libxt_set.c, xt_set.c): membership of the packet's addresses/ports in an ipset. */
import type { MatchModule, ParseFailure } from "../extension.js";
import type { Packet } from "../packet.js";
import { fail } from "../xt-helpers.js";
import { xtStrtoui } from "../xt-number.js";

export interface SetDirs {
  name: string;
  /** "src" or "dst" for each dimension. */
  dirs: ("src" | "dst")[];
  invert: boolean;
}

interface Counter {
  op: "eq" | "ne" | "lt" | "gt";
  value: number;
}

export interface SetMatchData {
  set?: SetDirs;
  returnNomatch?: boolean;
  skipCounterUpdate?: boolean;
  skipSubcounterUpdate?: boolean;
  packets?: Counter;
  bytes?: Counter;
}

/** parse_dirs: up to six comma-separated src/dst (only the first three letters count). */
export function parseDirs(text: string): ("src" | "dst")[] | ParseFailure {
  const parts = text.split(",");
  if (parts.length > 6) return fail("Can't be more src/dst options than 6.");
  const out: ("src" | "dst")[] = [];
  for (const p of parts) {
    if (p.startsWith("src")) out.push("src");
    else if (p.startsWith("dst")) out.push("dst");
    else return fail("You must spefify (the comma separated list of) 'src' or 'dst'.");
  }
  return out;
}

export function setRef(prefix: string, s: SetDirs | undefined): string {
  if (!s) return "";
  return `${s.invert ? " !" : ""} ${prefix} ${s.name} ${s.dirs.join(",")}`;
}

function counterText(c: Counter | undefined, name: string, sep: string): string {
  if (!c) return "";
  if (c.op === "ne") return ` ! ${sep}${name}-eq ${c.value}`;
  return ` ${sep}${name}-${c.op} ${c.value}`;
}

function dump(d: SetMatchData, opt: string, sep: string): string {
  let s = setRef(opt, d.set);
  if (d.returnNomatch) s += ` ${sep}return-nomatch`;
  if (d.skipCounterUpdate) s += ` ! ${sep}update-counters`;
  if (d.skipSubcounterUpdate) s += ` ! ${sep}update-subcounters`;
  return s + counterText(d.packets, "packets", sep) + counterText(d.bytes, "bytes", sep);
}

const COUNTERS = ["packets-eq", "packets-lt", "packets-gt", "bytes-eq", "bytes-lt", "bytes-gt"];

export const setMatch: MatchModule<SetMatchData> = {
  name: "set",
  oldApi: true,
  options: [
    { name: "match-set" }, { name: "set" }, { name: "return-nomatch", arg: "none" }, { name: "update-counters", arg: "none" },
    ...COUNTERS.map((name) => ({ name })), { name: "update-subcounters", arg: "none" },
  ],
  init: () => ({}),
  parse(d, opt, arg, invert, ctx) {
    switch (opt) {
      case "update-subcounters":
        return invert ? { ...d, skipSubcounterUpdate: true } : d;
      case "update-counters":
        return invert ? { ...d, skipCounterUpdate: true } : d;
      case "return-nomatch":
        if (invert) return fail("--return-nomatch flag cannot be inverted");
        return { ...d, returnNomatch: true };
      case "set":
      case "match-set": {
        if (opt === "set") ctx.warn("--set option deprecated, please use --match-set\n");
        if (d.set) return fail("--match-set can be specified only once");
        const dirsText = ctx.takeArg();
        if (dirsText === undefined) return fail("--match-set requires two args.");
        if (arg!.length > 31) return fail(`setname \`${arg}' too long, max 31 characters.`);
        if (ctx.ipsetExists && !ctx.ipsetExists(arg!)) return fail(`Set ${arg} doesn't exist.\n`);
        const dirs = parseDirs(dirsText);
        if (!Array.isArray(dirs)) return dirs;
        return { ...d, set: { name: arg!, dirs, invert } };
      }
      default: {
        const [what, op] = opt.split("-") as ["packets" | "bytes", "eq" | "lt" | "gt"];
        if (d[what]) return fail(`only one of the --${what}-[eq|lt|gt] is allowed`);
        if (invert && op !== "eq") return fail(`--${opt} option cannot be inverted`);
        const v = xtStrtoui(arg!, 0, Number.MAX_SAFE_INTEGER);
        if (v === undefined) return fail(`Cannot parse ${arg} as a counter value`);
        return { ...d, [what]: { op: invert ? "ne" : op, value: v } };
      }
    }
  },
  finalCheck: (d) => (!d.set ? fail("You must specify `--match-set' with proper arguments") : undefined),
  save: (d) => dump(d, "--match-set", "--"),
  print: (d) => dump(d, "match-set", ""),
  match(d, p: Packet, ctx) {
    const s = d.set!;
    const ext = { updateCounters: !d.skipCounterUpdate, ...(d.packets ? { packets: d.packets } : {}), ...(d.bytes ? { bytes: d.bytes } : {}) };
    const hit = ctx.ipsetTest?.(s.name, p, s.dirs, ext) ?? false;
    return hit !== s.invert;
  },
};
