/**
 * date(1) on the world clock. The lab's timezone is UTC.
 * Supports +FORMAT, -u/--utc, -d/--date (@SECONDS or a date), -R and -I.
 */
import { fail, ok, type LabCommand } from "../types.js";
import { strftime } from "./strftime.js";

const DEFAULT_FORMAT = "%a %b %e %H:%M:%S %Z %Y";

export const dateCommand: LabCommand = {
  name: "date",
  summary: "print the lab's date and time (the world clock)",
  run(ctx) {
    let ms = ctx.world.clock.nowMs;
    let format = DEFAULT_FORMAT;
    const args = ctx.argv.slice(1);
    for (let i = 0; i < args.length; i++) {
      const arg = args[i]!;
      if (arg === "-u" || arg === "--utc" || arg === "--universal") continue;
      if (arg === "-R" || arg === "--rfc-email") format = "%a, %d %b %Y %H:%M:%S %z";
      else if (arg === "-I" || arg === "--iso-8601" || arg === "-Idate") format = "%Y-%m-%d";
      else if (arg === "-Iseconds" || arg === "--iso-8601=seconds") format = "%Y-%m-%dT%H:%M:%S+00:00";
      else if (arg === "-d" || arg === "--date" || arg.startsWith("--date=")) {
        const value = arg.startsWith("--date=") ? arg.slice(7) : args[++i];
        if (value === undefined) return fail(`date: option requires an argument -- 'd'\nTry 'date --help' for more information.\n`);
        const at = /^@(-?\d+)$/.exec(value.trim());
        if (at) ms = Number(at[1]) * 1000;
        else if (value.trim() === "now" || value.trim() === "") ms = ctx.world.clock.nowMs;
        else {
          const parsed = Date.parse(value.includes("T") || /Z|[+-]\d\d:?\d\d$/.test(value) ? value : `${value} UTC`);
          if (Number.isNaN(parsed)) return fail(`date: invalid date '${value}'\n`);
          ms = parsed;
        }
      } else if (arg.startsWith("+")) format = arg.slice(1);
      else if (arg.startsWith("-")) {
        return fail(`date: invalid option -- '${arg.slice(1, 2)}'\nTry 'date --help' for more information.\n`);
      } else return fail(`date: invalid date '${arg}'\n`);
    }
    return ok(strftime(format, ms) + "\n");
  },
};
