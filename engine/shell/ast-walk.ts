/**
 * A walk over just-bash's parsed tree (plain objects and arrays), for the
 * session's rewrites of a statement before it runs: every node object, parents
 * before children. `sourceText` (the typed text kept beside a node) is not a
 * child.
 */
export type AstNode = Record<string, unknown>;

/** Calls visit on every node object below root; returning "skip" leaves that node's children out. */
export function forEachNode(root: unknown, visit: (node: AstNode) => void | "skip"): void {
  if (Array.isArray(root)) {
    for (const child of root) forEachNode(child, visit);
    return;
  }
  if (root === null || typeof root !== "object") return;
  const node = root as AstNode;
  if (visit(node) === "skip") return;
  for (const [key, value] of Object.entries(node)) if (key !== "sourceText" && value !== null && typeof value === "object") forEachNode(value, visit);
}

/** A word's text when it is plain literal text (`ping`, not `$CMD` or `"p"ing`). */
export function literalWord(word: unknown): string | undefined {
  const parts = (word as { parts?: { type: string; value?: string }[] } | null | undefined)?.parts;
  if (!parts) return undefined;
  let text = "";
  for (const part of parts) {
    if (part.type !== "Literal" || part.value === undefined) return undefined;
    text += part.value;
  }
  return text;
}

/** Whether some node below root satisfies test. */
export function someNode(root: unknown, test: (node: AstNode) => boolean): boolean {
  let found = false;
  forEachNode(root, (node) => {
    if (found) return "skip";
    if (test(node)) found = true;
    return undefined;
  });
  return found;
}
