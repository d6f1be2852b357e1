/**
 * The text of the shell's functions, kept from one statement to the next.
 * just-bash prints a function back (`type f`) without its redirections and
 * with `...` in place of every loop, `if` or `case`, so that print cannot
 * recreate it. The session records each definition's text from the parsed
 * statement instead, and uses the printed form only to learn which functions
 * exist after a statement and whether one was redefined.
 */
import { serialize, type StatementNode } from "just-bash";
import { forEachNode, type AstNode } from "./ast-walk.js";

/** A function as the session keeps it. */
export interface FunctionSource {
  /** How just-bash prints it back; a change means the function was redefined. */
  readonly printed: string;
  /** The text that recreates it. */
  readonly text: string;
}

/** name -> definition text, for every function defined anywhere in the statement (the last one wins). */
export function definedFunctions(statement: StatementNode): Map<string, string> {
  const found = new Map<string, string>();
  forEachNode(statement, (node) => {
    if (node["type"] !== "FunctionDef" || typeof node["name"] !== "string") return;
    const text = definitionText(node);
    if (text !== undefined) found.set(node["name"], text);
  });
  return found;
}

function definitionText(def: AstNode): string | undefined {
  const statement = { type: "Statement", pipelines: [{ type: "Pipeline", commands: [def], negated: false, timed: false, timePosix: false }], operators: [], background: false };
  try {
    return serialize({ type: "Script", statements: [statement as unknown as StatementNode] });
  } catch {
    return undefined;
  }
}

/** Splits `type NAME | tail -n +2` output of several functions into name -> printed block. */
export function splitPrinted(text: string): Map<string, string> {
  const blocks = new Map<string, string>();
  const starts = [...text.matchAll(/^(\S+) \(\) $/gm)];
  starts.forEach((m, i) => {
    const end = i + 1 < starts.length ? starts[i + 1]!.index : text.length;
    blocks.set(m[1]!, text.slice(m.index, end).trim());
  });
  return blocks;
}

/**
 * The functions after a statement: those that exist now (printed), each with
 * the text defined in this statement, else the one kept before if it was not
 * redefined, else the last text ever recorded for the name, else the print.
 */
export function keepFunctions(
  printed: ReadonlyMap<string, string>,
  previous: Readonly<Record<string, FunctionSource>>,
  definedNow: ReadonlyMap<string, string>,
  everDefined: ReadonlyMap<string, string>,
): Record<string, FunctionSource> {
  const kept: Record<string, FunctionSource> = {};
  for (const [name, print] of printed) {
    const before = previous[name];
    const text = definedNow.get(name) ?? (before && before.printed === print ? before.text : undefined) ?? everDefined.get(name) ?? print;
    kept[name] = { printed: print, text };
  }
  return kept;
}
