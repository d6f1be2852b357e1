/** The rule-line splitter of iptables-restore against a plain reading of add_param_to_argv's rules. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { splitRestoreLine } from "../../../../engine/commands/iptables/restore-tokens.js";

/** Words of a line without quotes: runs of anything but space, tab and newline. */
const reference = (line: string): string[] => line.split(/[ \t\n]+/).filter((w) => w !== "");

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

  it("keeps a quoted word whole and hands out the short options as they are", () => {
    expect(splitRestoreLine('-A  KUBE-SVC-X -m comment --comment "ns/svc:p cluster IP"   -j  KUBE-SEP-Y ')).toEqual(["-A", "KUBE-SVC-X", "-m", "comment", "--comment", "ns/svc:p cluster IP", "-j", "KUBE-SEP-Y"]);
    expect(splitRestoreLine("-A\tINPUT -p tcp\t-j ACCEPT")).toEqual(["-A", "INPUT", "-p", "tcp", "-j", "ACCEPT"]);
  });
});
