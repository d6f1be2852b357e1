/**
 * What of a shell outlives one statement: variables, exports, arrays,
 * functions, aliases, options, the working directory and $?. just-bash gives
 * every exec a fresh interpreter, so the session captures this state after a
 * statement and replays it, as bash text, before the next one.
 *
 * Scalars, exports, aliases and options are read from the interpreter's
 * environment by a command at the end of the statement (cheap). Arrays and
 * functions are only visible to `declare -p` and `type`, so they are captured
 * that way, and only after statements that can change them.
 */
import { shellQuote } from "./quote.js";
import { keepFunctions, splitPrinted, type FunctionSource } from "./function-sources.js";

export interface ShellState {
  /** Scalar variables by name. */
  vars: Record<string, string>;
  exported: string[];
  aliases: Record<string, string>;
  /** SHELLOPTS and BASHOPTS as the interpreter reports them ("braceexpand:errexit:hashall"). */
  shellopts: string;
  bashopts: string;
  /** `declare -p` lines of arrays, from the last full capture. */
  arrays: string;
  /** The functions by name (see function-sources.ts). */
  functions: Record<string, FunctionSource>;
  functionNames: string[];
  cwd: string;
}

export function initialState(cwd: string): ShellState {
  return { vars: {}, exported: [], aliases: {}, shellopts: "", bashopts: "", arrays: "", functions: {}, functionNames: [], cwd };
}

/** Variables that the interpreter owns or sets itself; restoring them would fail or lie. */
const TRANSIENT = /^(\?|_|PIPESTATUS|BASHOPTS|SHELLOPTS|PPID|UID|EUID|BASHPID|RANDOM|LINENO|SECONDS|FUNCNAME|GROUPS|BASH_\w+|OPTIND|PWD|__nflab\w*)$/;

/** Updates scalars, exports, aliases, options and directory from an interpreter's environment. */
export function takeScalars(state: ShellState, env: ReadonlyMap<string, string>, exported: Readonly<Record<string, string>>, cwd: string): ShellState {
  const vars: Record<string, string> = {};
  const aliases: Record<string, string> = {};
  for (const [name, value] of env) {
    if (name.startsWith("BASH_ALIAS_")) aliases[name.slice("BASH_ALIAS_".length)] = value;
    else if (!TRANSIENT.test(name)) vars[name] = value;
  }
  return {
    ...state,
    vars,
    exported: Object.keys(exported).filter((n) => !TRANSIENT.test(n)),
    aliases,
    shellopts: env.get("SHELLOPTS") ?? state.shellopts,
    bashopts: env.get("BASHOPTS") ?? state.bashopts,
    cwd,
  };
}

/** Text run after a statement that may change arrays or functions: pipes them into the capture command. */
export function fullCaptureEpilogue(captureCommand: string): string {
  return (
    `{ declare -p; echo "#@functions"; for __nflab_f in $(declare -F | cut -d' ' -f3); do type "$__nflab_f" | tail -n +2; done; } 2>/dev/null` +
    ` | ${captureCommand}`
  );
}

/**
 * Keeps the arrays and functions of a full capture. `definedNow`: the functions the statement
 * defined (name -> text); `everDefined`: every text recorded so far.
 */
export function takeArraysAndFunctions(
  state: ShellState,
  captured: string,
  definedNow: ReadonlyMap<string, string> = new Map(),
  everDefined: ReadonlyMap<string, string> = new Map(),
): ShellState {
  const [vars, functions = ""] = captured.split(/^#@functions$/m) as [string, string?];
  const arrays = vars
    .split("\n")
    .filter((line) => /^declare -[a-zA-Z]*[aA][a-zA-Z]* /.test(line) && !/^declare -\S*r/.test(line))
    .filter((line) => !TRANSIENT.test(/^declare -\S+ ([^=\s]+)/.exec(line)?.[1] ?? ""));
  const kept = keepFunctions(splitPrinted(functions), state.functions, definedNow, everDefined);
  return { ...state, arrays: arrays.join("\n"), functions: kept, functionNames: Object.keys(kept) };
}

/** The options just-bash both reports and takes back. */
const RESTORABLE_SET = new Set(["errexit", "nounset", "pipefail", "xtrace", "noglob", "noclobber", "allexport", "verbose"]);

/** Bash text that recreates the state in a fresh interpreter. */
export function restorePrelude(state: ShellState): string {
  const lines: string[] = [];
  if (state.arrays) lines.push(state.arrays);
  for (const f of Object.values(state.functions)) lines.push(f.text);
  for (const [name, value] of Object.entries(state.vars)) lines.push(`${name}=${shellQuote(value)}`);
  const exported = state.exported.filter((n) => n in state.vars);
  if (exported.length > 0) lines.push(`export ${exported.join(" ")}`);
  for (const [name, value] of Object.entries(state.aliases)) lines.push(`alias ${name}=${shellQuote(value)}`);
  const setOn = state.shellopts.split(":").filter((o) => RESTORABLE_SET.has(o));
  if (setOn.length > 0) lines.push(`set ${setOn.map((o) => `-o ${o}`).join(" ")}`);
  const shopts = state.bashopts.split(":").filter((o) => o !== "" && o !== "globskipdots");
  if (shopts.length > 0) lines.push(`shopt -s ${shopts.join(" ")}`);
  return lines.join("\n");
}
