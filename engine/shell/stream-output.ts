/**
 * Output as each command runs. just-bash hands back a run's stdout and
 * stderr as two strings, so within one statement (a loop, `a && b`, a
 * function) the order between them would be lost. Before a statement runs,
 * every simple command in it whose output would reach the terminal gets its
 * stdout and stderr pointed at two lab devices that pass each write straight
 * to the terminal, in the order the commands write them — as a terminal, or
 * `bash FILE 2>&1`, shows them. Output that goes elsewhere (into a pipe, a
 * file, a $(...) capture) is left alone.
 *
 * A function body cannot know where its output goes until it is called, so
 * its commands write to `"${__nflab_o:-/dev/stdout}"` (and `__nflab_e` for
 * stderr): a call whose stdout reaches the terminal sets `__nflab_o` to the
 * device for the length of the call; elsewhere it is empty and the output
 * stays the function's own. Commands whose output does not reach the
 * caller's (piped, redirected, captured) empty the variables for themselves.
 *
 * Errors name the script line of the command that made them (`FILE: line 7:`
 * inside a loop or a function's body), so each command's stderr device is
 * `/dev/nflab/stderr/LINE`.
 *
 * A tool whose own stdout and stderr interleave (curl -v) is also told, by
 * the assignment `__nflab_tty=NAME` before it, that both of its streams reach
 * the terminal, so that it may write them in the order it made them.
 */
import { parse, type StatementNode } from "just-bash";
import { forEachNode, literalWord } from "./ast-walk.js";

export const STREAM_DIR = "/dev/nflab";
export const STREAM_STDOUT = `${STREAM_DIR}/stdout`;
export const STREAM_STDERR = `${STREAM_DIR}/stderr`;

/** Set before a simple command whose stdout and stderr both reach the terminal; its value is the command's name. */
export const TTY_VAR = "__nflab_tty";
/** Set before a simple command whose stdout reaches the terminal, for the tools that ask (ls); its value is the command's name. */
export const TERMINAL_VAR = "__nflab_term";
/**
 * Set before a statement's interleaving tool whose stdout goes to /dev/null
 * (`iptables -nL >/dev/null`); its value is the command's name. The shell
 * then drops the output without assembling it.
 */
export const DISCARD_VAR = "__nflab_null";
/** Where a function body's stdout and stderr go: the stream devices, or empty for the function's own. */
export const OUT_VAR = "__nflab_o";
export const ERR_VAR = "__nflab_e";

/** The script line a write to `path` (a stderr device) came from, if it names one. */
export function streamLine(path: string): number | undefined {
  if (!path.startsWith(`${STREAM_STDERR}/`)) return undefined;
  const line = path.slice(STREAM_STDERR.length + 1);
  return /^\d+$/.test(line) ? Number(line) : undefined;
}

export interface StreamNames {
  /** Tools whose stdout and stderr interleave (they may return `output`). */
  readonly interleaving: ReadonlySet<string>;
  /** Tools that print differently to a terminal (ls). */
  readonly terminalAware: ReadonlySet<string>;
  /** The shell's functions: a call to one passes the terminal on to its body. */
  readonly functions: ReadonlySet<string>;
}

interface Reach {
  /** The command's stdout reaches the terminal (static) or the function's own stdout (in a body). */
  out: boolean;
  err: boolean;
}

/** The top-level statement, where the terminal is known, or a function body, where the caller decides. */
type Mode = "statement" | "body";

type Node = Record<string, unknown>;

/** Commands given no emptying assignment: they show or keep the variables they are given. */
const KEEPS_ASSIGNMENTS = new Set(["env", "printenv", "export", "declare", "typeset", "local", "readonly", "set", "unset", "eval", "source", ".", "exec", "command", "builtin"]);

/**
 * Whether the statement's output could interleave: it holds more than one
 * command, a function call, one of the interleaving tools, or a function
 * definition (whose body is prepared for the calls to come).
 */
export function needsStreaming(statement: StatementNode, names: StreamNames): boolean {
  return (
    statement.pipelines.length > 1 ||
    statement.pipelines.some(
      (p) =>
        p.commands.length > 1 ||
        p.commands.some((c) => {
          if (c.type !== "SimpleCommand") return true;
          const name = literalName(c as unknown as Node) ?? "";
          return names.interleaving.has(name) || names.functions.has(name) || names.terminalAware.has(name);
        }),
    )
  );
}

