/**
 * -m u32 (libxt_u32.c, xt_u32.c): up to 11 tests, each a location (a number
 * and up to 10 operators &, <<, >>, @) whose 32-bit word must fall in one of
 * up to 11 ranges. libxt_u32 reports errors by character offset; it saves
 * every number in hex. match() reads the packet's bytes (packet-bytes.ts)
 * as xt_u32's u32_match_it does: a read past the end fails the test.
 */
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { packetBytes } from "../packet-bytes.js";
import { fail } from "../xt-helpers.js";
import { xtStrtouiPrefix } from "../xt-number.js";

type Op = "&" | "<<" | ">>" | "@";

export interface U32Test {
  /** location[0] is the start; each later one comes with the operator before it. */
  location: { op?: Op; number: number }[];
  values: [number, number][];
}

export interface U32Data {
  tests: U32Test[];
  invert: boolean;
}

/** XT_U32_MAXSIZE: the index limit for tests, operators and values. */
const MAXSIZE = 10;

const isSpace = (c: string | undefined): boolean => c !== undefined && " \t\n\v\f\r".includes(c);

/** u32_parse's state machine, with its messages and character offsets. */
export function parseU32(arg: string): U32Test[] | ReturnType<typeof fail> {
  const tests: U32Test[] = [];
  let ct: U32Test = { location: [], values: [] };
  let i = 0;
  let state = 0;
  const number = (): number | undefined => {
    const v = xtStrtouiPrefix(arg.slice(i), 0, 0xffffffff);
    if (!v) return undefined;
    i = arg.length - v.rest.length;
    return v.value;
  };
  const at = (msg: string) => fail(`u32: at char ${i}: ${msg}`);
  for (;;) {
    while (isSpace(arg[i])) i++;
    if (i >= arg.length) {
      if (state === 0) return fail("u32: abrupt end of input after location specifier");
      if (ct.values.length === 0) return fail("u32: test ended with no value specified");
      tests.push(ct);
      if (tests.length > MAXSIZE) return at('too many "&&"s');
      return tests;
    }
    if (state === 0) {
      if (arg[i] === "=") {
        if (ct.location.length === 0) return at("location spec missing");
        i++;
        state = 1;
        continue;
      }
      let op: Op | undefined;
      if (ct.location.length !== 0) {
        const c = arg[i];
        if (c === "&") op = "&";
        else if (c === "<" || c === ">") {
          i++;
          if (arg[i] !== c) return at(`a second '${c}' was expected`);
          op = c === "<" ? "<<" : ">>";
        } else if (c === "@") op = "@";
        else return at("operator expected");
        i++;
      }
      const n = number();
      if (n === undefined) return at("not a number or out of range");
      ct.location.push(op ? { op, number: n } : { number: n });
      if (ct.location.length > MAXSIZE) return at("too many operators");
    } else if (arg[i] === "&") {
      i++;
      if (arg[i] !== "&") return at("a second '&' was expected");
      if (ct.values.length === 0) return at("value spec missing");
      tests.push(ct);
      ct = { location: [], values: [] };
      if (tests.length > MAXSIZE) return at('too many "&&"s');
      i++;
      state = 0;
    } else {
      if (ct.values.length > 0) {
        if (arg[i] !== ",") return at('expected "," or "&&"');
        i++;
      }
      const min = number();
      if (min === undefined) return at("not a number or out of range");
      while (isSpace(arg[i])) i++;
      let max = min;
      if (arg[i] === ":") {
        i++;
        const m = number();
        if (m === undefined) return at("not a number or out of range");
        max = m;
      }
      ct.values.push([min, max]);
      if (ct.values.length > MAXSIZE) return at('too many ","s');
    }
  }
}

const h = (v: number): string => `0x${v.toString(16)}`;

/** u32_dump: every number in hex, in double quotes. */
function dump(d: U32Data): string {
  const tests = d.tests.map((t) => {
    const loc = t.location.map((l) => `${l.op ?? ""}${h(l.number)}`).join("");
    const vals = t.values.map(([a, b]) => (a === b ? h(a) : `${h(a)}:${h(b)}`)).join(",");
    return `${loc}=${vals}`;
  });
  return ` "${tests.join("&&")}"`;
}

const read32 = (b: Uint8Array, at: number): number => ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;

/** u32_match_it: every test must find its word in one of its ranges. */
export function u32Matches(tests: readonly U32Test[], bytes: Uint8Array): boolean {
  const len = bytes.length;
  for (const t of tests) {
    let pos = t.location[0]!.number;
    if (len < 4 || pos > len - 4) return false;
    let at = 0;
    let val = read32(bytes, pos);
    for (const l of t.location.slice(1)) {
      const n = l.number;
      if (l.op === "&") val = (val & n) >>> 0;
      else if (l.op === "<<") val = n >= 32 ? 0 : (val << n) >>> 0;
      else if (l.op === ">>") val = n >= 32 ? 0 : val >>> n;
      else {
        if (at + val > 0xffffffff) return false;
        at += val;
        pos = n;
        if (at + 4 > 0xffffffff || len < at + 4 || pos > len - at - 4) return false;
        val = read32(bytes, at + pos);
      }
    }
    if (!t.values.some(([min, max]) => val >= min && val <= max)) return false;
  }
  return true;
}

export const u32Match: MatchModule<U32Data> = {
  name: "u32",
  options: [{ name: "u32", invert: true, mandatory: true }],
  init: () => ({ tests: [], invert: false }),
  parse(_d, _opt, arg, invert) {
    const tests = parseU32(arg!);
    return Array.isArray(tests) ? { tests, invert } : tests;
  },
  save: (d) => `${d.invert ? " !" : ""} --u32${dump(d)}`,
  print: (d) => ` u32${d.invert ? " !" : ""}${dump(d)}`,
  match: (d, p: Packet) => u32Matches(d.tests, packetBytes(p)) !== d.invert,
};
