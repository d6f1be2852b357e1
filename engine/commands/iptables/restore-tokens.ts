/**
 * How iptables-restore splits a rule line into words (xshared.c
 * add_param_to_argv): whitespace separates, double quotes group (a closing
 * quote ends the word), a backslash escapes inside quotes only. Single
 * quotes are ordinary characters. Also the "[packets:bytes]" prefix.
 */

export function splitRestoreLine(line: string): string[] {
  const out: string[] = [];
  let param = "";
  let open = false;
  let escaped = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (open) {
      if (escaped) {
        param += c;
        escaped = false;
        continue;
      }
      if (c === "\\") {
        escaped = true;
        continue;
      }
      if (c !== '"') {
        param += c;
        continue;
      }
      open = false;
    } else if (c === '"') {
      open = true;
      continue;
    }
    if (c === '"') {
      out.push(param);
      param = "";
      continue;
    }
    if (c === " " || c === "\t" || c === "\n") {
      if (param.length === 0) continue;
      out.push(param);
      param = "";
      continue;
    }
    param += c;
  }
  if (param.length > 0) out.push(param);
  return out;
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
