/** -m icmp (libipt_icmp.c, ip_tables.c icmp_match): --icmp-type NAME | TYPE[/CODE]. */
import type { MatchModule, ParseFailure } from "../extension.js";
import type { Packet } from "../packet.js";
import { fail } from "../xt-helpers.js";
import { xtStrtouiPrefix } from "../xt-number.js";
import { ICMP_CODES } from "./icmp-codes.js";

export interface IcmpData {
  type: number;
  code: [number, number];
  invert: boolean;
}

/** "3:5"-style range of parse_range: a number, optionally ":number". */
function parseRange(text: string): { range: [number, number]; rest: string } | undefined {
  const a = xtStrtouiPrefix(text, 0, 255);
  if (!a) return undefined;
  if (!a.rest.startsWith(":")) return { range: [a.value, a.value], rest: a.rest };
  const b = xtStrtouiPrefix(a.rest.slice(1), 0, 255);
  if (!b) return undefined;
  return { range: [a.value, b.value], rest: b.rest };
}

/** __parse_icmp / __ipt_parse_icmp: a name prefix (case-insensitive) or TYPE[/CODE[:CODE]]. */
export function parseIcmpType(text: string): Omit<IcmpData, "invert"> | ParseFailure {
  let match = -1;
  for (let i = 0; i < ICMP_CODES.length; i++) {
    if (!ICMP_CODES[i]!.name.toLowerCase().startsWith(text.toLowerCase())) continue;
    if (match >= 0) return fail(`Ambiguous ICMP type \`${text}': \`${ICMP_CODES[match]!.name}' or \`${ICMP_CODES[i]!.name}'?`);
    match = i;
  }
  if (match >= 0) {
    const c = ICMP_CODES[match]!;
    return { type: c.type, code: [c.codeMin, c.codeMax] };
  }
  const t = parseRange(text);
  if (!t) return fail(`Unknown ICMP type \`${text}'`);
  let code: [number, number] = [0, 255];
  if (t.rest.startsWith("/")) {
    const c = parseRange(t.rest.slice(1));
    if (!c) return fail(`Unknown ICMP code \`${text}'`);
    if (c.rest !== "") return fail(`unknown character ${c.rest[0]}`);
    code = c.range;
  } else if (t.rest !== "") {
    return fail(`unknown character ${t.rest[0]}`);
  }
  if (t.range[0] !== t.range[1]) return fail("ICMP type range not supported");
  return { type: t.range[0], code };
}

export const icmpMatch: MatchModule<IcmpData> = {
  name: "icmp",
  options: [{ name: "icmp-type", invert: true, mandatory: true }],
  init: () => ({ type: 0xff, code: [0, 0xff], invert: false }),
  parse(_d, _opt, arg, invert) {
    const r = parseIcmpType(arg!);
    if ("error" in r) return r;
    return { ...r, invert };
  },
  save(d) {
    const inv = d.invert ? " !" : "";
    if (d.type === 0xff) return `${inv} --icmp-type any`;
    return `${inv} --icmp-type ${d.type}${d.code[0] !== 0 || d.code[1] !== 0xff ? `/${d.code[0]}` : ""}`;
  },
  print(d, ctx) {
    let s = " icmp";
    if (!ctx.numeric) {
      const c = ICMP_CODES.find((x) => x.type === d.type && x.codeMin === d.code[0] && x.codeMax === d.code[1]);
      if (c) return `${s} ${d.invert ? "!" : ""}${c.name}`;
    }
    if (d.invert) s += " !";
    s += `type ${d.type}`;
    if (d.code[0] === d.code[1]) s += ` code ${d.code[0]}`;
    else if (d.code[0] !== 0 || d.code[1] !== 0xff) s += ` codes ${d.code[0]}-${d.code[1]}`;
    return s;
  },
  check(_d, ctx) {
    if (ctx.ip.proto !== 1 || ctx.ip.invertProto) return { dmesg: "x_tables: ip_tables: icmp match: only valid for protocol 1" };
    return undefined;
  },
  match(d, p: Packet) {
    if (p.fragOffset !== 0) return false;
    const hit = d.type === 0xff || (p.icmpType === d.type && (p.icmpCode ?? 0) >= d.code[0] && (p.icmpCode ?? 0) <= d.code[1]);
    return hit !== d.invert;
  },
};
