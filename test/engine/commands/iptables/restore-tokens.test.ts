/** The rule-line splitter of iptables-restore against a plain reading of add_param_to_argv's rules. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitRestoreLine } from "../../../../engine/commands/iptables/restore-tokens.js";

/** Words of a line without quotes: runs of anything but space, tab and newline. */
const reference = (line: string): string[] => line.split(/[ \t\n]+/).filter((w) => w !== "");

/**
 * add_param_to_argv read one character at a time: a quote opens a part that
 * runs to the next quote (a backslash in it takes the next character as it
 * is), and the closing quote ends the word; outside quotes spaces and tabs
 * separate words.
 */
function byCharacters(line: string): string[] {
  const out: string[] = [];
  let param = "";
  let has = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (c === '"') {
      for (i++; i < line.length && line[i] !== '"'; i++) param += line[i] === "\\" ? (line[++i] ?? "") : line[i];
      if (i >= line.length) {
        has = true;
        break;
      }
      out.push(param);
      param = "";
      has = false;
    } else if (c === " " || c === "\t" || c === "\n") {
      if (has || param !== "") out.push(param);
      param = "";
      has = false;
    } else {
      param += c;
      has = true;
    }
  }
  if (param !== "") out.push(param);
  return out;
}

const word = fc.stringMatching(/^[-!A-Za-z0-9_.:/,]{1,12}$/);
const separator = fc.stringMatching(/^[ \t]{1,3}$/);

describe("splitRestoreLine", () => {
  it("splits an unquoted line at every run of spaces and tabs, whatever is at its ends", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(separator, word), { maxLength: 12 }), separator, fc.boolean(), fc.boolean(), (parts, tail, lead, trail) => {
        const body = parts.map(([sep, w], i) => (i === 0 && !lead ? w : sep + w)).join("");
        const line = trail ? body + tail : body;
        expect(splitRestoreLine(line)).toEqual(reference(line));
      }),
      { numRuns: 2000 },
    );
  });

  it("reads quoted words as a character-by-character reading of the rules does", () => {
    const piece = fc.oneof(word, fc.stringMatching(/^"[ A-Za-z0-9:/\\"]{0,10}"?$/), fc.stringMatching(/^[a-z]{1,3}"[ a-z]{0,4}"[a-z]{0,2}$/));
    fc.assert(
      fc.property(fc.array(fc.tuple(separator, piece), { maxLength: 8 }), (parts) => {
        const line = parts.map(([sep, w]) => sep + w).join("");
        expect(splitRestoreLine(line)).toEqual(byCharacters(line));
      }),
      { numRuns: 3000 },
    );
  });

  it("keeps a quoted word whole and hands out the short options as they are", () => {
    expect(splitRestoreLine('-A  KUBE-SVC-X -m comment --comment "ns/svc:p cluster IP"   -j  KUBE-SEP-Y ')).toEqual(["-A", "KUBE-SVC-X", "-m", "comment", "--comment", "ns/svc:p cluster IP", "-j", "KUBE-SEP-Y"]);
    expect(splitRestoreLine("-A\tINPUT -p tcp\t-j ACCEPT")).toEqual(["-A", "INPUT", "-p", "tcp", "-j", "ACCEPT"]);
  });
});
