/**
 * -m policy (libxt_policy.c, xt_policy.c): the IPsec policy a packet was
 * decapsulated with (--dir in) or will be encapsulated with (--dir out), up
 * to 4 elements joined by --next under --strict. The lab has no IPsec (no
 * xfrm states, no sec_path): as in policy_mt when neither exists, `--pol
 * none` matches every packet and `--pol ipsec` none.
 */
import type { MatchModule, NameDb, ParseFailure } from "../extension.js";
import type { HookName } from "../types.js";
import { maskSuffix } from "../xt-addr.js";
import { x6HostMask } from "../xt-host.js";
import { fail, x6Uint } from "../xt-helpers.js";
import { xtStrtoui } from "../xt-number.js";
import { formatIpv4 } from "../../addr/ipv4.js";

interface PolicyElem {
  reqid?: { value: number; invert: boolean };
  spi?: { value: number; invert: boolean };
  proto?: { value: number; invert: boolean };
  mode?: { value: "transport" | "tunnel"; invert: boolean };
  tunnelSrc?: { addr: number; mask: number; invert: boolean };
  tunnelDst?: { addr: number; mask: number; invert: boolean };
}

export interface PolicyData {
  dir?: "in" | "out";
  none: boolean;
  strict: boolean;
  /** The elements; the last is the one options fill until --next. With --pol none none of them counts (info->len 0). */
  elems: PolicyElem[];
}

/** XT_POLICY_MAX_ELEM. */
const MAX_ELEM = 4;
const NAMES: Record<string, keyof PolicyElem> = { reqid: "reqid", spi: "spi", proto: "proto", mode: "mode", "tunnel-src": "tunnelSrc", "tunnel-dst": "tunnelDst" };

/** XTTYPE_PROTOCOL: a number 0-255 or a name from /etc/protocols. */
function protocol(arg: string, names: NameDb): number | ParseFailure {
  const n = xtStrtoui(arg, 0, 255) ?? names.protoNumber(arg);
  return n === undefined ? fail(`unknown protocol "${arg}" specified`) : n;
}

function value(opt: string, arg: string, names: NameDb): PolicyElem[keyof PolicyElem] | ParseFailure {
  switch (opt) {
    case "reqid":
    case "spi": {
      const v = x6Uint("policy", opt, arg, 0, 0xffffffff);
      return typeof v === "number" ? { value: v, invert: false } : v;
    }
    case "proto": {
      const v = protocol(arg, names);
      if (typeof v !== "number") return v;
      if (v !== 50 && v !== 51 && v !== 108) return fail("policy match: protocol must be ah/esp/ipcomp");
      return { value: v, invert: false };
    }
    case "mode":
      if (arg !== "transport" && arg !== "tunnel") return fail(`policy match: invalid mode "${arg}"`);
      return { value: arg, invert: false };
    default: {
      const v = x6HostMask("policy", opt, arg, names);
      return "error" in v ? v : { addr: (v.addr & v.mask) >>> 0, mask: v.mask, invert: false };
    }
  }
}

function entry(prefix: string, e: PolicyElem, numeric: boolean, names: NameDb): string {
  const inv = (x: { invert: boolean } | undefined): string => (x?.invert ? " !" : "");
  let out = "";
  if (e.reqid) out += `${inv(e.reqid)} ${prefix}reqid ${e.reqid.value}`;
  if (e.spi) out += `${inv(e.spi)} ${prefix}spi 0x${e.spi.value.toString(16)}`;
  if (e.proto) out += `${inv(e.proto)} ${prefix}proto ${(!numeric && names.protoName(e.proto.value)) || e.proto.value}`;
  if (e.mode) out += `${inv(e.mode)} ${prefix}mode ${e.mode.value}`;
  if (e.tunnelDst) out += `${inv(e.tunnelDst)} ${prefix}tunnel-dst ${formatIpv4(e.tunnelDst.addr)}${maskSuffix(e.tunnelDst.mask)}`;
  if (e.tunnelSrc) out += `${inv(e.tunnelSrc)} ${prefix}tunnel-src ${formatIpv4(e.tunnelSrc.addr)}${maskSuffix(e.tunnelSrc.mask)}`;
  return out;
}

