/**
 * just-bash runs a few builtins inside its interpreter, where a registered
 * command cannot replace them. `wait` must wait on the world's jobs, and
 * `help` must introduce the lab (help NAME still explains a builtin), so the
 * shell renames those calls in the parsed script before it runs.
 */
import { serialize, type StatementNode, type TransformPlugin } from "just-bash";
import { forEachNode, literalWord } from "./ast-walk.js";

/** Builtin name -> the lab command that stands in for it. */
export const OVERRIDDEN_BUILTINS: Readonly<Record<string, string>> = { wait: "__nflab_wait", help: "__nflab_help" };

export const overrideBuiltins: TransformPlugin = {
  name: "nflab-builtin-overrides",
  transform({ ast }) {
    renameIn(ast);
    return { ast };
  },
};

/** Renames the overridden builtins in a parsed tree, in place. */
export function renameOverriddenBuiltins(node: unknown): void {
  renameIn(node);
}

function renameIn(tree: unknown): void {
  forEachNode(tree, (node) => {
    if (node["type"] !== "SimpleCommand") return;
    const name = literalWord(node["name"]);
    if (name !== undefined && name in OVERRIDDEN_BUILTINS) {
      node["name"] = { type: "Word", parts: [{ type: "Literal", value: OVERRIDDEN_BUILTINS[name]! }] };
    }
  });
}

/**
 * A statement's text with the overridden builtins renamed, for code that runs
 * through eval (which the transform above never sees). Unchanged text when the
 * statement names none of them.
 */
export function withOverriddenBuiltins(statement: StatementNode, source: string): string {
  if (!Object.keys(OVERRIDDEN_BUILTINS).some((name) => new RegExp(`\\b${name}\\b`).test(source))) return source;
  const copy = structuredClone(statement);
  renameIn(copy);
  try {
    return serialize({ type: "Script", statements: [{ ...copy, background: false }] });
  } catch {
    return source;
  }
}
