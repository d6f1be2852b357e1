/**
 * -m time (libxt_time.c, xt_time.c): the packet's arrival time, in UTC (or
 * the kernel's zone, which the lab keeps at UTC): a daytime window, weekdays,
 * monthdays and a date range. The save form always shows --datestop: the
 * default stop (INT_MAX) is not the LONG_MAX libxt_time leaves out.
 */
import type { MatchModule, ParseFailure } from "../extension.js";
import type { Packet } from "../packet.js";
import { fail } from "../xt-helpers.js";

const ALL_WEEKDAYS = 0xfe;
const ALL_MONTHDAYS = 0xfffffffe;
const MAX_DAYTIME = 24 * 60 * 60 - 1;
const INT_MAX = 0x7fffffff;
const WEEK_DAYS = ["", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"];

export interface TimeData {
  /** Seconds since the epoch (UTC). */
  dateStart: number;
  dateStop: number;
  /** Seconds into the day. */
  daytimeStart: number;
  daytimeStop: number;
  /** Bit i for weekday i (1 Monday ... 7 Sunday). */
  weekdays: number;
  /** Bit i for day i of the month. */
  monthdays: number;
  kerneltz?: boolean;
  contiguous?: boolean;
}

/** strtoul(s, &e, 10): the number at the start (after blanks and a sign) and what follows. */
function strtoul(s: string): { value: number; rest: string } {
  const m = /^[ \t\n\v\f\r]*([+-]?)(\d*)/.exec(s)!;
  if (m[2] === "") return { value: 0, rest: s };
  const v = Number(m[2]);
  return { value: m[1] === "-" ? (2 ** 64 - v) % 2 ** 64 : v, rest: s.slice(m[0].length) };
}

function parseDate(text: string): number | ParseFailure {
  const bad = fail(`Invalid date "${text}" specified. Should be YYYY[-MM[-DD[Thh[:mm[:ss]]]]]`);
  const parts = [1970, 1, 1, 0, 0, 0];
  const limits = [[1970, 2038], [0, 12], [0, 31], [0, 23], [0, 59], [0, 59]];
  const seps = ["-", "-", "T", ":", ":", ""];
  let s = text;
  for (let i = 0; i < 6; i++) {
    const { value, rest } = strtoul(s);
    const [lo, hi] = limits[i]!;
    const endOk = rest === "" || (seps[i] !== "" && rest[0] === seps[i]);
    if (!endOk || value < lo! || value > hi!) return bad;
    parts[i] = value;
    if (rest === "") break;
    s = rest.slice(1);
  }
  // mktime with TZ=UTC: day 31 of a short month runs into the next one.
  return Date.UTC(parts[0]!, parts[1]! - 1, parts[2], parts[3], parts[4], parts[5]) / 1000;
}

function parseDaytime(text: string): number | ParseFailure {
  const bad = fail(`invalid time "${text}" specified, should be hh:mm[:ss] format and within the boundaries`);
  const h = strtoul(text);
  if (!h.rest.startsWith(":") || h.value > 23) return bad;
  const m = strtoul(h.rest.slice(1));
  if ((m.rest !== "" && !m.rest.startsWith(":")) || m.value > 59) return bad;
  let sec = 0;
  if (m.rest !== "") {
    const s = strtoul(m.rest.slice(1));
    if (s.rest !== "" || s.value > 59) return bad;
    sec = s.value;
  }
  return h.value * 3600 + m.value * 60 + sec;
}

/** my_strseg: the comma-separated parts, each cut to `size - 1` characters. */
function segments(arg: string, size: number): string[] {
  return arg === "" ? [] : arg.split(",").map((p) => p.slice(0, size - 1));
}

function parseMonthdays(arg: string): number | ParseFailure {
  let mask = 0;
  for (const day of segments(arg, 3)) {
    const v = /^(0[xX][0-9a-fA-F]*|0[0-7]*|[1-9]\d*)$/.exec(day) ? Number(day.startsWith("0") && !/^0[xX]/.test(day) && day.length > 1 ? parseInt(day, 8) : Number(day)) : NaN;
    if (Number.isNaN(v) || v > 31) return fail(`${day} is not a valid day for --monthdays`);
    mask = (mask | (1 << v)) >>> 0;
  }
  return mask;
}

function parseWeekdays(arg: string): number | ParseFailure {
  let mask = 0;
  for (const day of segments(arg, 4)) {
    if (/^\d+$/.test(day)) {
      const v = Number(day);
      if (v === 0) return fail("No, the week does NOT begin with Sunday.");
      mask |= 1 << v;
      continue;
    }
    let valid = false;
    for (let i = 1; i < WEEK_DAYS.length; i++) {
      if (WEEK_DAYS[i]!.slice(0, 2) === day.slice(0, 2)) {
        mask |= 1 << i;
        valid = true;
      }
    }
    if (!valid) return fail(`${day} is not a valid day specifier`);
  }
  return mask;
}

const two = (n: number): string => String(n).padStart(2, "0");

function clock(seconds: number): string {
  return `${two(Math.floor(seconds / 3600))}:${two(Math.floor(seconds / 60) % 60)}:${two(seconds % 60)}`;
}

function dateText(seconds: number, sep: string): string {
  const d = new Date(seconds * 1000);
  return `${String(d.getUTCFullYear()).padStart(4, "0")}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())}${sep}${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}`;
}

function monthdaysText(mask: number, human: boolean): string {
  const out: string[] = [];
  for (let i = 1; i <= 31; i++) {
    if (!((mask >>> i) & 1)) continue;
    // libxt_time's suffix goes by the last digit alone: 11st, 12nd, 13rd.
    out.push(human ? `${i}${["th", "st", "nd", "rd"][i % 10] ?? "th"}` : String(i));
  }
  return ` ${out.join(",")}`;
}

function weekdaysText(mask: number): string {
  return ` ${WEEK_DAYS.filter((_, i) => i > 0 && (mask >> i) & 1).join(",")}`;
}

const daytimeSet = (d: TimeData): boolean => d.daytimeStart !== 0 || d.daytimeStop !== MAX_DAYTIME;

export const timeMatch: MatchModule<TimeData> = {
  name: "time",
  options: [
    { name: "datestart" }, { name: "datestop" }, { name: "timestart" }, { name: "timestop" }, { name: "contiguous", arg: "none" },
    { name: "weekdays", invert: true }, { name: "monthdays", invert: true }, { name: "localtz", arg: "none", excl: ["utc"] },
    { name: "utc", arg: "none", excl: ["localtz", "kerneltz"] }, { name: "kerneltz", arg: "none", excl: ["utc"] },
  ],
  init: () => ({ dateStart: 0, dateStop: INT_MAX, daytimeStart: 0, daytimeStop: MAX_DAYTIME, weekdays: ALL_WEEKDAYS, monthdays: ALL_MONTHDAYS }),
  parse(d, opt, arg, invert, ctx) {
    const data = { ...d };
    switch (opt) {
      case "datestart":
      case "datestop": {
        const v = parseDate(arg!);
        if (typeof v !== "number") return v;
        if (opt === "datestart") data.dateStart = v;
        else data.dateStop = v;
        return data;
      }
      case "timestart":
      case "timestop": {
        const v = parseDaytime(arg!);
        if (typeof v !== "number") return v;
        if (opt === "timestart") data.daytimeStart = v;
        else data.daytimeStop = v;
        return data;
      }
      case "contiguous":
        data.contiguous = true;
        return data;
      case "localtz":
        ctx.warn(
          'WARNING: --localtz is being replaced by --kerneltz, since "local" is ambiguous. Note the kernel timezone has caveats - see manpage for details.\n',
        );
        data.kerneltz = true;
        return data;
      case "kerneltz":
        data.kerneltz = true;
        return data;
      case "utc":
        return data;
      case "weekdays": {
        const v = parseWeekdays(arg!);
        if (typeof v !== "number") return v;
        data.weekdays = invert ? v ^ ALL_WEEKDAYS : v;
        return data;
      }
      default: {
        const v = parseMonthdays(arg!);
        if (typeof v !== "number") return v;
        data.monthdays = (invert ? v ^ ALL_MONTHDAYS : v) >>> 0;
        return data;
      }
    }
  },
  finalCheck(d, _ctx, seen) {
    if (seen.has("contiguous") && d.daytimeStart < d.daytimeStop) return fail("time: --contiguous only makes sense when stoptime is smaller than starttime");
    return undefined;
  },
  save(d) {
    let s = "";
    if (daytimeSet(d)) s += ` --timestart ${clock(d.daytimeStart)} --timestop ${clock(d.daytimeStop)}`;
    if (d.monthdays !== ALL_MONTHDAYS) s += ` --monthdays${monthdaysText(d.monthdays, false)}`;
    if (d.weekdays !== ALL_WEEKDAYS) s += ` --weekdays${weekdaysText(d.weekdays)}`;
    if (d.dateStart !== 0) s += ` --datestart ${dateText(d.dateStart, "T")}`;
    s += ` --datestop ${dateText(d.dateStop, "T")}`;
    if (d.kerneltz) s += " --kerneltz";
    if (d.contiguous) s += " --contiguous";
    return s;
  },
  print(d) {
    let s = " TIME";
    if (daytimeSet(d)) s += ` from ${clock(d.daytimeStart)} to ${clock(d.daytimeStop)}`;
    if (d.weekdays !== ALL_WEEKDAYS) s += ` on${weekdaysText(d.weekdays)}`;
    if (d.monthdays !== ALL_MONTHDAYS) s += ` on${monthdaysText(d.monthdays, true)}`;
    if (d.dateStart !== 0) s += ` starting from ${dateText(d.dateStart, " ")}`;
    if (d.dateStop !== INT_MAX) s += ` until date ${dateText(d.dateStop, " ")}`;
    if (!d.kerneltz) s += " UTC";
    if (d.contiguous) s += " contiguous";
    return s;
  },
  /** time_mt, at the world's time (the lab's kernel zone is UTC). */
  match(d, _p: Packet, ctx) {
    let stamp = Math.floor(ctx.nowMs / 1000);
    if (stamp < d.dateStart || stamp > d.dateStop) return false;
    const daytime = ((stamp % 86400) + 86400) % 86400;
    if (d.daytimeStart < d.daytimeStop) {
      if (daytime < d.daytimeStart || daytime > d.daytimeStop) return false;
    } else {
      if (daytime < d.daytimeStart && daytime > d.daytimeStop) return false;
      // Past midnight in a contiguous window: the weekday is the one it started on.
      if (d.contiguous && daytime <= d.daytimeStop) stamp -= 86400;
    }
    const date = new Date(stamp * 1000);
    const weekday = date.getUTCDay() === 0 ? 7 : date.getUTCDay();
    if (!((d.weekdays >> weekday) & 1)) return false;
    if (d.monthdays !== ALL_MONTHDAYS && !((d.monthdays >>> date.getUTCDate()) & 1)) return false;
    return true;
  },
};
