/** -m string revision 1 (libxt_string.c, xt_string.c): a pattern in the packet payload. */
import type { MatchModule, ParseFailure } from "../extension.js";
import type { Packet } from "../packet.js";
import { fail, x6Uint } from "../xt-helpers.js";

export interface StringData {
  /** The pattern as bytes (0-255 each). */
  pattern: number[];
  algo: string;
  from: number;
  to: number;
  invert: boolean;
  icase: boolean;
}

const MAX = 128;

function parseHexString(s: string): number[] | ParseFailure {
  if (s.length === 0) return fail("STRING must contain at least one char");
  const out: number[] = [];
  let hex = false;
  let literal = false;
  let i = 0;
  while (i < s.length) {
    if (out.length >= MAX) return fail(`STRING too long "${s}"`);
    if (s[i] === "\\" && !hex) literal = true;
    else if (s[i] === "\\") return fail("Cannot include literals in hex data");
    else if (s[i] === "|") {
      if (hex) hex = false;
      else {
        hex = true;
        while (s[i + 1] === " ") i++;
      }
      if (i + 1 >= s.length) break;
      i++;
    }
    if (literal) {
      if (i + 1 >= s.length) return fail("Bad literal placement at end of string");
      out.push(s.charCodeAt(i + 1) & 0xff);
      i += 2;
      literal = false;
    } else if (hex) {
      if (i + 1 >= s.length) return fail("Odd number of hex digits");
      if (i + 2 >= s.length) return fail("Invalid hex block");
      if (!/[0-9a-fA-F]/.test(s[i]!)) return fail(`Invalid hex char '${s[i]}'`);
      if (!/[0-9a-fA-F]/.test(s[i + 1]!)) return fail(`Invalid hex char '${s[i + 1]}'`);
      out.push(parseInt(s.slice(i, i + 2), 16));
      i += s[i + 2] === " " ? 3 : 2;
    } else {
      out.push(s.charCodeAt(i) & 0xff);
      i++;
    }
  }
  return out;
}

const isPrint = (b: number): boolean => b >= 0x20 && b < 0x7f;

function patternText(p: readonly number[]): string {
  const hex = p.some((b) => !isPrint(b)) || p[p.length - 1] === 0x5c;
  if (hex) return ` "|${p.map((b) => b.toString(16).padStart(2, "0")).join("")}|"`;
  return ` "${p.map((b) => (b === 0x22 || b === 0x5c ? "\\" : "") + String.fromCharCode(b)).join("")}"`;
}

export const stringMatch: MatchModule<StringData> = {
  name: "string",
  options: [
    { name: "from" }, { name: "to" }, { name: "algo", mandatory: true },
    { name: "string", invert: true, excl: ["hex-string"] }, { name: "hex-string", invert: true, excl: ["string"] },
    { name: "icase", arg: "none" },
  ],
  init: () => ({ pattern: [], algo: "", from: 0, to: 65535, invert: false, icase: false }),
  parse(d, opt, arg, invert) {
    switch (opt) {
      case "from":
      case "to": {
        const v = x6Uint("string", opt, arg!, 0, 65535);
        return typeof v === "number" ? { ...d, [opt]: v } : v;
      }
      case "algo":
        return { ...d, algo: arg!.slice(0, 15) };
      case "string": {
        const bytes = [...new TextEncoder().encode(arg!)];
        if (bytes.length > MAX) return fail(`STRING too long "${arg}"`);
        return { ...d, pattern: bytes, invert: d.invert || invert };
      }
      case "hex-string": {
        const bytes = parseHexString(arg!);
        return Array.isArray(bytes) ? { ...d, pattern: bytes, invert: d.invert || invert } : bytes;
      }
      default:
        return { ...d, icase: true };
    }
  },
  finalCheck: (_d, _c, seen) => (!seen.has("string") && !seen.has("hex-string") ? fail("STRING match: You must specify `--string' or `--hex-string'") : undefined),
  save(d) {
    const hex = d.pattern.some((b) => !isPrint(b)) || d.pattern[d.pattern.length - 1] === 0x5c;
    let s = `${d.invert ? " !" : ""} --${hex ? "hex-string" : "string"}${patternText(d.pattern)} --algo ${d.algo}`;
    if (d.from) s += ` --from ${d.from}`;
    if (d.to !== 65535) s += ` --to ${d.to}`;
    if (d.icase) s += " --icase";
    return s;
  },
  print(d) {
    let s = ` STRING match ${d.invert ? "!" : ""}${patternText(d.pattern)} ALGO name ${d.algo}`;
    if (d.from) s += ` FROM ${d.from}`;
    if (d.to !== 65535) s += ` TO ${d.to}`;
    if (d.icase) s += " ICASE";
    return s;
  },
  check(d) {
    if (d.algo !== "bm" && d.algo !== "kmp") return { dmesg: `xt_string: unknown algorithm ${d.algo}`, errno: "ENOENT" };
    if (d.from > d.to || d.pattern.length === 0) return { dmesg: "xt_string: bad offsets or empty pattern" };
    return undefined;
  },
  match(d, p: Packet) {
    const text = p.payload ?? "";
    const hay = [...new TextEncoder().encode(text)].slice(d.from, d.to + 1);
    const fold = (b: number) => (d.icase && b >= 0x41 && b <= 0x5a ? b + 32 : b);
    const needle = d.pattern.map(fold);
    let found = false;
    for (let i = 0; i + needle.length <= hay.length && !found; i++) {
      found = needle.every((b, j) => fold(hay[i + j]!) === b);
    }
    return found !== d.invert;
  },
};
