/**
 * `cmd &` inside a loop, an `if` or a function body. just-bash runs such a
 * command in the foreground, so before a statement runs each nested
 * background command is rewritten into
 *
 *     __nflab_job_begin 'TEXT'; ( cmd ); __nflab_job_end $?
 *
 * The markers tell the session that the subshell between them is a job of
 * the world (listed by `jobs`, its sleeps on its own clock, its `nc -l`
 * a listener that does not block), and `__nflab_job_end` leaves $? at 0 as
 * bash does after starting a job. The top-level `cmd &` is the session's
 * own business (runBackground) and is left alone.
 *
 * `$!`, the last job's process ID, is the session's to know: every `$!`
 * becomes `$(__nflab_last_job)`, which prints it (no variable the learner's
 * `set` would list).
 */
import { parse, serialize, type StatementNode } from "just-bash";
import { shellQuote } from "./quote.js";
import { forEachNode, someNode, type AstNode } from "./ast-walk.js";

export const JOB_BEGIN = "__nflab_job_begin";
export const JOB_END = "__nflab_job_end";
/** Prints what `$!` reads. */
export const LAST_JOB = "__nflab_last_job";

/** Whether a background command hides inside the statement (below its top level). */
export function hasNestedJobs(statement: StatementNode): boolean {
  return someNode(statement.pipelines, (node) => node["type"] === "Statement" && node["background"] === true);
}

/** A copy of the statement with every nested `cmd &` turned into a marked subshell. */
export function withNestedJobs(statement: StatementNode): StatementNode {
  const copy = structuredClone(statement);
  visitNested(copy as unknown as AstNode, (list, index) => {
    const job = list[index]!;
    const text = jobText(job as unknown as StatementNode);
    const body = serialize({ type: "Script", statements: [{ ...(job as unknown as StatementNode), background: false }] });
    const replacement = parse(`${JOB_BEGIN} ${shellQuote(text)}; (\n${body}\n); ${JOB_END} $?`).statements;
    list.splice(index, 1, ...(replacement as unknown as AstNode[]));
    return replacement.length;
  });
  return copy;
}

/** The command as `jobs` shows it: bash prints it back from its tree, `> /dev/null`, `2>&1`. */
export function jobText(statement: StatementNode): string {
  try {
    return serialize({ type: "Script", statements: [{ ...statement, background: false }] })
      .replace(/(\d*[<>])& (\d+|-)/g, "$1&$2")
      .trim();
  } catch {
    return ((statement as StatementNode & { sourceText?: string }).sourceText ?? "").replace(/&\s*$/, "").trim();
  }
}

/**
 * Calls found(list, index) for each background statement below the top one,
 * innermost first within a list; found returns how many statements replaced it.
 */
function visitNested(top: AstNode, found: (list: AstNode[], index: number) => number | void): void {
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (let i = 0; i < node.length; i++) {
        const child = node[i] as AstNode;
        walk(child);
        if (child !== null && typeof child === "object" && child["type"] === "Statement" && child["background"] === true) {
          const replaced = found(node as AstNode[], i);
          if (typeof replaced === "number") i += replaced - 1;
        }
      }
      return;
    }
    if (node === null || typeof node !== "object") return;
    const record = node as AstNode;
    if (record["type"] === "Word") return;
    for (const [key, value] of Object.entries(record)) if (key !== "sourceText") walk(value);
  };
  for (const [key, value] of Object.entries(top)) if (key !== "sourceText") walk(value);
}

/** Whether the statement reads `$!`. */
export function readsLastJob(statement: StatementNode): boolean {
  return someNode(statement, isLastJob);
}

/** Every `$!` asks the session, in place. */
export function renameLastJob(tree: unknown): void {
  forEachNode(tree, (node) => {
    if (!isLastJob(node)) return;
    const asked = node["type"] === "ParameterExpansion" ? lastJobSubstitution() : { type: "ArithCommandSubst", command: LAST_JOB };
    for (const key of Object.keys(node)) delete node[key];
    Object.assign(node, asked);
    return "skip";
  });
}

/** The `$(__nflab_last_job)` word part. */
function lastJobSubstitution(): AstNode {
  const word = (parse(`: $(${LAST_JOB})`).statements[0]!.pipelines[0]!.commands[0] as unknown as { args: { parts: AstNode[] }[] }).args[0]!;
  return word.parts[0]!;
}

function isLastJob(node: AstNode): boolean {
  return (node["type"] === "ParameterExpansion" && node["parameter"] === "!") || (node["type"] === "ArithSpecialVar" && node["name"] === "!");
}
