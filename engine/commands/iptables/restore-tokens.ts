/**
 * How iptables-restore splits a rule line into words (xshared.c
 * add_param_to_argv): whitespace separates, double quotes group (a closing
 * quote ends the word), a backslash escapes inside quotes only. Single
 * quotes are ordinary characters. Also the "[packets:bytes]" prefix.
 */

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10;

/**
 * `newline`: the line ended with one in the input. It is part of fgets'
 * buffer, so inside an unterminated quote it ends up in the last word.
 * `into`: an array to reuse for the common line (iptables-restore's 150,000
 * lines need no array each); its words last until the next line.
 */
export function splitRestoreLine(line: string, newline = false, into?: string[]): string[] {
  return splitAtBlanks(line, into) ?? (line.includes('"') ? splitQuoted(line, newline) : splitAtSpaces(line));
}

/**
 * The common line: words between spaces, and quoted parts that are whole
 * words (`--comment "a b"`), without backslashes. Each word's end is found
 * with indexOf, a native search. Undefined for any other line (tabs,
 * newlines, a quote inside a word, an unterminated quote).
 */
function splitAtBlanks(line: string, into: string[] = []): string[] | undefined {
  if (line.indexOf("\t") >= 0 || line.indexOf("\n") >= 0) return undefined;
  let quote = line.indexOf('"');
  if (quote >= 0 && line.indexOf("\\") >= 0) return undefined;
  // The array is written over, and its length set only at the end when it changes: setting it to 0 would free its storage.
  const words = into;
  let count = 0;
  const n = line.length;
  let i = 0;
  while (i < n) {
    if (line.charCodeAt(i) === 32) {
      i++;
      continue;
    }
    if (i === quote) {
      const close = line.indexOf('"', i + 1);
      if (close < 0 || (close + 1 < n && line.charCodeAt(close + 1) !== 32)) return undefined;
      words[count++] = line.slice(i + 1, close);
      i = close + 1;
      quote = line.indexOf('"', i);
      continue;
    }
    let end = line.indexOf(" ", i + 1);
    if (end < 0) end = n;
    if (quote >= 0 && quote < end) return undefined;
    words[count++] = wordAt(line, i, end);
    i = end;
  }
  if (words.length !== count) words.length = count;
  return words;
}

/** add_param_to_argv in full: quotes anywhere, backslash escapes inside them, tabs and newlines. */
function splitQuoted(line: string, newline: boolean): string[] {
  const out: string[] = [];
  let param = "";
  let has = false;
  let i = 0;
  const n = line.length;
  while (i < n) {
    const c = line.charCodeAt(i);
    if (c === 34 /* " */) {
      // A quoted part: up to the closing quote, backslash escapes the next character.
      i++;
      let start = i;
      for (;;) {
        if (i >= n) {
          param += line.slice(start, i) + (newline ? "\n" : "");
          has = true;
          break;
        }
        const q = line.charCodeAt(i);
        if (q === 92 /* \ */) {
          param += line.slice(start, i) + (i + 1 < n ? line[i + 1] : "");
          i += 2;
          start = i;
          continue;
        }
        if (q === 34) {
          param += line.slice(start, i);
          i++;
          out.push(param);
          param = "";
          has = false;
          break;
        }
        i++;
      }
      continue;
    }
    if (isSpace(c)) {
      if (has || param.length > 0) out.push(param);
      param = "";
      has = false;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n) {
      const d = line.charCodeAt(j);
      if (d === 34 || isSpace(d)) break;
      j++;
    }
    param += wordAt(line, i, j);
    has = true;
    i = j;
  }
  if (param.length > 0) out.push(param);
  return out;
}

/**
 * The two-letter options as the literals they are: a rule line is mostly
 * "-A", "-m", "-j"..., and handing out one string for each makes no new
 * string per word and lets the parser compare them by identity.
 */
const SHORT_OPTIONS: readonly (string | undefined)[] = (() => {
  const table: (string | undefined)[] = [];
  for (const w of ["-A", "-m", "-j", "-p", "-s", "-d", "-i", "-o", "-g", "-f"]) table[w.charCodeAt(1)] = w;
  return table;
})();

function wordAt(line: string, from: number, to: number): string {
  if (to - from === 2 && line.charCodeAt(from) === 45 /* - */) {
    const option = SHORT_OPTIONS[line.charCodeAt(from + 1)];
    if (option !== undefined) return option;
  }
  return line.slice(from, to);
}

/** Words between runs of spaces, tabs and newlines, in a line without quotes (a scan: a regex split costs twice as much per line). */
function splitAtSpaces(line: string): string[] {
  const words: string[] = [];
  const n = line.length;
  let i = 0;
  while (i < n) {
    if (isSpace(line.charCodeAt(i))) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < n && !isSpace(line.charCodeAt(j))) j++;
    words.push(wordAt(line, i, j));
    i = j;
  }
  return words;
}

/** tokenize_rule_counters: "[p:b] rest" -> counters and the rest; undefined when the line has none. */
export function ruleCounters(line: string, lineNo: number): { pcnt: string; bcnt: string; rest: string } | { error: string } | undefined {
  if (!line.startsWith("[")) return undefined;
  const close = line.indexOf("]");
  if (close < 0) return { error: `Bad line ${lineNo}: need ]` };
  const s = line.slice(1);
  let i = 0;
  while (s[i] === ":") i++;
  if (i >= s.length) return { error: `Bad line ${lineNo}: need :` };
  const j = s.indexOf(":", i);
  const pcnt = j < 0 ? s.slice(i) : s.slice(i, j);
  if (j < 0) return { error: `Bad line ${lineNo}: need ]` };
  let k = j + 1;
  while (s[k] === "]") k++;
  if (k >= s.length) return { error: `Bad line ${lineNo}: need ]` };
  const e = s.indexOf("]", k);
  return { pcnt, bcnt: e < 0 ? s.slice(k) : s.slice(k, e), rest: line.slice(close + 1) };
}
