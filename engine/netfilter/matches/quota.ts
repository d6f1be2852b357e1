/** -m quota (libxt_quota.c, xt_quota.c): matches until the rule has seen --quota bytes. */
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { fail } from "../xt-helpers.js";

export interface QuotaData {
  /** The byte count, in decimal (an unsigned 64-bit number). */
  quota: string;
  invert: boolean;
}

const U64_MAX = (1n << 64n) - 1n;

/** strtoull in base 0, the whole word, within 64 bits. */
function parseU64(text: string): bigint | undefined {
  let digits = text;
  let base = 10;
  if (/^0[xX][0-9a-fA-F]+$/.test(text)) {
    digits = text.slice(2);
    base = 16;
  } else if (/^0[0-7]+$/.test(text)) {
    digits = text.slice(1);
    base = 8;
  } else if (!/^\d+$/.test(text)) return undefined;
  let v = 0n;
  for (const c of digits) v = v * BigInt(base) + BigInt(parseInt(c, base));
  return v <= U64_MAX ? v : undefined;
}

export const quotaMatch: MatchModule<QuotaData> = {
  name: "quota",
  options: [{ name: "quota", invert: true, mandatory: true }],
  init: () => ({ quota: "0", invert: false }),
  parse(_d, opt, arg, invert) {
    const v = parseU64(arg!);
    if (v === undefined) return fail(`quota: bad value for option "--${opt}", or out of range (0-18446744073709551615).\n`);
    return { quota: v.toString(), invert };
  },
  save: (d) => `${d.invert ? " !" : ""} --quota ${d.quota}`,
  print: (d) => ` quota: ${d.quota} bytes`,
  match(d, p: Packet, ctx) {
    // quota_mt: while bytes are left the packet takes its length from them; then the match fails (or, with !, holds).
    const s = ctx.state as { left?: number };
    const left = s.left ?? Number(d.quota);
    if (left >= p.length) {
      s.left = left - p.length;
      return !d.invert;
    }
    s.left = 0;
    return d.invert;
  },
};
