/**
 * XTTYPE_HOST and XTTYPE_HOSTMASK (xtoptions.c): one address through
 * getaddrinfo (inet_aton forms: "10.1" is 10.0.0.1), an optional
 * "/len" or "/dotted.mask".
 */
import type { NameDb, ParseFailure } from "./extension.js";
import { fail } from "./xt-helpers.js";
import { maskToCidr, prefixToMask } from "./xt-addr.js";
import { strtoull } from "./xt-number.js";

/** inet_aton: 1 to 4 parts in any C base; the last part fills the remaining bytes. */
export function inetAton(text: string): number | undefined {
  if (text === "" || /\s/.test(text)) return undefined;
  const parts = text.split(".");
  if (parts.length > 4) return undefined;
  const nums: number[] = [];
  for (const part of parts) {
    const { value, used } = strtoull(part, 0);
    if (used === 0 || used !== part.length || /^[+-]/.test(part)) return undefined;
    nums.push(value);
  }
  const last = nums.pop()!;
  const lastMax = [0xffffffff, 0xffffff, 0xffff, 0xff][nums.length]!;
  if (last > lastMax || nums.some((n) => n > 255)) return undefined;
  let v = 0;
  nums.forEach((n, i) => (v += n * 2 ** (24 - 8 * i)));
  return (v + last) >>> 0;
}

export function x6Host(arg: string, names: NameDb): number | ParseFailure {
  const numeric = inetAton(arg);
  if (numeric !== undefined) return numeric;
  const addrs = names.hostAddrs(arg);
  if (addrs.length === 0) return fail("getaddrinfo: Name or service not known\n");
  if (addrs.some((a) => a !== addrs[0])) return fail(`${arg} resolves to more than one address\n`);
  return addrs[0]!;
}

/** XTTYPE_HOSTMASK: the address (masked by the kernel later) and its mask. */
export function x6HostMask(ext: string, opt: string, arg: string, names: NameDb): { addr: number; mask: number } | ParseFailure {
  const slash = arg.indexOf("/");
  const host = x6Host(slash < 0 ? arg : arg.slice(0, slash), names);
  if (typeof host !== "number") return host;
  if (slash < 0) return { addr: host, mask: 0xffffffff };
  const m = arg.slice(slash + 1);
  const len = strtoull(m, 0);
  if (len.used === m.length && m !== "" && !/^[+-]/.test(m) && len.value <= 32) return { addr: host, mask: prefixToMask(len.value) };
  // xtopt_parse_plen then xtopt_parse_mask: anything inet_aton reads is a mask, kept
  // as its prefix length; one with holes (or "33", which is 0.0.0.33) is read as 255 and so /32.
  const asMask = inetAton(m);
  if (asMask !== undefined) {
    const cidr = maskToCidr(asMask);
    return { addr: host, mask: cidr >= 0 ? prefixToMask(cidr) : 0xffffffff };
  }
  return fail(`${ext}: bad value for option "--${opt}", neither a valid network mask nor valid CIDR (0-32).\n`);
}
