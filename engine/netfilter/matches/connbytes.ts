/**
 * -m connbytes (libxt_connbytes.c, xt_connbytes.c): the connection's packets,
 * bytes or average packet size, in one direction or both, in a range of
 * 64-bit counts (kept as decimal strings; `!` swaps the ends, as libxt_connbytes
 * stores it). The lab's conntrack keeps no accounting, so the match counts
 * each connection's packets itself as they reach the rule (a rule every
 * packet of the flow passes, the usual place, sees the kernel's numbers).
 */
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { fail } from "../xt-helpers.js";

type Dir = "original" | "reply" | "both";
type Mode = "packets" | "bytes" | "avgpkt";

export interface ConnbytesData {
  from: string;
  to: string;
  dir?: Dir;
  mode?: Mode;
}

const U64_MAX = 0xffffffffffffffffn;

/** strtoull with base 0 on the leading part: the value and the rest, or undefined. */
function u64Prefix(text: string): { value: bigint; rest: string } | undefined {
  const m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)/.exec(text);
  if (!m) return undefined;
  const s = m[1]!;
  const value = /^0[xX]/.test(s) ? BigInt(s) : s.length > 1 && s.startsWith("0") ? BigInt(`0o${s.slice(1)}`) : BigInt(s);
  return value > U64_MAX ? undefined : { value, rest: text.slice(s.length) };
}

/** XTTYPE_UINT64RC (xtopt_parse_mint). */
function u64Range(arg: string): bigint[] | ReturnType<typeof fail> {
  const opt = "connbytes";
  const values: bigint[] = [];
  let rest = arg;
  for (;;) {
    if (values.length === 2) return fail(`connbytes: Too many components for option "--${opt}" (max: 2)\n`);
    if (rest === "" || rest.startsWith(":")) values.push(values.length === 1 ? U64_MAX : 0n);
    else {
      const v = u64Prefix(rest);
      if (!v) return fail(`connbytes: bad value for option "--${opt}" near "${rest}", or out of range (0-${U64_MAX}).\n`);
      if (v.rest !== "" && !v.rest.startsWith(":")) return fail(`connbytes: Argument to "--${opt}" has unexpected characters near "${v.rest}".\n`);
      values.push(v.value);
      rest = v.rest;
    }
    if (rest === "") return values;
    rest = rest.slice(1);
  }
}

function fromTo(prefix: string, d: ConnbytesData): string {
  let from = BigInt(d.from);
  let to = BigInt(d.to);
  let out = "";
  if (from > to) {
    out = " !";
    [from, to] = [to, from];
  }
  return `${out} ${prefix}connbytes ${from}${to && to < U64_MAX ? `:${to}` : ""}`;
}

interface Counters {
  packets: [number, number];
  bytes: [number, number];
}

const tupleKey = (p: Packet): string | undefined => {
  const t = p.ct?.original;
  return t ? `${p.proto}/${t.src}:${t.sport ?? 0}>${t.dst}:${t.dport ?? 0}` : undefined;
};

export const connbytesMatch: MatchModule<ConnbytesData> = {
  name: "connbytes",
  options: [
    { name: "connbytes", invert: true, mandatory: true },
    { name: "connbytes-dir", mandatory: true },
    { name: "connbytes-mode", mandatory: true },
  ],
  init: () => ({ from: "0", to: "0" }),
  parse(d, opt, arg, invert) {
    const a = arg!;
    if (opt === "connbytes-dir") {
      if (a !== "original" && a !== "reply" && a !== "both") return fail(`Unknown --connbytes-dir \`${a}'`);
      return { ...d, dir: a };
    }
    if (opt === "connbytes-mode") {
      if (a !== "packets" && a !== "bytes" && a !== "avgpkt") return fail(`Unknown --connbytes-mode \`${a}'`);
      return { ...d, mode: a };
    }
    const v = u64Range(a);
    if (!Array.isArray(v)) return v;
    const from = v[0]!;
    const to = v.length === 2 ? v[1]! : U64_MAX;
    if (v.length === 2 && from > to) return fail(`${from} should be less than ${to}`);
    return invert ? { ...d, from: String(to), to: String(from) } : { ...d, from: String(from), to: String(to) };
  },
  save: (d) => `${fromTo("--", d)} --connbytes-mode ${d.mode} --connbytes-dir ${d.dir}`,
  print: (d) => `${fromTo("", d)} connbytes mode ${d.mode} connbytes direction ${d.dir}`,
  match(d, p, ctx) {
    const key = tupleKey(p);
    if (!key || !p.ct) return false;
    const all = (ctx.state.conns ??= {}) as Record<string, Counters>;
    const c = (all[key] ??= { packets: [0, 0], bytes: [0, 0] });
    const i = p.ct.direction === "ORIGINAL" ? 0 : 1;
    c.packets[i]++;
    c.bytes[i] += p.length;
    const pick = (v: [number, number]): number => (d.dir === "original" ? v[0] : d.dir === "reply" ? v[1] : v[0] + v[1]);
    const what = d.mode === "packets" ? pick(c.packets) : d.mode === "bytes" ? pick(c.bytes) : pick(c.packets) ? Math.floor(pick(c.bytes) / pick(c.packets)) : 0;
    const n = BigInt(what);
    const from = BigInt(d.from);
    const to = BigInt(d.to);
    return to >= from ? n <= to && n >= from : n < to || n > from;
  },
};