/**
 * A copy of the statement with its terminal-bound commands writing to the stream devices.
 * `firstLine`: the script line the statement's text starts on.
 */
export function streamed(statement: StatementNode, names: StreamNames, firstLine = 1): StatementNode {
  const copy = structuredClone(statement);
  new Streamer(names, firstLine - 1).statement(copy as unknown as Node, { out: true, err: true }, "statement");
  return copy;
}

class Streamer {
  constructor(
    private readonly names: StreamNames,
    private readonly lineOffset: number,
  ) {}

  statement(statement: Node, reach: Reach, mode: Mode): void {
    for (const pipeline of statement["pipelines"] as Node[]) {
      const commands = pipeline["commands"] as Node[];
      // pipeStderr[i]: the pipe after command i is `|&`, which takes its stderr too.
      const pipesStderr = (pipeline["pipeStderr"] as boolean[] | undefined) ?? [];
      commands.forEach((command, i) => {
        const last = i === commands.length - 1;
        this.command(command, { out: reach.out && last, err: reach.err && (last || pipesStderr[i] !== true) }, mode);
      });
    }
  }

  private command(command: Node, reach: Reach, mode: Mode): void {
    const own = redirectedFds(redirections(command));
    const inner = { out: reach.out && !own.has(1), err: reach.err && !own.has(2) };
    if (command["type"] === "FunctionDef") {
      // Its body runs later, wherever each call sends it.
      this.children(command["body"], inner, "body");
      return;
    }
    if (command["type"] === "SimpleCommand") return this.simple(command, inner, mode);
    this.children(command, inner, mode);
  }

  private simple(command: Node, reach: Reach, mode: Mode): void {
    const name = literalName(command);
    const hasName = command["name"] !== null && command["name"] !== undefined;
    const added: Node[] = [];
    const assignments: Node[] = [];
    const captures = this.substitutions(command, reach, mode);
    if (reach.err) added.push(appendTo(2, this.stderrTarget(command, mode)));
    if (reach.out) added.push(appendTo(1, mode === "statement" ? STREAM_STDOUT : `\${${OUT_VAR}:-/dev/stdout}`));
    if (hasName) {
      if (mode === "statement") {
        // A function called here sends its body's output where this command's goes. (just-bash lets a
        // command's own assignments reach its $(...) words, so not when it has any.)
        if (name !== undefined && this.names.functions.has(name) && !captures) {
          if (reach.out) assignments.push(assignment(OUT_VAR, STREAM_STDOUT));
          if (reach.err) assignments.push(assignment(ERR_VAR, STREAM_STDERR));
        }
      } else if (!KEEPS_ASSIGNMENTS.has(name ?? "")) {
        // In a body the variables pass on by themselves; a command whose output goes elsewhere empties them.
        if (!reach.out) assignments.push(assignment(OUT_VAR, ""));
        if (!reach.err) assignments.push(assignment(ERR_VAR, ""));
      }
      const plain = name !== undefined && /^[\w.-]+$/.test(name);
      if (plain && reach.out && reach.err && this.names.interleaving.has(name)) {
        assignments.push(mode === "statement" ? assignment(TTY_VAR, name) : ttyWhenBothReach(name));
      }
      if (plain && mode === "statement" && this.names.interleaving.has(name) && stdoutDiscarded(redirections(command))) {
        assignments.push(assignment(DISCARD_VAR, name));
      }
      if (plain && reach.out && this.names.terminalAware.has(name)) {
        assignments.push(assignment(TERMINAL_VAR, mode === "statement" ? name : `\${${OUT_VAR}:+${name}}`));
      }
    }
    command["redirections"] = [...added, ...redirections(command)];
    if (assignments.length > 0) command["assignments"] = [...((command["assignments"] as Node[] | undefined) ?? []), ...assignments];
  }

