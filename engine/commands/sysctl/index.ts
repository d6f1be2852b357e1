/**
 * sysctl (procps-ng 4.0.2): read keys, write them (-w or KEY=VALUE), list
 * them all (-a, -r PATTERN, -N, -n, -b), load files (-p, --system). Keys
 * are the namespace's (engine/net) over the machine-wide ones; a write goes
 * through the kernel's checks and side effects (engine/net/sysctl-write.ts).
 */
import type { CommandContext, CommandResult, LabCommand } from "../types.js";
import { visibleSysctls } from "./table.js";
import { displayAll, Output, parseSettingLine, preload, preloadSystem, readSetting, writeList, writeSetting, type Opts, type Setting } from "./settings.js";
import { SYSCTL_USAGE } from "./usage-text.js";

function run(ctx: CommandContext): CommandResult {
  const out = new Output(visibleSysctls(ctx.ns));
  const o: Opts = { printName: true, printNewline: true, ignoreError: false, nameOnly: false, quiet: false, write: false, all: false, system: false, dryRun: false };
  const argv = ctx.argv.slice(1);
  if (argv.length < 1) return { stdout: "", stderr: SYSCTL_USAGE, exitCode: 1 };
  const operands: string[] = [];
  const longs: Readonly<Record<string, string>> = { all: "a", binary: "b", ignore: "e", names: "N", values: "n", load: "p", quiet: "q", write: "w", pattern: "r", help: "h", version: "V" };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      operands.push(...argv.slice(i + 1));
      break;
    }
    let flags: string;
    let inlineValue: string | undefined;
    if (arg.startsWith("--")) {
      const [name, value] = arg.slice(2).split("=", 2) as [string, string | undefined];
      if (name === "deprecated") continue;
      if (name === "dry-run") {
        o.dryRun = true;
        continue;
      }
      if (name === "system") {
        o.ignoreError = true;
        const rc = preloadSystem(ctx, o, out);
        return { stdout: out.stdout, stderr: out.stderr, exitCode: rc };
      }
      const short = Object.entries(longs).find(([n]) => n.startsWith(name))?.[1];
      if (!short) return { stdout: SYSCTL_USAGE, stderr: `sysctl: unrecognized option '${arg}'\n`, exitCode: 0 };
      flags = short;
      inlineValue = value;
    } else if (arg.startsWith("-") && arg.length > 1) flags = arg.slice(1);
    else {
      operands.push(arg);
      continue;
    }
    for (let j = 0; j < flags.length; j++) {
      const c = flags[j]!;
      switch (c) {
        case "b":
          o.printNewline = false;
          o.printName = false;
          break;
        case "n":
          o.printName = false;
          break;
        case "e":
          o.ignoreError = true;
          break;
        case "N":
          o.nameOnly = true;
          break;
        case "w":
          o.write = true;
          break;
        case "f":
        case "p": {
          const rest = inlineValue ?? flags.slice(j + 1);
          o.load = rest !== "" ? rest : true;
          j = flags.length;
          break;
        }
        case "q":
          o.quiet = true;
          break;
        case "o":
        case "x":
          break;
        case "a":
        case "A":
        case "X":
          o.all = true;
          break;
        case "r": {
          let value = inlineValue ?? flags.slice(j + 1);
          if (value === "") {
            if (i + 1 >= argv.length) return { stdout: SYSCTL_USAGE, stderr: "sysctl: option requires an argument -- 'r'\n", exitCode: 0 };
            value = argv[++i]!;
          }
          try {
            o.pattern = new RegExp(value);
          } catch {
            o.pattern = /(?!)/;
          }
          j = flags.length;
          break;
        }
        case "V":
          return { stdout: "sysctl from procps-ng 4.0.2\n", stderr: "", exitCode: 0 };
        case "d":
        case "h":
          return { stdout: SYSCTL_USAGE, stderr: "", exitCode: 0 };
        default:
          return { stdout: SYSCTL_USAGE, stderr: `sysctl: invalid option -- '${c}'\n`, exitCode: 0 };
      }
    }
  }
  if (o.all) return { stdout: (displayAll(ctx, o, out), out.stdout), stderr: out.stderr, exitCode: 0 };
  if (o.load !== undefined) {
    const list: Setting[] = [];
    let rc = 0;
    if (o.load === true) {
      if (operands.length === 0) rc |= preload(ctx, o, out, "/etc/sysctl.conf", list);
    } else rc |= preload(ctx, o, out, o.load, list);
    for (const f of operands) rc |= preload(ctx, o, out, f, list);
    rc |= writeList(ctx, o, out, list);
    return { stdout: out.stdout, stderr: out.stderr, exitCode: rc };
  }
  if (operands.length < 1) {
    return { stdout: "", stderr: "sysctl: no variables specified\nTry `sysctl --help' for more information.\n", exitCode: 1 };
  }
  if (o.nameOnly && o.quiet) {
    return { stdout: "", stderr: "sysctl: options -N and -q cannot coexist\nTry `sysctl --help' for more information.\n", exitCode: 1 };
  }
  let rc = 0;
  for (const arg of operands) {
    if (o.write || arg.includes("=")) {
      const s = parseSettingLine(out, "command line", 0, arg, o);
      rc |= s ? writeSetting(ctx, o, out, s) : 1;
    } else rc += readSetting(ctx, o, out, arg);
  }
  return { stdout: out.stdout, stderr: out.stderr, exitCode: rc & 255 };
}

export const sysctlCommand: LabCommand = {
  name: "sysctl",
  summary: "read and write kernel parameters under /proc/sys (procps)",
  run,
};
