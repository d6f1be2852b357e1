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
 */
export function splitRestoreLine(line: string, newline = false): string[] {
  const words: string[] = [];
  const count = splitCommonLine(line, words);
  if (count >= 0) {
    words.length = count;
    return words;
  }
  return line.includes('"') ? splitQuoted(line, newline) : splitAtSpaces(line);
}

/**
 * A place for a line's words that iptables-restore writes over from line to
 * line (150,000 lines need no array each). Its length only grows: the words
 * of a line are the first `count` (splitCommonLine's answer), and the rest
 * are left from longer lines before. An array whose length went down and
 * up again would make V8 free its storage and grow it, and throw away the
 * line loop's optimized code each time a line is longer than the one before.
 */
export function lineWordsArray(): string[] {
  return new Array<string>(LINE_WORDS).fill("");
}

/** Room for this many words before the array grows (a kube-proxy line has 10 to 16). */
const LINE_WORDS = 64;

/**
 * The common line: words between spaces, and quoted parts that are whole
 * words (`--comment "a b"`), without backslashes, written into `words` from
 * index 0. Each word's end is found with indexOf, a native search. Returns
 * how many words, or -1 for any other line (tabs, newlines, a quote inside a
 * word, an unterminated quote), which splitRestoreLine takes.
 */
export function splitCommonLine(line: string, words: string[]): number {
  if (line.indexOf("\t") >= 0 || line.indexOf("\n") >= 0) return -1;
  let quote = line.indexOf('"');
  if (quote >= 0 && line.indexOf("\\") >= 0) return -1;
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
      if (close < 0 || (close + 1 < n && line.charCodeAt(close + 1) !== 32)) return -1;
      words[count++] = line.slice(i + 1, close);
      i = close + 1;
      quote = line.indexOf('"', i);
      continue;
    }
    let end = line.indexOf(" ", i + 1);
    if (end < 0) end = n;
    if (quote >= 0 && quote < end) return -1;
    words[count++] = wordAt(line, i, end);
    i = end;
  }
  return count;
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