  /** The command's stderr device, named with its script line when the tree knows it. */
  private stderrTarget(command: Node, mode: Mode): string {
    const line = typeof command["line"] === "number" ? `/${command["line"] + this.lineOffset}` : "";
    return mode === "statement" ? `${STREAM_STDERR}${line}` : `\${${ERR_VAR}:-/dev/stderr}\${${ERR_VAR}:+${line}}`;
  }

  /**
   * The $(...) and <(...) inside a command's words: their stdout is captured, their stderr goes
   * where the shell's does. Returns whether there were any.
   */
  private substitutions(command: Node, reach: Reach, mode: Mode): boolean {
    let found = false;
    forEachNode([command["name"], command["args"], command["assignments"]], (node) => {
      if (node["type"] !== "CommandSubstitution" && node["type"] !== "ProcessSubstitution") return undefined;
      found = true;
      // In a body the captured commands must not inherit the caller's terminal; at the top they never had it.
      if (mode === "body") this.children(node["body"], { out: false, err: reach.err }, "body");
      return "skip";
    });
    return found;
  }

  /** Finds the statements nested in a compound command (if, for, while, case, groups), skipping words. */
  private children(node: unknown, reach: Reach, mode: Mode): void {
    if (Array.isArray(node)) {
      for (const child of node) this.children(child, reach, mode);
      return;
    }
    if (node === null || typeof node !== "object") return;
    const record = node as Node;
    if (record["type"] === "Word" || record["type"] === "Redirection") return;
    if (record["type"] === "Statement") return this.statement(record, reach, mode);
    for (const [key, value] of Object.entries(record)) if (key !== "redirections") this.children(value, reach, mode);
  }
}

/** The command's name when it is a plain word (`ping`, not `$CMD`). */
function literalName(command: Node): string | undefined {
  return command["type"] === "SimpleCommand" ? literalWord(command["name"]) : undefined;
}

const OUTPUT_OPS = new Set([">", ">>", ">|", ">&"]);

function redirectedFds(redirections: readonly Node[]): Set<number> {
  const fds = new Set<number>();
  for (const r of redirections) {
    const op = String(r["operator"]);
    const fd = r["fd"] as number | null;
    if (op === "&>" || op === "&>>") {
      fds.add(1);
      fds.add(2);
    } else if (fd !== null) fds.add(fd);
    else if (OUTPUT_OPS.has(op)) fds.add(1);
  }
  return fds;
}

function redirections(command: Node): readonly Node[] {
  return (command["redirections"] as Node[] | undefined) ?? [];
}

/** Whether the last redirection of stdout sends it to /dev/null (`>/dev/null`, `&>/dev/null`, `1>>/dev/null`). */
function stdoutDiscarded(list: readonly Node[]): boolean {
  let discarded = false;
  for (const r of list) {
    const op = String(r["operator"]);
    const fd = r["fd"] as number | null;
    const both = op === "&>" || op === "&>>";
    if (!both && !((fd === null || fd === 1) && (OUTPUT_OPS.has(op) || op === ">&"))) continue;
    // `>&WORD` duplicates a descriptor when WORD is a number, and writes to the file WORD otherwise.
    discarded = literalWord(r["target"]) === "/dev/null";
  }
  return discarded;
}

/** `FD>>"TARGET"`, the target parsed as bash would parse it (it may hold ${...}). */
function appendTo(fd: number, target: string): Node {
  return (snippetCommand(`: ${fd}>>"${target}"`)["redirections"] as Node[])[0]!;
}

function assignment(name: string, value: string): Node {
  return (snippetCommand(`${name}="${value}" :`)["assignments"] as Node[])[0]!;
}

/** `__nflab_tty=NAME` only when the call passed both streams on to the body. */
function ttyWhenBothReach(name: string): Node {
  return assignment(TTY_VAR, `\${${OUT_VAR}:+\${${ERR_VAR}:+${name}}}`);
}

const snippets = new Map<string, Node>();

/** The first simple command of a snippet of bash, parsed once and copied on each use. */
function snippetCommand(text: string): Node {
  let parsed = snippets.get(text);
  if (!parsed) {
    const statement = parse(text).statements[0] as unknown as Node;
    parsed = ((statement["pipelines"] as Node[])[0]!["commands"] as Node[])[0]!;
    snippets.set(text, parsed);
  }
  return structuredClone(parsed);
}
