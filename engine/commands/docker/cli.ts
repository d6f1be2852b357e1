/**
 * What every docker subcommand shares: its cobra description (use line,
 * short text, flags, argument count), the context it runs in, and the ways
 * the CLI reports failure — "Error response from daemon: ..." with status 1,
 * flag errors with status 125, argument-count errors with the usage.
 */
import type { CommandContext, CommandResult } from "../types.js";
import type { World } from "../../world/types.js";
import type { DockerState } from "../../docker/types.js";
import type { DaemonError } from "../../docker/errors.js";
import type { FlagSpec, ParsedFlags } from "./flags.js";

export interface DockerCtx {
  readonly ctx: CommandContext;
  readonly world: World;
  readonly state: DockerState;
}

export interface DockerSub {
  /** "docker run", "docker network ls". */
  readonly path: string;
  readonly aliases?: readonly string[];
  /** cobra's Use after the command path: "[OPTIONS] IMAGE [COMMAND] [ARG...]". */
  readonly use: string;
  readonly short: string;
  readonly flags: readonly FlagSpec[];
  /** Flags after the first argument belong to it (run, create, exec). @default true */
  readonly interspersed?: boolean;
  readonly args?: { min?: number; max?: number };
  run(d: DockerCtx, p: ParsedFlags): CommandResult | Promise<CommandResult>;
}

export function usageLine(sub: DockerSub): string {
  return `${sub.path} ${sub.use}`.trimEnd();
}

const plural = (n: number): string => (n === 1 ? "argument" : "arguments");

/** cli.RequiresMinArgs / RequiresMaxArgs / ExactArgs / NoArgs. */
export function checkArgs(sub: DockerSub, count: number): CommandResult | undefined {
  const { min, max } = sub.args ?? {};
  let what: string | undefined;
  if (min !== undefined && max !== undefined && min === max && count !== min) what = `requires exactly ${min} ${plural(min)}`;
  else if (max === 0 && count > 0) what = "accepts no arguments";
  else if (min !== undefined && count < min) what = `requires at least ${min} ${plural(min)}`;
  else if (max !== undefined && count > max) what = `requires at most ${max} ${plural(max)}`;
  if (!what) return undefined;
  return { stdout: "", stderr: `"${sub.path}" ${what}.\nSee '${sub.path} --help'.\n\nUsage:  ${usageLine(sub)}\n\n${sub.short}\n`, exitCode: 1 };
}

export function flagError(sub: DockerSub, message: string): CommandResult {
  return { stdout: "", stderr: `${message}\nSee '${sub.path} --help'.\n`, exitCode: 125 };
}

export function daemonFailure(err: DaemonError, stdout = ""): CommandResult {
  return { stdout, stderr: `Error response from daemon: ${err.message}\n`, exitCode: 1 };
}

export function helpText(sub: DockerSub): string {
  const flags = sub.flags.map((f) => `  ${f.short ? `-${f.short}, ` : "    "}--${f.long}${f.type === "bool" ? "" : ` ${f.type === "int" ? "int" : f.type === "list" ? "list" : "string"}`}`);
  const aliases = sub.aliases?.length ? `\nAliases:\n  ${[sub.path, ...sub.aliases].join(", ")}\n` : "";
  return `\nUsage:  ${usageLine(sub)}\n\n${sub.short}\n${aliases}${flags.length ? `\nOptions:\n${flags.join("\n")}\n` : ""}`;
}
