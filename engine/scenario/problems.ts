/**
 * Reading a scenario file: YAML to a checked Scenario, or every problem with
 * the line it is on. Pure: the caller reads the file.
 */
import { isMap, LineCounter, parseDocument, type Node } from "yaml";
import type { z } from "zod";

export interface Problem {
  file: string;
  /** 1-based; 0 when the problem has no place in the file. */
  line: number;
  column: number;
  message: string;
}

export type Checked<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

/** Extra checks on the raw document, reported alongside the schema's. */
export type RawCheck = (raw: unknown) => { path: (string | number)[]; message: string }[];

export function checkYaml<S extends z.ZodType>(file: string, text: string, schema: S, rawCheck?: RawCheck): Checked<z.output<S>> {
  const lines = new LineCounter();
  const doc = parseDocument(text, { lineCounter: lines, prettyErrors: false });
  const at = (offset: number | undefined): { line: number; column: number } =>
    offset === undefined ? { line: 0, column: 0 } : { line: lines.linePos(offset).line, column: lines.linePos(offset).col };
  if (doc.errors.length > 0) {
    return { ok: false, problems: doc.errors.map((e) => ({ file, ...at(e.pos[0]), message: e.message.split("\n")[0]! })) };
  }
  const raw: unknown = doc.toJS();
  const result = schema.safeParse(raw);
  const schemaIssues = result.success ? [] : result.error.issues.map((i) => ({ path: i.path, message: friendly(i), at: placeOf(i) }));
  const issues = [...schemaIssues, ...(rawCheck?.(raw) ?? []).map((i) => ({ ...i, at: i.path }))];
  if (issues.length === 0 && result.success) return { ok: true, value: result.data };
  const problems = issues.map((issue) => {
    const node = nodeAt(doc.contents, issue.at);
    const place = at(node?.range?.[0]);
    const where = issue.path.length > 0 ? `${issue.path.join(".")}: ` : "";
    return { file, ...place, message: `${where}${issue.message}` };
  });
  return { ok: false, problems: problems.sort((a, b) => a.line - b.line || a.column - b.column) };
}

/** The deepest node of the document on a path; for a missing key, the map that lacks it. */
function nodeAt(root: unknown, path: readonly PropertyKey[]): Node | undefined {
  let node = root as Node | undefined;
  for (let i = 0; i < path.length; i++) {
    const key = path[i]!;
    if (key === KEY) {
      const name = path[i + 1];
      const pair = isMap(node) ? node.items.find((p) => (p.key as { value?: unknown } | null)?.value === name) : undefined;
      return (pair?.key as Node | undefined) ?? node;
    }
    if (!node || typeof node !== "object") break;
    const container = node as unknown as { get?: (k: unknown, keepScalar: boolean) => unknown };
    const next = typeof container.get === "function" ? container.get(typeof key === "number" ? key : String(key), true) : undefined;
    if (next === undefined || next === null) {
      if (isMap(node)) {
        const pair = node.items.find((p) => (p.key as { value?: unknown } | null)?.value === key);
        return (pair?.key as Node | undefined) ?? node;
      }
      return node;
    }
    node = next as Node;
  }
  return node;
}

export function formatProblem(p: Problem): string {
  return p.line > 0 ? `${p.file}:${p.line}:${p.column}: ${p.message}` : `${p.file}: ${p.message}`;
}

/** Where in the file an issue points: an unknown field points at the field itself. */
function placeOf(issue: z.core.$ZodIssue): PropertyKey[] {
  return issue.code === "unrecognized_keys" && issue.keys[0] !== undefined ? [...issue.path, KEY, issue.keys[0]] : issue.path;
}

/** Marks, in a path, that the next element names a key whose own position is wanted. */
const KEY = Symbol("key");

/** zod's wording, made plain for an instructor: a missing field says so. */
function friendly(issue: z.core.$ZodIssue): string {
  if (issue.code === "invalid_type" && /received undefined/.test(issue.message)) return `is missing (expected ${issue.expected})`;
  if (issue.code === "unrecognized_keys") return `unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `"${k}"`).join(", ")}`;
  return issue.message;
}
