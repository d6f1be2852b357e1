/**
 * -j HMARK (libxt_HMARK.c, xt_HMARK.c): set the mark to a hash of the
 * packet's (or with `ct` the connection's) addresses, ports and protocol,
 * scaled into --hmark-mod and moved by --hmark-offset. The prefixes are
 * XTTYPE_PLENMASK (any 32-bit length, an IPv4 mask keeps 32 bits of it, or a mask). A tuple
 * word counts as its option given (a later --hmark-src-prefix after
 * `--hmark-tuple src` is a second use). evaluate() hashes as hmark_hash:
 * jhash_3words(src, dst, ports, rnd) ^ (proto & mask), reciprocal_scale.
 */
import type { TargetModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { jhash2 } from "../ipset.js";
import { prefixToMask, maskToCidr } from "../xt-addr.js";
import { fail, x6Uint } from "../xt-helpers.js";
import { inetAton } from "../xt-host.js";
import { xtStrtoui } from "../xt-number.js";

/** Option ids in libxt_HMARK's order; the flag bits are 1 << index. */
const IDS = ["src-prefix", "dst-prefix", "spi", "spi-mask", "sport", "dport", "sport-mask", "dport-mask", "proto-mask", "rnd", "mod", "offset", "ct"] as const;
type Id = (typeof IDS)[number];
const F = (id: Id): number => 1 << IDS.indexOf(id);
const PKT_MASK = F("src-prefix") | F("dst-prefix") | F("spi-mask") | F("sport-mask") | F("dport-mask") | F("proto-mask") | F("sport") | F("dport") | F("spi");

export interface HmarkData {
  flags: number;
  srcMask: number;
  dstMask: number;
  /** Host-order values of the 16-bit port masks and sets, or the 32-bit SPI ones. */
  sportMask: number;
  dportMask: number;
  spiMask?: number;
  sport: number;
  dport: number;
  spi?: number;
  protoMask: number;
  rnd: number;
  mod: number;
  offset: number;
}

const TUPLE: Record<string, Id> = { ct: "ct", src: "src-prefix", dst: "dst-prefix", sport: "sport-mask", dport: "dport-mask", proto: "proto-mask", spi: "spi-mask" };

function tupleWord(d: HmarkData, word: string): HmarkData | undefined {
  // strncasecmp(type, name, len): any prefix of a name (in this order) counts.
  const key = Object.keys(TUPLE).find((k) => word.length > 0 && k.slice(0, word.length).toLowerCase() === word.toLowerCase() && word.length <= k.length);
  if (!key) return undefined;
  const id = TUPLE[key]!;
  const out = { ...d, flags: d.flags | F(id) };
  if (id === "src-prefix") out.srcMask = 0xffffffff;
  if (id === "dst-prefix") out.dstMask = 0xffffffff;
  if (id === "sport-mask") out.sportMask = 0xffff;
  if (id === "dport-mask") out.dportMask = 0xffff;
  if (id === "proto-mask") out.protoMask = 0xffff;
  if (id === "spi-mask") out.spiMask = 0xffffffff;
  return out;
}

/** XTTYPE_PLENMASK: a prefix length (any 32-bit number; an IPv4 mask keeps 32 bits of it) or a dotted mask. */
function plenMask(opt: string, arg: string): number | ReturnType<typeof fail> {
  const plen = xtStrtoui(arg, 0, 0xffffffff);
  if (plen !== undefined) return prefixToMask(Math.min(plen, 32));
  const asMask = inetAton(arg);
  if (asMask !== undefined) {
    const cidr = maskToCidr(asMask);
    return prefixToMask(cidr >= 0 ? cidr : 32);
  }
  return fail(`HMARK: bad value for option "--${opt}", neither a valid network mask nor valid CIDR (0-32).\n`);
}

const hex = (v: number, w: number): string => `0x${(v >>> 0).toString(16).padStart(w, "0")}`;
const has = (d: HmarkData, id: Id): boolean => (d.flags & F(id)) !== 0;

export const hmarkTarget: TargetModule<HmarkData> = {
  name: "HMARK",
  options: [
    { name: "hmark-tuple" }, { name: "hmark-src-prefix" }, { name: "hmark-dst-prefix" }, { name: "hmark-sport-mask" }, { name: "hmark-dport-mask" },
    { name: "hmark-spi-mask" }, { name: "hmark-sport" }, { name: "hmark-dport" }, { name: "hmark-spi" }, { name: "hmark-proto-mask" },
    { name: "hmark-rnd" }, { name: "hmark-mod" }, { name: "hmark-offset" },
  ],
  init: () => ({ flags: 0, srcMask: 0, dstMask: 0, sportMask: 0, dportMask: 0, sport: 0, dport: 0, protoMask: 0, rnd: 0, mod: 0, offset: 0 }),
  parse(d, opt, arg) {
    const a = arg!;
    if (opt === "hmark-tuple") {
      let out = d;
      const words = a.split(",");
      for (let i = 0; i < words.length; i++) {
        const rest = words.slice(i).join(",");
        if (i === words.length - 1 && words[i] === "") return fail('"--hmark-tuple" requires a list of types with no spaces, e.g. src,dst,sport,dport,proto');
        const next = tupleWord(out, words[i]!);
        if (!next) return fail(`Bad type "${rest}"`);
        out = next;
      }
      return out;
    }
    const id = opt.slice(6) as Id;
    if (has(d, id)) return fail(`HMARK: option "--${opt}" can only be used once.\n`);
    const flags = d.flags | F(id);
    if (id === "src-prefix" || id === "dst-prefix") {
      const mask = plenMask(opt, a);
      if (typeof mask !== "number") return mask;
      return id === "src-prefix" ? { ...d, flags, srcMask: mask } : { ...d, flags, dstMask: mask };
    }
    const wide = id === "spi" || id === "spi-mask" || id === "rnd" || id === "mod" || id === "offset";
    const v = x6Uint("HMARK", opt, a, id === "mod" ? 1 : 0, wide ? 0xffffffff : 0xffff);
    if (typeof v !== "number") return v;
    const key = { "sport-mask": "sportMask", "dport-mask": "dportMask", "spi-mask": "spiMask", sport: "sport", dport: "dport", spi: "spi", "proto-mask": "protoMask", rnd: "rnd", mod: "mod", offset: "offset" }[id as string]!;
    return { ...d, flags, [key]: v };
  },
  finalCheck(d) {
    if (!has(d, "mod")) return fail("--hmark-mod is mandatory");
    if (!has(d, "rnd")) return fail("--hmark-rnd is mandatory");
    if (has(d, "spi-mask") && (has(d, "sport-mask") || has(d, "dport-mask"))) return fail("you cannot use --hmark-spi-mask and --hmark-?port-mask,at the same time");
    if (!(d.flags & PKT_MASK) && !has(d, "ct")) return fail("you have to specify --hmark-tuple at least");
    return undefined;
  },
  save(d) {
    let out = "";
    if (has(d, "src-prefix")) out += ` --hmark-src-prefix ${maskToCidr(d.srcMask)}`;
    if (has(d, "dst-prefix")) out += ` --hmark-dst-prefix ${maskToCidr(d.dstMask)}`;
    if (has(d, "sport-mask")) out += ` --hmark-sport-mask ${hex(d.sportMask, 4)}`;
    if (has(d, "dport-mask")) out += ` --hmark-dport-mask ${hex(d.dportMask, 4)}`;
    if (has(d, "spi-mask")) out += ` --hmark-spi-mask ${hex(d.spiMask ?? 0, 8)}`;
    if (has(d, "sport")) out += ` --hmark-sport ${hex(d.sport, 4)}`;
    if (has(d, "dport")) out += ` --hmark-dport ${hex(d.dport, 4)}`;
    if (has(d, "spi")) out += ` --hmark-spi ${hex(d.spi ?? 0, 8)}`;
    if (has(d, "proto-mask")) out += ` --hmark-proto-mask ${hex(d.protoMask, 2)}`;
    if (has(d, "rnd")) out += ` --hmark-rnd ${hex(d.rnd, 8)}`;
    if (has(d, "mod")) out += ` --hmark-mod ${d.mod}`;
    if (has(d, "offset")) out += ` --hmark-offset ${d.offset}`;
    if (has(d, "ct")) out += " --hmark-tuple ct";
    return out;
  },
  print(d) {
    let out = " HMARK ";
    if (has(d, "mod")) out += `mod ${d.mod} `;
    if (has(d, "offset")) out += `+ ${hex(d.offset, 0)} `;
    if (has(d, "ct")) out += "ct, ";
    if (has(d, "src-prefix")) out += `src-prefix ${maskToCidr(d.srcMask)} `;
    if (has(d, "dst-prefix")) out += `dst-prefix ${maskToCidr(d.dstMask)} `;
    if (has(d, "sport-mask")) out += `sport-mask ${hex(d.sportMask, 0)} `;
    if (has(d, "dport-mask")) out += `dport-mask ${hex(d.dportMask, 0)} `;
    if (has(d, "spi-mask")) out += `spi-mask ${hex(d.spiMask ?? 0, 0)} `;
    if (has(d, "sport")) out += `sport ${hex(d.sport, 0)} `;
    if (has(d, "dport")) out += `dport ${hex(d.dport, 0)} `;
    if (has(d, "spi")) out += `spi ${hex(d.spi ?? 0, 0)} `;
    if (has(d, "proto-mask")) out += `proto-mask ${hex(d.protoMask, 0)} `;
    if (has(d, "rnd")) out += `rnd ${hex(d.rnd, 0)} `;
    return out;
  },
  check(d) {
    if (!d.mod) return { dmesg: "xt_HMARK: invalid hash modulus" };
    if (has(d, "spi-mask") && (has(d, "sport-mask") || has(d, "dport-mask"))) return { dmesg: "xt_HMARK: spi-mask and port-mask can't be combined" };
    if (has(d, "spi") && (has(d, "sport") || has(d, "dport"))) return { dmesg: "xt_HMARK: spi-set and port-set can't be combined" };
    return undefined;
  },
  evaluate(d, p: Packet) {
    const t = has(d, "ct") && p.ct?.original && p.ct.reply ? p.ct : undefined;
    let src = ((t ? t.original!.src : p.src) & d.srcMask) >>> 0;
    let dst = ((t ? t.reply!.src : p.dst) & d.dstMask) >>> 0;
    if (dst < src) [src, dst] = [dst, src];
    let sp = t ? t.original!.sport ?? 0 : p.sport ?? 0;
    let dp = t ? t.reply!.sport ?? 0 : p.dport ?? 0;
    if (d.spiMask !== undefined || d.spi !== undefined) {
      sp = (((sp << 16) | dp) >>> 0 & (d.spiMask ?? 0)) | (d.spi ?? 0);
      dp = 0;
    } else {
      sp = (sp & d.sportMask) | d.sport;
      dp = (dp & d.dportMask) | d.dport;
      if (dp < sp) [sp, dp] = [dp, sp];
    }
    // uports.v32 is the two big-endian ports read as a little-endian word (x86).
    const be = (v: number): number => ((v & 0xff) << 8) | ((v >>> 8) & 0xff);
    const ports = d.spiMask !== undefined || d.spi !== undefined ? sp >>> 0 : ((be(sp) | (be(dp) << 16)) >>> 0);
    const hash = (jhash2([src, dst, ports], d.rnd) ^ (p.proto & d.protoMask)) >>> 0;
    const mark = (Number((BigInt(hash) * BigInt(d.mod)) >> 32n) + d.offset) >>> 0;
    return { verdict: "CONTINUE", packet: { ...p, mark } };
  },
};
