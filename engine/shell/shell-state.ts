/**
 * What of a shell outlives one command: variables, functions, aliases,
 * options, the working directory and $?. just-bash gives every exec a fresh
 * interpreter, so the session captures this state after a statement (as bash
 * text: `declare -p`, function bodies, `alias`, `set +o`) and replays it before
 * the next one.
 */

/** Text the shell runs after a statement; it pipes the state into the capture command. */
export function captureEpilogue(captureCommand: string): string {
  return [
    `__nflab_rc=$?`,
    `{ declare -p; echo "#@functions"; for __nflab_f in $(declare -F | cut -d' ' -f3); do type "$__nflab_f" | tail -n +2; done;` +
      ` echo "#@aliases"; alias; echo "#@options"; set +o; shopt -p; } 2>/dev/null | ${captureCommand} "$__nflab_rc"`,
  ].join("\n");
}

/** Variables that the interpreter owns; restoring them would fail or lie. */
const TRANSIENT = /^(\?|_|PIPESTATUS|BASHOPTS|SHELLOPTS|PPID|UID|EUID|BASHPID|RANDOM|LINENO|SECONDS|FUNCNAME|GROUPS|BASH_\w+|OPTIND|__nflab\w*)$/;

/** The options just-bash both reports and accepts back. */
const RESTORABLE_OPTION = /^(set [+-]o (errexit|nounset|pipefail|xtrace|noglob|noclobber|allexport|verbose)|shopt -[su] \w+)$/;

/** Turns captured text into the prelude that restores it, or undefined if the capture is malformed. */
export function restorePrelude(captured: string): string | undefined {
  const sections = captured.split(/^#@(functions|aliases|options)$/m);
  if (sections.length !== 7) return undefined;
  const [vars, , functions, , aliases, , options] = sections as [string, string, string, string, string, string, string];
  const keptVars = vars
    .split("\n")
    .filter((line) => {
      const m = /^declare -(\S+) ([^=\s]+)/.exec(line);
      return m !== null && !m[1]!.includes("r") && !TRANSIENT.test(m[2]!);
    });
  const aliasLines = aliases.split("\n").filter((l) => l.startsWith("alias "));
  const optionLines = options.split("\n").filter((l) => RESTORABLE_OPTION.test(l));
  return [...keptVars, functions.trim(), ...aliasLines, ...optionLines].filter((l) => l !== "").join("\n");
}

/** Whether captured text defines aliases; statements then run through eval so they expand. */
export function hasAliases(captured: string): boolean {
  return /^alias /m.test(captured);
}
