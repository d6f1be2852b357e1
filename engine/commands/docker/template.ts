/**
 * The part of Go's text/template that `--format` and `inspect -f` use in
 * practice: {{.Field.Path}}, {{json .X}}, {{index .X "key"}}, {{range .X}}
 * (arrays and maps, with `$k, $v :=`), {{if .X}}{{else}}{{end}}, {{- -}}.
 * Anything else is a parse error, reported as docker reports one.
 */
import { goJsonCompact, type GoJson } from "./go-json.js";

type Node =
  | { kind: "text"; text: string }
  | { kind: "value"; expr: string }
  | { kind: "range"; expr: string; key?: string; val?: string; body: Node[]; else: Node[] }
  | { kind: "if"; expr: string; body: Node[]; else: Node[] };

export class TemplateError extends Error {}

function tokenize(src: string): { text: string; action?: string }[] {
  const out: { text: string; action?: string }[] = [];
  let rest = src;
  for (;;) {
    const at = rest.indexOf("{{");
    if (at < 0) {
      out.push({ text: rest });
      return out;
    }
    const end = rest.indexOf("}}", at);
    if (end < 0) throw new TemplateError("unclosed action");
    let text = rest.slice(0, at);
    let action = rest.slice(at + 2, end);
    let after = rest.slice(end + 2);
    if (action.startsWith("- ")) {
      text = text.replace(/\s+$/, "");
      action = action.slice(2);
    }
    if (action.endsWith(" -")) {
      action = action.slice(0, -2);
      after = after.replace(/^\s+/, "");
    }
    out.push({ text, action: action.trim() });
    rest = after;
  }
}

function parse(tokens: { text: string; action?: string }[], pos: { i: number }, stopAt: string[]): { nodes: Node[]; stop?: string } {
  const nodes: Node[] = [];
  while (pos.i < tokens.length) {
    const t = tokens[pos.i++]!;
    if (t.text) nodes.push({ kind: "text", text: t.text });
    if (t.action === undefined) continue;
    const a = t.action;
    if (stopAt.includes(a)) return { nodes, stop: a };
    const range = /^range\s+(?:(\$\w+)\s*(?:,\s*(\$\w+))?\s*:=\s*)?(.+)$/.exec(a);
    if (range) {
      const body = parse(tokens, pos, ["end", "else"]);
      const alt = body.stop === "else" ? parse(tokens, pos, ["end"]).nodes : [];
      const [k, v] = range[2] ? [range[1], range[2]] : [undefined, range[1]];
      nodes.push({ kind: "range", expr: range[3]!, ...(k ? { key: k } : {}), ...(v ? { val: v } : {}), body: body.nodes, else: alt });
      continue;
    }
    const cond = /^if\s+(.+)$/.exec(a);
    if (cond) {
      const body = parse(tokens, pos, ["end", "else"]);
      const alt = body.stop === "else" ? parse(tokens, pos, ["end"]).nodes : [];
      nodes.push({ kind: "if", expr: cond[1]!, body: body.nodes, else: alt });
      continue;
    }
    if (a === "end" || a === "else") throw new TemplateError(`unexpected {{${a}}}`);
    if (a.startsWith("/*")) continue;
    nodes.push({ kind: "value", expr: a });
  }
  if (stopAt.length > 0) throw new TemplateError("unexpected EOF");
  return { nodes };
}

interface Scope {
  dot: GoJson;
  vars: Record<string, GoJson>;
}

function path(base: GoJson, fields: string): GoJson | undefined {
  let cur: GoJson | undefined = base;
  for (const f of fields.split(".").filter(Boolean)) {
    if (cur === null || typeof cur !== "object" || Array.isArray(cur)) throw new TemplateError(`can't evaluate field ${f}`);
    cur = (cur as Record<string, GoJson>)[f];
    if (cur === undefined) return undefined;
  }
  return cur;
}

