/**
 * Output as each command runs. just-bash hands back a run's stdout and
 * stderr as two strings, so within one statement (a loop, `a && b`) the
 * order between them would be lost. Before such a statement runs, every
 * simple command in it whose output would reach the terminal gets its
 * stdout and stderr pointed at two lab devices that pass each write
 * straight to the terminal, in the order the commands write them — as
 * `bash FILE 2>&1` shows them. Output that goes elsewhere (into a pipe, a
 * file, a $(...) capture, a function defined for later) is left alone.
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

/** Whether the statement holds more than one command, so that their output could interleave. */
export function needsStreaming(statement: StatementNode): boolean {
  return statement.pipelines.length > 1 || statement.pipelines.some((p) => p.commands.length > 1 || p.commands.some((c) => c.type !== "SimpleCommand"));
}

/** A copy of the statement with its terminal-bound commands writing to the stream devices. */
export function streamed(statement: StatementNode): StatementNode {
  const copy = structuredClone(statement);
  visitStatement(copy as unknown as Node, { out: true, err: true });
  return copy;
}

function visitStatement(statement: Node, reach: Reach): void {
  for (const pipeline of statement["pipelines"] as Node[]) {
    const commands = pipeline["commands"] as Node[];
    commands.forEach((command, i) => {
      const last = i === commands.length - 1;
      visitCommand(command, { out: reach.out && last, err: reach.err && (last || !pipeline["pipeStderr"]) });
    });
  }
}

function visitCommand(command: Node, reach: Reach): void {
  if (command["type"] === "FunctionDef") return;
  const redirections = (command["redirections"] as Node[] | undefined) ?? [];
  const own = redirectedFds(redirections);
  const inner = { out: reach.out && !own.has(1), err: reach.err && !own.has(2) };
  if (command["type"] === "SimpleCommand") {
    const added: Node[] = [];
    if (inner.err) added.push(appendTo(2, STREAM_STDERR));
    if (inner.out) added.push(appendTo(1, STREAM_STDOUT));
    command["redirections"] = [...added, ...redirections];
    return;
  }
  visitChildren(command, inner);
}

/** Finds the statements nested in a compound command (if, for, while, case, groups), skipping words. */
function visitChildren(node: unknown, reach: Reach): void {
  if (Array.isArray(node)) {
    for (const child of node) visitChildren(child, reach);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const record = node as Node;
  if (record["type"] === "Word" || record["type"] === "Redirection") return;
  if (record["type"] === "Statement") return visitStatement(record, reach);
  for (const [key, value] of Object.entries(record)) if (key !== "redirections") visitChildren(value, reach);
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
