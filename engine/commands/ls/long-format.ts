/**
 * ls -l's lines: mode, links, owner, group, size, time, name — each column
 * as wide as its widest entry in the listing, as coreutils pads them.
 */
import { strftime } from "../date/strftime.js";
import { humanSize } from "./human.js";
import type { LsEntry } from "./entry.js";
import type { LsOptions } from "./options.js";

/** Half of a Gregorian year: older (or newer than now) shows the year instead of the time. */
const SIX_MONTHS_MS = (31_556_952 / 2) * 1000;

export interface Names {
  user(uid: number): string;
  group(gid: number): string;
}

export function modeString(e: LsEntry): string {
  const type = e.type === "dir" ? "d" : e.type === "symlink" ? "l" : e.type === "char" ? "c" : "-";
  const m = e.mode;
  const bit = (mask: number, c: string): string => (m & mask ? c : "-");
  const special = (x: number, s: number, on: string, off: string): string => (m & s ? (m & x ? on : off) : m & x ? "x" : "-");
  return (
    type +
    bit(0o400, "r") + bit(0o200, "w") + special(0o100, 0o4000, "s", "S") +
    bit(0o040, "r") + bit(0o020, "w") + special(0o010, 0o2000, "s", "S") +
    bit(0o004, "r") + bit(0o002, "w") + special(0o001, 0o1000, "t", "T")
  );
}

export function timeString(mtimeMs: number, nowMs: number, style: LsOptions["timeStyle"]): string {
  const recent = mtimeMs > nowMs - SIX_MONTHS_MS && mtimeMs <= nowMs;
  if (style) return strftime(recent ? style.recent : style.old, mtimeMs);
  return strftime(recent ? "%b %e %H:%M" : "%b %e  %Y", mtimeMs);
}

function sizeText(e: LsEntry, o: LsOptions): string {
  return o.human ? humanSize(e.size) : String(e.size);
}

/** The lines of `ls -l` for entries of one listing; `name` is each entry's name with its indicator. */
/** `sized`: the entries whose fields set the column widths (the command line's directories count too). */
export function longLines(
  entries: readonly LsEntry[],
  o: LsOptions,
  nowMs: number,
  names: Names,
  name: (e: LsEntry) => string,
  sized: readonly LsEntry[] = entries,
): string {
  const owner = (e: LsEntry): string => (o.numericIds ? String(e.uid) : names.user(e.uid));
  const group = (e: LsEntry): string => (o.numericIds ? String(e.gid) : names.group(e.gid));
  const width = (f: (e: LsEntry) => string): number => Math.max(0, ...sized.map((e) => f(e).length));
  const linkW = width((e) => String(e.nlink));
  const ownerW = width(owner);
  const groupW = width(group);
  const majorW = width((e) => (e.device ? String(e.device[0]) : ""));
  const minorW = width((e) => (e.device ? String(e.device[1]) : ""));
  const sizeW = Math.max(width((e) => (e.device ? "" : sizeText(e, o))), majorW + minorW > 0 ? majorW + 2 + minorW : 0);
  let out = "";
  for (const e of entries) {
    const size = e.device ? `${String(e.device[0]).padStart(majorW)}, ${String(e.device[1]).padStart(minorW)}` : sizeText(e, o);
    const fields = [modeString(e), String(e.nlink).padStart(linkW)];
    if (o.showOwner) fields.push(owner(e).padEnd(ownerW));
    if (o.showGroup) fields.push(group(e).padEnd(groupW));
    fields.push(size.padStart(sizeW), timeString(e.mtimeMs, nowMs, o.timeStyle), name(e));
    out += fields.join(" ") + "\n";
  }
  return out;
}