const flags = (prefix: string, d: PolicyData): string =>
  ` ${prefix}dir ${d.dir === "in" ? "in" : "out"} ${prefix}pol ${d.none ? "none" : "ipsec"}${d.strict ? ` ${prefix}strict` : ""}`;

const counted = (d: PolicyData): PolicyElem[] => (d.none ? [] : d.elems);

const IN_HOOKS: readonly HookName[] = ["PREROUTING", "INPUT"];
const OUT_HOOKS: readonly HookName[] = ["POSTROUTING", "OUTPUT"];

export const policyMatch: MatchModule<PolicyData> = {
  name: "policy",
  options: [
    { name: "dir" }, { name: "pol" }, { name: "strict", arg: "none" },
    { name: "reqid", multi: true, invert: true }, { name: "spi", multi: true, invert: true },
    { name: "tunnel-src", multi: true, invert: true }, { name: "tunnel-dst", multi: true, invert: true },
    { name: "proto", multi: true, invert: true }, { name: "mode", multi: true, invert: true },
    { name: "next", arg: "none", multi: true, also: ["strict"] },
  ],
  init: () => ({ none: false, strict: false, elems: [{}] }),
  parse(d, opt, arg, invert, ctx) {
    switch (opt) {
      case "dir":
        if (arg !== "in" && arg !== "out") return fail(`policy_match: invalid dir "${arg}"`);
        return { ...d, dir: d.dir ?? arg };
      case "pol":
        if (arg !== "none" && arg !== "ipsec") return fail(`policy match: invalid policy "${arg}"`);
        return { ...d, none: d.none || arg === "none" };
      case "strict":
        return { ...d, strict: true };
      case "next":
        if (d.elems.length === MAX_ELEM) return fail("policy match: maximum policy depth reached");
        return { ...d, elems: [...d.elems, {}] };
    }
    const key = NAMES[opt]!;
    const cur = d.elems[d.elems.length - 1]!;
    if (cur[key]) return fail(`policy match: double --${opt} option`);
    const v = value(opt, arg!, ctx.names);
    if (v && "error" in v) return v;
    const elem = { ...cur, [key]: { ...v, invert } };
    return { ...d, elems: [...d.elems.slice(0, -1), elem] };
  },
  finalCheck(d) {
    if (!d.dir) return fail("policy match: neither --dir in nor --dir out specified");
    let len = d.elems.length - 1;
    if (d.none) {
      if (d.strict) return fail("policy match: policy none but --strict given");
      if (len !== 0) return fail("policy match: policy none but policy given");
    } else len++;
    for (let i = 0; i < len; i++) {
      const e = d.elems[i]!;
      if (d.strict && !(e.reqid || e.spi || e.tunnelSrc || e.tunnelDst || e.proto || e.mode)) {
        return fail(`policy match: empty policy element ${i}. --strict is in effect, but at least one of reqid, spi, tunnel-src, tunnel-dst, proto or mode is required.`);
      }
      if ((e.tunnelSrc || e.tunnelDst) && ((e.mode?.value === "tunnel" && e.mode.invert) || (e.mode?.value === "transport" && !e.mode.invert))) {
        return fail("policy match: --tunnel-src/--tunnel-dst is only valid in tunnel mode");
      }
    }
    return undefined;
  },
  save: (d, ctx) => flags("--", d) + counted(d).map((e) => entry("--", e, false, ctx.names)).join(" --next"),
  print: (d, ctx) =>
    " policy match" + flags("", d) + counted(d).map((e, i, all) => (all.length > 1 ? ` [${i}]` : "") + entry("", e, ctx.numeric, ctx.names)).join(""),
  check(d, ctx) {
    if (d.dir === "out" && ctx.hooks.some((h) => IN_HOOKS.includes(h))) return { dmesg: "xt_policy: output policy not valid in PREROUTING and INPUT" };
    if (d.dir === "in" && ctx.hooks.some((h) => OUT_HOOKS.includes(h))) return { dmesg: "xt_policy: input policy not valid in POSTROUTING and OUTPUT" };
    return undefined;
  },
  match: (d) => d.none,
};
