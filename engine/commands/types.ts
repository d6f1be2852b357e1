/**
 * A lab command: a module that takes the world and argv and returns what the
 * real tool would print and its exit status. Commands never throw for bad
 * input: they return the real tool's message and status, and leave the world
 * untouched when they fail.
 */
import type { LabFs } from "../fs/lab-fs.js";
import type { NetNamespace, World } from "../world/types.js";

export interface CommandResult {
  stdout: string;
  stderr: string;
  exitCode: number;
  /**
   * The same output as the tool writes it, in order, when its stdout and stderr
   * interleave (curl -v, a ping warning before its header). The chunks of each
   * stream join to exactly stdout and stderr. Left out, stdout comes first.
   */
  output?: readonly OutputChunk[];
}

/** One write of a tool: to its stdout (1) or its stderr (2). */
export interface OutputChunk {
  readonly fd: 1 | 2;
  readonly text: string;
}

export interface CommandContext {
  readonly world: World;
  /** The network namespace the command runs in (the lab host's, or the one `ip netns exec` chose). */
  readonly ns: NetNamespace;
  /** argv[0] is the name the command was called by (iptables, iptables-nft, ...). */
  readonly argv: readonly string[];
  readonly stdin: string;
  readonly env: ReadonlyMap<string, string>;
  /** The exported variables only, as a child process receives them (env, printenv). */
  readonly exportedEnv?: Readonly<Record<string, string>>;
  readonly cwd: string;
  /** The lab host's filesystem, with /proc/sys showing this namespace's sysctls. */
  readonly fs: LabFs;
  /** Whether the shell reads from a person at a terminal (the TUI) rather than a script. */
  readonly interactive: boolean;
  /** Its stdout reaches a terminal this wide (the lab's screen), not a pipe or a file: ls lays names out in columns. */
  readonly terminal?: { readonly columns: number };
  /** The background job this command runs in, if it was started with `&`. */
  readonly jobId?: number;
  /**
   * Runs argv as a command of the lab shell, optionally in another namespace (for `ip netns exec`).
   * `passThrough`: the caller returns the child's output unchanged, so a child whose streams reach
   * the terminal may write them there itself, in order.
   * `env`: the child's whole environment, in place of the shell's (env NAME=value, env -u, env -i).
   */
  exec(argv: readonly string[], options?: { ns?: string; stdin?: string; passThrough?: boolean; env?: Readonly<Record<string, string>> }): Promise<CommandResult>;
}

export interface LabCommand {
  readonly name: string;
  /** Other names that run the same module (iptables-nft, iptables-legacy, ...). */
  readonly aliases?: readonly string[];
  /** One line for `help` and completion, written for a learner. */
  readonly summary: string;
  run(ctx: CommandContext): CommandResult | Promise<CommandResult>;
  /**
   * Its stdout and stderr interleave (it may return `output`), or it runs a
   * command that may (`ip netns exec`): where both reach the terminal, the shell
   * passes the writes on in order.
   */
  readonly interleavesOutput?: boolean;
  /** It prints differently when its stdout is a terminal (isatty): the shell tells it through `terminal`. */
  readonly asksTerminal?: boolean;
}

export function ok(stdout = ""): CommandResult {
  return { stdout, stderr: "", exitCode: 0 };
}

export function fail(stderr: string, exitCode = 1, stdout = ""): CommandResult {
  return { stdout, stderr, exitCode };
}