function operand(word: string, s: Scope): GoJson | undefined {
  if (/^".*"$/.test(word)) return word.slice(1, -1);
  if (/^\d+$/.test(word)) return Number(word);
  if (word.startsWith("$")) {
    const [name, ...rest] = word.split(".");
    const v = name === "$" ? s.vars["$"] : s.vars[name!];
    if (v === undefined) throw new TemplateError(`undefined variable: ${name}`);
    return rest.length ? path(v, rest.join(".")) : v;
  }
  if (word.startsWith(".")) return path(s.dot, word);
  throw new TemplateError(`function "${word}" not defined`);
}

function evaluate(expr: string, s: Scope): GoJson | undefined {
  const words = expr.match(/"[^"]*"|\S+/g) ?? [];
  const [head, ...args] = words;
  if (head === "json") return { __json: goJsonCompact(operand(args[0] ?? ".", s) ?? null) } as unknown as GoJson;
  if (head === "index") {
    let v = operand(args[0]!, s);
    for (const k of args.slice(1)) {
      const key = operand(k, s);
      v = v && typeof v === "object" ? (v as Record<string, GoJson>)[String(key)] : undefined;
    }
    return v;
  }
  if (head === "len") {
    const v = operand(args[0]!, s);
    return Array.isArray(v) ? v.length : v && typeof v === "object" ? Object.keys(v).length : typeof v === "string" ? v.length : 0;
  }
  if (head === "upper" || head === "lower") {
    const v = String(operand(args[0]!, s) ?? "");
    return head === "upper" ? v.toUpperCase() : v.toLowerCase();
  }
  if (words.length !== 1) throw new TemplateError(`function "${head}" not defined`);
  return operand(head!, s);
}

/** fmt's %v of a value. */
function print(v: GoJson | undefined): string {
  if (v === undefined) return "<no value>";
  if (v === null) return "<nil>";
  if (typeof v === "object" && !Array.isArray(v) && "__json" in v) return String((v as { __json: string }).__json);
  if (Array.isArray(v)) return `[${v.map(print).join(" ")}]`;
  if (typeof v === "object") return `map[${Object.entries(v).map(([k, x]) => `${k}:${print(x)}`).join(" ")}]`;
  return String(v);
}

const truthy = (v: GoJson | undefined): boolean =>
  !(v === undefined || v === null || v === false || v === 0 || v === "" || (Array.isArray(v) && v.length === 0) || (typeof v === "object" && Object.keys(v).length === 0));

function run(nodes: Node[], s: Scope): string {
  let out = "";
  for (const n of nodes) {
    if (n.kind === "text") out += n.text;
    else if (n.kind === "value") out += print(evaluate(n.expr, s));
    else if (n.kind === "if") out += run(truthy(evaluate(n.expr, s)) ? n.body : n.else, s);
    else {
      const v = evaluate(n.expr, s);
      const items: [GoJson, GoJson][] = Array.isArray(v)
        ? v.map((x, i) => [i, x])
        : v && typeof v === "object"
          ? Object.keys(v).sort().map((k) => [k, (v as Record<string, GoJson>)[k]!])
          : [];
      if (items.length === 0) out += run(n.else, s);
      for (const [k, x] of items) {
        const vars = { ...s.vars };
        if (n.key) vars[n.key] = k;
        if (n.val) vars[n.val] = x;
        out += run(n.body, { dot: x, vars });
      }
    }
  }
  return out;
}

/** Executes a template on a value; throws TemplateError for what it cannot parse or evaluate. */
export function execTemplate(src: string, data: GoJson): string {
  const { nodes } = parse(tokenize(src), { i: 0 }, []);
  return run(nodes, { dot: data, vars: { $: data } });
}

/** The fields a template reads at its top level ({{.Names}}), in order, for table headers. */
export function templateFields(src: string): string[] {
  return [...src.matchAll(/\{\{-?\s*(?:json\s+)?\.(\w+)\s*-?\}\}/g)].map((m) => m[1]!);
}
