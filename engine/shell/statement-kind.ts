/**
 * Which statements can change the shell's own state (variables, functions,
 * aliases, options, directory)? Those need the state captured after them; a
 * plain `iptables -L` does not, which keeps a long script fast.
 */
import type { StatementNode, WordNode } from "just-bash";

/** Builtins that change the shell itself, or end it. */
const STATEFUL_BUILTINS = new Set([
  "cd", "pushd", "popd", "export", "unset", "set", "shopt", "alias", "unalias", "declare", "typeset",
  "local", "readonly", "read", "mapfile", "readarray", "source", ".", "eval", "exit", "logout", "shift",
  "getopts", "let", "hash", "trap", "umask", "builtin", "command", "exec", "return", "printf",
]);

function literalName(word: WordNode | null): string | undefined {
  if (!word) return undefined;
  let name = "";
  for (const part of word.parts) {
    if (part.type !== "Literal") return undefined;
    name += part.value;
  }
  return name;
}

/** True when running the statement cannot change anything but $? (and the world). */
export function isStateless(statement: StatementNode, userFunctions: ReadonlySet<string>): boolean {
  for (const pipeline of statement.pipelines) {
    for (const command of pipeline.commands) {
      if (command.type !== "SimpleCommand") return false;
      if (command.assignments.length > 0) return false;
      const name = literalName(command.name);
      if (name === undefined || STATEFUL_BUILTINS.has(name) || userFunctions.has(name)) return false;
    }
  }
  return true;
}
