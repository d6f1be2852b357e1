/**
 * JSON as the docker CLI prints it: the daemon's encoding/json (HTML
 * characters escaped) re-indented with json.Indent and four spaces; empty
 * objects and arrays stay "{}" and "[]". Keys print in insertion order:
 * build maps (which Go sorts) with sortedMap.
 */
export type GoJson = null | boolean | number | string | GoJson[] | { [key: string]: GoJson };

function quote(s: string): string {
  let out = '"';
  for (const ch of s) {
    const c = ch.codePointAt(0)!;
    if (ch === '"') out += '\\"';
    else if (ch === "\\") out += "\\\\";
    else if (ch === "\n") out += "\\n";
    else if (ch === "\r") out += "\\r";
    else if (ch === "\t") out += "\\t";
    else if (c < 0x20 || ch === "<" || ch === ">" || ch === "&" || c === 0x2028 || c === 0x2029) out += `\\u${c.toString(16).padStart(4, "0")}`;
    else out += ch;
  }
  return out + '"';
}

export function goJson(value: GoJson, indent = "    ", prefix = ""): string {
  if (value === null) return "null";
  if (typeof value === "string") return quote(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const inner = prefix + indent;
  if (Array.isArray(value)) {
    if (value.length === 0) return "[]";
    return `[\n${value.map((v) => inner + goJson(v, indent, inner)).join(",\n")}\n${prefix}]`;
  }
  const entries = Object.entries(value);
  if (entries.length === 0) return "{}";
  return `{\n${entries.map(([k, v]) => `${inner}${quote(k)}: ${goJson(v, indent, inner)}`).join(",\n")}\n${prefix}}`;
}

/** json.Marshal without indentation (for --format json and {{json .}}). */
export function goJsonCompact(value: GoJson): string {
  if (value === null || typeof value !== "object") return goJson(value);
  if (Array.isArray(value)) return `[${value.map(goJsonCompact).join(",")}]`;
  return `{${Object.entries(value).map(([k, v]) => `${quote(k)}:${goJsonCompact(v)}`).join(",")}}`;
}

/** A Go map: keys sorted, as encoding/json writes them. */
export function sortedMap<T extends GoJson>(entries: Iterable<[string, T]>): { [key: string]: T } {
  const out: { [key: string]: T } = {};
  for (const [k, v] of [...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) out[k] = v;
  return out;
}
