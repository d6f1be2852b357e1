/**
 * The environment a child process receives from bash: the shell's exported
 * variables, without the lab shell's own plumbing, in the order bash builds
 * it — its variable table's order (FNV-1 hash of the name, 1024 buckets, the
 * newest first within a bucket), then `_`, the path of the command it runs.
 */
import type { CommandContext } from "../types.js";

/** Variables the lab shell sets for itself (streams, ttys): never part of a real environment. */
const LAB_INTERNAL = /^__nflab/;

/** bash's VARIABLES_HASH_BUCKETS and hash_string (FNV-1, 32 bits). */
const BUCKETS = 1024;

export function bucketOf(name: string): number {
  let h = 2166136261;
  for (const byte of new TextEncoder().encode(name)) {
    h = Math.imul(h, 16777619) >>> 0;
    h = (h ^ byte) >>> 0;
  }
  return h & (BUCKETS - 1);
}

/** The exported variables as bash passes them to a command, without `_`. */
export function exportedEnvironment(ctx: CommandContext): [string, string][] {
  const exported = ctx.exportedEnv ?? Object.fromEntries(ctx.env);
  const vars = Object.entries(exported).filter(([name]) => !LAB_INTERNAL.test(name) && name !== "_");
  // Within a bucket bash puts the newest variable first; exportedEnv keeps them oldest first.
  return vars
    .map((v, i) => ({ v, i, bucket: bucketOf(v[0]) }))
    .sort((a, b) => a.bucket - b.bucket || b.i - a.i)
    .map(({ v }) => v);
}

/**
 * What the command was handed as `_`: bash sets the path of the command it runs; a command env
 * runs keeps what env had (nothing after env -i), which env passes on in UNDERSCORE_VAR.
 */
export function underscore(ctx: CommandContext): [string, string][] {
  const passed = (ctx.exportedEnv ?? {})[UNDERSCORE_VAR] ?? ctx.env.get(UNDERSCORE_VAR);
  if (passed !== undefined) return passed === "" ? [] : [["_", passed]];
  return [["_", `/usr/bin/${ctx.argv[0] ?? "env"}`]];
}

/** Carries `_` from env to the command it runs (the shell in between would set its own). */
export const UNDERSCORE_VAR = "__nflab_underscore";

/** NAME=value lines (or NUL-terminated with -0). */
export function formatEnvironment(vars: readonly (readonly [string, string])[], nul: boolean): string {
  return vars.map(([name, value]) => `${name}=${value}${nul ? "\0" : "\n"}`).join("");
}
