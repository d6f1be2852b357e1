/**
 * Output as each command runs. just-bash hands back a run's stdout and
 * stderr as two strings, so within one statement (a loop, `a && b`) the
 * order between them would be lost. Before such a statement runs, every
 * simple command in it whose output would reach the terminal gets its
 * stdout and stderr pointed at two lab devices that pass each write
 * straight to the terminal, in the order the commands write them — as
 * `bash FILE 2>&1` shows them. Output that goes elsewhere (into a pipe, a
 * file, a $(...) capture, a function defined for later) is left alone.
 *
 * A tool whose own stdout and stderr interleave (curl -v) is also told, by
 * the assignment `__nflab_tty=NAME` before it, that both of its streams reach
 * the terminal, so that it may write them in the order it made them.
 */
import type { StatementNode } from "just-bash";

export const STREAM_DIR = "/dev/nflab";
export const STREAM_STDOUT = `${STREAM_DIR}/stdout`;
export const STREAM_STDERR = `${STREAM_DIR}/stderr`;

interface Reach {
  /** The command's stdout would reach the terminal. */
  out: boolean;
  err: boolean;
}

type Node = Record<string, unknown>;

/** Set before a simple command whose stdout and stderr both reach the terminal; its value is the command's name. */
export const TTY_VAR = "__nflab_tty";

/**
 * Whether the statement's output could interleave: it holds more than one
 * command, or one of the `interleaving` tools.
 */
export function needsStreaming(statement: StatementNode, interleaving: ReadonlySet<string>): boolean {
  return (
    statement.pipelines.length > 1 ||
    statement.pipelines.some((p) => p.commands.length > 1 || p.commands.some((c) => c.type !== "SimpleCommand" || interleaving.has(literalName(c as unknown as Node) ?? "")))
  );
}

/** A copy of the statement with its terminal-bound commands writing to the stream devices. */
export function streamed(statement: StatementNode, interleaving: ReadonlySet<string> = new Set()): StatementNode {
  const copy = structuredClone(statement);
  visitStatement(copy as unknown as Node, { out: true, err: true }, interleaving);
  return copy;
}

function visitStatement(statement: Node, reach: Reach, interleaving: ReadonlySet<string>): void {
  for (const pipeline of statement["pipelines"] as Node[]) {
    const commands = pipeline["commands"] as Node[];
    commands.forEach((command, i) => {
      const last = i === commands.length - 1;
      visitCommand(command, { out: reach.out && last, err: reach.err && (last || !pipeline["pipeStderr"]) }, interleaving);
    });
  }
}

function visitCommand(command: Node, reach: Reach, interleaving: ReadonlySet<string>): void {
  if (command["type"] === "FunctionDef") return;
  const redirections = (command["redirections"] as Node[] | undefined) ?? [];
  const own = redirectedFds(redirections);
  const inner = { out: reach.out && !own.has(1), err: reach.err && !own.has(2) };
  if (command["type"] === "SimpleCommand") {
    const added: Node[] = [];
    if (inner.err) added.push(appendTo(2, STREAM_STDERR));
    if (inner.out) added.push(appendTo(1, STREAM_STDOUT));
    command["redirections"] = [...added, ...redirections];
    const name = literalName(command);
    if (inner.out && inner.err && name !== undefined && interleaving.has(name)) {
      command["assignments"] = [...((command["assignments"] as Node[] | undefined) ?? []), assignment(TTY_VAR, name)];
    }
    return;
  }
  visitChildren(command, inner, interleaving);
}

/** The command's name when it is a plain word (`ping`, not `$CMD`). */
function literalName(command: Node): string | undefined {
  if (command["type"] !== "SimpleCommand") return undefined;
  const parts = (command["name"] as { parts?: { type: string; value?: string }[] } | null)?.parts;
  return parts?.length === 1 && parts[0]!.type === "Literal" ? parts[0]!.value : undefined;
}

/** Finds the statements nested in a compound command (if, for, while, case, groups), skipping words. */
function visitChildren(node: unknown, reach: Reach, interleaving: ReadonlySet<string>): void {
  if (Array.isArray(node)) {
    for (const child of node) visitChildren(child, reach, interleaving);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const record = node as Node;
  if (record["type"] === "Word" || record["type"] === "Redirection") return;
  if (record["type"] === "Statement") return visitStatement(record, reach, interleaving);
  for (const [key, value] of Object.entries(record)) if (key !== "redirections") visitChildren(value, reach, interleaving);
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

function appendTo(fd: number, path: string): Node {
  return { type: "Redirection", fd, operator: ">>", target: { type: "Word", parts: [{ type: "Literal", value: path }] } };
}

function assignment(name: string, value: string): Node {
  return { type: "Assignment", name, value: { type: "Word", parts: [{ type: "Literal", value }] }, append: false, array: null };
}
