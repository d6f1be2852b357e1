/** The nflab command line: which subcommand, with which options. */

export type Backend = "nf_tables" | "legacy";

export type CliCommand =
  | { kind: "help" }
  | { kind: "version" }
  | { kind: "play"; scenario?: string; backend: Backend }
  | { kind: "sh"; backend: Backend; source: { from: "file"; path: string; args: string[] } | { from: "string"; text: string; args: string[] } | { from: "stdin" } }
  | { kind: "validate"; path: string }
  | { kind: "error"; message: string };

export function parseCli(argv: readonly string[]): CliCommand {
  const args = [...argv];
  let backend: Backend = "nf_tables";
  const takeBackend = (): string | undefined => {
    const i = args.findIndex((a) => a === "--backend" || a.startsWith("--backend="));
    if (i < 0) return undefined;
    const arg = args[i]!;
    const value = arg.includes("=") ? arg.slice(arg.indexOf("=") + 1) : args[i + 1];
    args.splice(i, arg.includes("=") ? 1 : 2);
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
    return { kind: "play", backend, ...(args[0] ? { scenario: args[0] } : {}) };
  }
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

export const HELP = `nflab — a lab for learning Linux packet filtering (iptables, NAT, conntrack)

Everything happens in an emulated Linux host: nothing you type changes this
computer or sends a real packet.

Usage:
  nflab                      open the lab (an interactive root shell)
  nflab play [SCENARIO]      open the lab on a guided scenario
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
`;
