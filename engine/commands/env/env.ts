/**
 * env (GNU coreutils 9.1): prints the exported environment, or runs a
 * command with variables set (NAME=value), removed (-u NAME) or all cleared
 * (-i) — the command runs in the lab shell with those changes for itself only.
 */
import type { CommandContext, CommandResult, LabCommand } from "../types.js";
import { coreutilsVersion } from "./coreutils-version.js";
import { shellQuote } from "../../shell/quote.js";
import { exportedEnvironment, formatEnvironment, underscore, UNDERSCORE_VAR } from "./environment.js";

const TRY = "Try 'env --help' for more information.\n";
const usage = (message: string): CommandResult => ({ stdout: "", stderr: `env: ${message}\n${TRY}`, exitCode: 125 });
/** env quotes names as in a UTF-8 locale (the lab's LANG=C.UTF-8). */
const quote = (s: string): string => `\u2018${s}\u2019`;

interface EnvRequest {
  ignoreEnvironment: boolean;
  nul: boolean;
  unset: string[];
  assignments: [string, string][];
  command: string[];
}

const LONG = ["ignore-environment", "null", "unset", "chdir", "split-string", "debug", "help", "version"];

export const envCommand: LabCommand = {
  name: "env",
  summary: "print the exported environment, or run a command with variables changed",
  async run(ctx) {
    const parsed = parseEnvArgs(ctx.argv.slice(1));
    if ("exitCode" in parsed) return parsed;
    const r = parsed;
    if (r.nul && r.command.length > 0) return usage("cannot specify --null (-0) with command");
    for (const name of r.unset) {
      if (name === "" || name.includes("=")) return { stdout: "", stderr: `env: cannot unset ${quote(name)}: Invalid argument\n`, exitCode: 125 };
    }
    // bash hands env its exports and `_`; env removes, replaces in place, or appends.
    let vars = r.ignoreEnvironment ? [] : [...exportedEnvironment(ctx), ...underscore(ctx)];
    vars = vars.filter(([name]) => !r.unset.includes(name));
    for (const [name, value] of r.assignments) {
      const at = vars.findIndex(([n]) => n === name);
      if (at >= 0) vars[at] = [name, value];
      else vars.push([name, value]);
    }
    if (r.command.length === 0) return { stdout: formatEnvironment(vars, r.nul), stderr: "", exitCode: 0 };
    return runWith(ctx, r.command, vars);
  },
};

function parseEnvArgs(args: readonly string[]): EnvRequest | CommandResult {
  const r: EnvRequest = { ignoreEnvironment: false, nul: false, unset: [], assignments: [], command: [] };
  let i = 0;
  for (; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--") {
      i++;
      break;
    }
    if (arg === "-") {
      r.ignoreEnvironment = true;
      continue;
    }
    if (!arg.startsWith("-")) break;
    if (arg.startsWith("--")) {
      const eq = arg.indexOf("=");
      const given = arg.slice(2, eq < 0 ? undefined : eq);
      const matches = LONG.filter((n) => n.startsWith(given));
      const name = LONG.includes(given) ? given : matches.length === 1 ? matches[0]! : undefined;
      if (name === undefined) return usage(`unrecognized option '${arg}'`);
      if (name === "ignore-environment") r.ignoreEnvironment = true;
      else if (name === "null") r.nul = true;
      else if (name === "unset") {
        const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
        if (value === undefined) return usage(`option '--unset' requires an argument`);
        r.unset.push(value);
      } else if (name === "version") return { stdout: coreutilsVersion("env", "Richard Mlynarik, David MacKenzie, and Assaf Gordon"), stderr: "", exitCode: 0 };
      else return notEmulated(`--${name}`);
      continue;
    }
    for (let j = 1; j < arg.length; j++) {
      const c = arg[j]!;
      if (c === "i") r.ignoreEnvironment = true;
      else if (c === "0") r.nul = true;
      else if (c === "u") {
        const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++i];
        if (value === undefined) return usage("option requires an argument -- 'u'");
        r.unset.push(value);
        break;
      } else if ("CSv".includes(c)) return notEmulated(`-${c}`);
      else return usage(`invalid option -- '${c}'`);
    }
  }
  for (; i < args.length && args[i]!.includes("="); i++) {
    const arg = args[i]!;
    const eq = arg.indexOf("=");
    r.assignments.push([arg.slice(0, eq), arg.slice(eq + 1)]);
  }
  r.command = args.slice(i);
  return r;
}

function notEmulated(option: string): CommandResult {
  return { stdout: "", stderr: `env: ${option}: not emulated in the lab\n`, exitCode: 125 };
}

/**
 * Runs the command with exactly the environment env built, in place of the shell's for it alone.
 * The child shell is handed the values and told to export them (it exports only the names the
 * lab shell started with), and forgets PWD when env -i left it out.
 */
async function runWith(ctx: CommandContext, command: readonly string[], vars: readonly (readonly [string, string])[]): Promise<CommandResult> {
  const bad = vars.find(([name]) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(name));
  if (bad) return { stdout: "", stderr: `env: ${quote(`${bad[0]}=${bad[1]}`)}: a variable the lab's shell cannot hold (not emulated)\n`, exitCode: 125 };
  const given = vars.filter(([name]) => name !== "_");
  const child: (readonly [string, string])[] = [...given, [UNDERSCORE_VAR, vars.find(([name]) => name === "_")?.[1] ?? ""]];
  const names = child.map(([name]) => name);
  const prelude = `${names.length > 0 ? `export ${names.join(" ")}; ` : ""}${names.includes("PWD") ? "" : "unset PWD; "}`;
  const result = await ctx.exec(["eval", prelude + command.map(shellQuote).join(" ")], { env: Object.fromEntries(child) });
  const name = command[0]!;
  // What the shell says of a command it cannot find, env says as execvp failed.
  if (result.exitCode === 127 && result.stderr.endsWith(`${name}: command not found\n`) && !result.stderr.slice(0, -1).includes("\n")) {
    return { stdout: result.stdout, stderr: `env: ${quote(name)}: No such file or directory\n`, exitCode: 127 };
  }
  return result;
}
