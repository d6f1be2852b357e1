/**
 * How much of the shell's own state a statement can change, which decides
 * what the session captures after it:
 * - "none": only $? (and the world) — a plain `iptables -L`; nothing captured;
 * - "scalars": variables, exports, aliases, options, the directory — read
 *   cheaply from the interpreter's environment;
 * - "all": also arrays and functions, which only `declare -p` and the
 *   function bodies reveal (slower).
 */
import type { StatementNode } from "just-bash";
import { literalWord } from "./ast-walk.js";

export type StateReach = "none" | "scalars" | "all";

/** Builtins that change the shell itself, or end it. */
const SCALAR_BUILTINS = new Set([
  "cd", "pushd", "popd", "export", "set", "shopt", "alias", "unalias", "read", "exit", "logout", "shift",
  "getopts", "let", "hash", "trap", "umask", "builtin", "command", "exec", "return", "printf",
]);

/** Builtins that can make or remove arrays and functions. */
const ALL_BUILTINS = new Set(["declare", "typeset", "local", "readonly", "unset", "mapfile", "readarray", "source", ".", "eval"]);


export function stateReach(statement: StatementNode, userFunctions: ReadonlySet<string>): StateReach {
  let reach: StateReach = "none";
  for (const pipeline of statement.pipelines) {
    for (const command of pipeline.commands) {
      if (command.type === "FunctionDef") return "all";
      if (command.type !== "SimpleCommand") {
        if (containsFunctionOrArray(command)) return "all";
        reach = "scalars";
        continue;
      }
      if (command.assignments.some((a) => a.array !== null || a.name.includes("["))) return "all";
      const name = literalWord(command.name);
      if (name !== undefined && ALL_BUILTINS.has(name)) return "all";
      if (name !== undefined && userFunctions.has(name)) return "all";
      if (command.assignments.length > 0 || name === undefined || SCALAR_BUILTINS.has(name)) reach = "scalars";
      if (name === "read" && command.args.some((a) => literalWord(a)?.startsWith("-") && literalWord(a)?.includes("a"))) return "all";
    }
  }
  return reach;
}

/** Looks inside compound commands (loops, if, groups) for function definitions, arrays and the builtins that make them. */
function containsFunctionOrArray(node: unknown): boolean {
  if (Array.isArray(node)) return node.some(containsFunctionOrArray);
  if (node === null || typeof node !== "object") return false;
  const record = node as Record<string, unknown>;
  if (record["type"] === "FunctionDef") return true;
  if (record["type"] === "Assignment" && (record["array"] !== null || String(record["name"]).includes("["))) return true;
  if (record["type"] === "SimpleCommand") {
    const name = literalWord(record["name"]);
    if (name !== undefined && ALL_BUILTINS.has(name)) return true;
  }
  return Object.values(record).some(containsFunctionOrArray);
}
