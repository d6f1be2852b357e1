/**
 * Reads shell input the way bash does: line by line, joining lines until they
 * form a complete command (an open `if`, quote, here-document or trailing `|`
 * asks for more). Each complete chunk is parsed by just-bash's parser.
 */
import { parse } from "just-bash";

type Script = ReturnType<typeof parse>;

export type Chunk =
  | { kind: "ok"; text: string; line: number; script: Script }
  | { kind: "error"; text: string; line: number; message: string };

/** Splits a whole script into chunks; a chunk that can never complete is an error. */
export function readChunks(source: string): Chunk[] {
  const lines = source.split("\n");
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  const chunks: Chunk[] = [];
  let i = 0;
  while (i < lines.length) {
    const start = i;
    let text = lines[i++]!;
    let result = tryParse(text);
    while (result.kind === "incomplete" && i < lines.length) {
      text += "\n" + lines[i++]!;
      result = tryParse(text);
    }
    if (result.kind === "ok") chunks.push({ kind: "ok", text, line: start + 1, script: result.script });
    else {
      chunks.push({ kind: "error", text, line: start + 1, message: result.message });
      break;
    }
  }
  return chunks;
}

export type ParseOutcome =
  | { kind: "ok"; script: Script }
  | { kind: "incomplete"; message: string }
  | { kind: "error"; message: string };

/** Parses text as one command; tells whether it is complete, needs more lines, or is wrong. */
export function tryParse(text: string): ParseOutcome {
  if (needsContinuation(text)) return { kind: "incomplete", message: "syntax error: unexpected end of file" };
  // just-bash 3.4.2's parser never returns on some arithmetic it should reject (found by the shell fuzz
  // test); bash rejects that input too, so it is answered here without parsing.
  if (unclosedArithmetic(text)) return { kind: "incomplete", message: "unexpected EOF while looking for matching `)'" };
  const hazard = arithmeticHazard(text);
  if (hazard) return { kind: "error", message: `syntax error: operand expected (error token is "${hazard}")` };
  try {
    return { kind: "ok", script: parse(text) };
  } catch (e) {
    const raw = e instanceof Error ? e.message : String(e);
    const message = bashParseMessage(raw);
    return atEndOfInput(raw, text) ? { kind: "incomplete", message } : { kind: "error", message };
  }
}

/** A trailing pipe, `&&`, `||` or backslash, or a here-document whose end marker has not come yet. */
function needsContinuation(text: string): boolean {
  const lastLine = text.split("\n").pop() ?? "";
  if (/(\|\||&&|\||\\)\s*$/.test(lastLine) && !/^\s*#/.test(lastLine)) return true;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    if (!lines[i]!.includes("<<")) continue;
    for (const m of unquoted(lines[i]!).matchAll(/<<(-?)\s*(['"]?)([\w.-]+)\2/g)) {
      if (lines[i]!.slice(0, m.index).includes("#")) continue;
      const strip = m[1] === "-";
      const closed = lines.slice(i + 1).some((l) => (strip ? l.replace(/^\t+/, "") : l) === m[3]);
      if (!closed) return true;
    }
  }
  return false;
}

/** The line with the inside of its '...' and "..." strings blanked: a `<<` there starts no here-document (u32's "16<<8=1"). */
function unquoted(line: string): string {
  let out = "";
  let quote = "";
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (quote) {
      if (quote === '"' && c === "\\") {
        out += "  ";
        i++;
      } else if (c === quote) {
        quote = "";
        out += c;
      } else out += " ";
    } else {
      if (c === "\\") {
        out += c + (line[i + 1] ?? "");
        i++;
        continue;
      }
      if (c === "'" || c === '"') {
        // A quoted here-document word ('EOF', "EOF") stays visible to the marker pattern.
        const close = line.indexOf(c, i + 1);
        const word = close > i ? line.slice(i + 1, close) : "";
        if (/<<-?\s*$/.test(out) && /^[\w.-]+$/.test(word)) {
          out += line.slice(i, close + 1);
          i = close;
          continue;
        }
        quote = c;
      }
      out += c;
    }
  }
  return out;
}

function atEndOfInput(raw: string, text: string): boolean {
  if (/unexpected EOF|got EOF|end of file/.test(raw)) return true;
  const at = /at (\d+):(\d+)/.exec(raw);
  if (!at) return false;
  const lines = text.split("\n");
  return Number(at[1]) === lines.length && Number(at[2]) > (lines[lines.length - 1] ?? "").length;
}

/** just-bash words some errors its own way; say them as bash does. */
function bashParseMessage(raw: string): string {
  const near = /syntax error near unexpected token `[^']*'/.exec(raw);
  if (near) return near[0];
  const eof = /unexpected EOF while looking for matching `.'/.exec(raw);
  if (eof) return eof[0];
  if (/got EOF|end of file/.test(raw)) return "syntax error: unexpected end of file";
  const token = /got (\S+)/.exec(raw);
  if (token) return `syntax error near unexpected token \`${token[1]!.toLowerCase()}'`;
  return `syntax error: ${raw.replace(/^Parse error at \d+:\d+: /, "").replace(/^line \d+: /, "")}`;
}

/**
 * Inside `((...))`, a `$` that starts no parameter (`$+`, `$ `, `$)`, or `${` at the end) hangs
 * just-bash's arithmetic parser. Returns the offending text, or undefined when there is none.
 */
export function arithmeticHazard(text: string): string | undefined {
  for (const open of text.matchAll(/\(\(/g)) {
    const start = open.index + 2;
    const close = text.indexOf("))", start);
    const body = text.slice(start, close < 0 ? text.length : close);
    const bad = /\$(?![A-Za-z0-9_{(@#?*!$-])|\$\{\s*$/.exec(close < 0 ? body : `${body}))`);
    if (bad) return body.slice(bad.index).trim() || "$";
  }
  return undefined;
}

/** `$((` with no `))` after it: bash waits for the rest (just-bash would take it as complete). */
function unclosedArithmetic(text: string): boolean {
  const open = text.lastIndexOf("$((");
  return open >= 0 && !text.includes("))", open + 3);
}
