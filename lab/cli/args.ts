/** The nflab command line: which subcommand, with which options. */

export type Backend = "nf_tables" | "legacy";

export type CliCommand =
  | { kind: "help" }
  | { kind: "version" }
  /** A guided scenario (the default one when none is named); backend overrides the scenario's. */
  | { kind: "play"; scenario?: string; backend?: Backend }
  /** The free lab: no scenario. */
  | { kind: "sandbox"; backend: Backend }
  | { kind: "check"; scenario: string; script: string; json: boolean }
  /** Snapshot files to grade. */
  | { kind: "grade"; files: string[]; json: boolean }
  | { kind: "sh"; backend: Backend; source: { from: "file"; path: string; args: string[] } | { from: "string"; text: string; args: string[] } | { from: "stdin" } }
  | { kind: "validate"; path: string }
  | { kind: "error"; message: string };

export function parseCli(argv: readonly string[]): CliCommand {
  const args = [...argv];
  let backend: Backend = "nf_tables";
  let backendGiven = false;
  const takeBackend = (): string | undefined => {
    const i = args.findIndex((a) => a === "--backend" || a.startsWith("--backend="));
    if (i < 0) return undefined;
    const arg = args[i]!;
    const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[i + 1];
    args.splice(i, arg.includes("=") ? 1 : 2);
    backendGiven = true;
    if (value === "nft" || value === "nf_tables") backend = "nf_tables";
    else if (value === "legacy") backend = "legacy";
    else return `--backend takes "nft" or "legacy", not "${value ?? ""}"`;
    return undefined;
  };
  const first = args[0];
  if (first === "--help" || first === "-h" || first === "help") return { kind: "help" };
  if (first === "--version" || first === "-V" || first === "version") return { kind: "version" };
  if (first === undefined || first === "play" || first.startsWith("--backend")) {
    if (first === "play") args.shift();
    const bad = takeBackend();
    if (bad) return { kind: "error", message: bad };
    if (args.length > 1) return { kind: "error", message: `play takes one scenario, not "${args.join(" ")}"` };
    if (args[0]?.startsWith("-")) return { kind: "error", message: `play: ${args[0]}: invalid option` };
    return { kind: "play", ...(backendGiven ? { backend } : {}), ...(args[0] ? { scenario: args[0] } : {}) };
  }
  if (first === "sandbox") {
    args.shift();
    const bad = takeBackend();
    if (bad) return { kind: "error", message: bad };
    if (args.length > 0) return { kind: "error", message: `sandbox takes no arguments, not "${args.join(" ")}"` };
    return { kind: "sandbox", backend };
  }
  if (first === "check") return parseCheck(args.slice(1));
  if (first === "grade") return parseGrade(args.slice(1));
  if (first === "validate") {
    if (args.length !== 2) return { kind: "error", message: "validate takes one path: a pack folder or a scenario file" };
    return { kind: "validate", path: args[1]! };
  }
  if (first === "sh") {
    args.shift();
    const bad = takeBackend();
    if (bad) return { kind: "error", message: bad };
    if (args[0] === "-c") {
      if (args.length < 2) return { kind: "error", message: "sh: -c: option requires an argument" };
      return { kind: "sh", backend, source: { from: "string", text: args[1]!, args: args.slice(2) } };
    }
    if (args[0] === "-s" || args.length === 0) return { kind: "sh", backend, source: { from: "stdin" } };
    if (args[0]!.startsWith("-") && args[0] !== "-") return { kind: "error", message: `sh: ${args[0]}: invalid option` };
    if (args[0] === "-") return { kind: "sh", backend, source: { from: "stdin" } };
    return { kind: "sh", backend, source: { from: "file", path: args[0]!, args: args.slice(1) } };
  }
  return { kind: "error", message: `unknown command "${first}"` };
}

function parseCheck(args: string[]): CliCommand {
  let script: string | undefined;
  let json = false;
  const rest: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!;
    if (arg === "--json") json = true;
    else if (arg === "--script") {
      script = args[++i];
      if (script === undefined) return { kind: "error", message: "check: --script needs a file" };
    } else if (arg.startsWith("--script=")) script = arg.slice("--script=".length);
    else if (arg.startsWith("-") && arg !== "-") return { kind: "error", message: `check: ${arg}: invalid option` };
    else rest.push(arg);
  }
  if (rest.length !== 1) return { kind: "error", message: "check takes one scenario: nflab check SCENARIO --script FILE [--json]" };
  if (!script) return { kind: "error", message: "check needs the commands to run: nflab check SCENARIO --script FILE [--json]" };
  return { kind: "check", scenario: rest[0]!, script, json };
}

function parseGrade(args: string[]): CliCommand {
  const files: string[] = [];
  let json = false;
  for (const arg of args) {
    if (arg === "--json") json = true;
    else if (arg.startsWith("-") && arg !== "-") return { kind: "error", message: `grade: ${arg}: invalid option` };
    else files.push(arg);
  }
  if (files.length === 0) return { kind: "error", message: "grade needs a snapshot file: nflab grade FILE... [--json]" };
  return { kind: "grade", files, json };
}

export const HELP = `nflab — a lab for learning Linux packet filtering (iptables, NAT, conntrack)

Everything happens in an emulated Linux host: nothing you type changes this
computer or sends a real packet.

Usage:
  nflab                      open the lab on the first guided scenario
  nflab play [SCENARIO]      open the lab on a guided scenario (pack/id or id);
                             your progress is saved, and resumed next time
  nflab sandbox              open a free lab: an interactive root shell, no scenario
  nflab check SCENARIO --script FILE [--json]
                             run FILE's commands on the scenario's lab and check
                             its goals; exit status 0 only when all of them pass
  nflab grade FILE... [--json]
                             grade snapshots (saved with \`snapshot\` in a scenario):
                             check the goals on each one's lab and replay its
                             commands to confirm them; exit status 0 only when
                             every snapshot passes, 1 when one fails, 2 when a
                             file cannot be read
  nflab sh [FILE [ARGS...]]  run a lab shell script non-interactively, like bash FILE
  nflab sh -c 'COMMANDS'     run commands in the lab shell, like bash -c
  nflab sh < FILE            read commands from standard input
  nflab validate PATH        check a scenario pack folder or file, with the line of each problem
  nflab --help               show this help
  nflab --version            show the version

Options:
  --backend nft|legacy       which iptables the lab host has: iptables-nft (the
                             default, as on Debian 12 and Ubuntu 22.04+) or
                             iptables-legacy

In the lab, try:  iptables -L -n -v   ip addr   help
In a scenario:    task   check   why   hint   reset   solution   scenarios   snapshot

Files: progress and snapshots are kept in $XDG_DATA_HOME/nflab
(~/.local/share/nflab); set NFLAB_SCENARIOS to a folder of scenario packs to
play your own.
`;
