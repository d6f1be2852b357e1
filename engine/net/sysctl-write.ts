/**
 * Writing a sysctl of a namespace as the kernel's proc handlers take it:
 * integers must parse (proc_dointvec), and some keys change others —
 * net.ipv4.ip_forward and conf.all.forwarding are one switch that also sets
 * every link's and the default's forwarding (inet_forward_change), and
 * net.ipv6.conf.all.forwarding does the same for IPv6.
 */
import type { NetNamespace } from "../world/types.js";

export type SysctlWriteError = "ENOENT" | "EINVAL";

const INT_MIN = -(2n ** 31n);
const INT_MAX = 2n ** 31n - 1n;
const LONG_MIN = -(2n ** 63n);
const ULONG_MAX = 2n ** 64n - 1n;

/** proc_get_long: an optional minus, then strtoul with base 0 (0x hex, 0 octal, decimal), then a separator or the end. */
const PROC_LONG = /^(-?)(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)(?=[ \t\n]|$)/;

/** __do_proc_dointvec: up to one number per field, blanks between; what is not given keeps its value. */
function parseInts(fields: readonly string[], text: string): bigint[] | SysctlWriteError {
  const [min, max] = fields.every((f) => BigInt(f) >= INT_MIN && BigInt(f) <= INT_MAX) ? [INT_MIN, INT_MAX] : [LONG_MIN, ULONG_MAX];
  const values: bigint[] = [];
  let rest = text;
  while (values.length < fields.length) {
    rest = rest.replace(/^[ \t\n]+/, "");
    if (rest === "") break;
    const m = PROC_LONG.exec(rest);
    if (!m) return "EINVAL";
    const magnitude = BigInt(m[2]!.length > 1 && m[2]![0] === "0" && !/^0[xX]/.test(m[2]!) ? `0o${m[2]!.slice(1)}` : m[2]!);
    const value = m[1] ? -magnitude : magnitude;
    // do_proc_dointvec_conv: a number past the int (or, for a long, past strtoul) is EINVAL.
    if (value < min || value > max) return "EINVAL";
    values.push(value);
    rest = rest.slice(m[0].length);
  }
  if (values.length === 0) return "EINVAL";
  return [...values, ...fields.slice(values.length).map((f) => BigInt(f))];
}

/** The value the kernel stores for a write, or why it refuses it. */
function parseValue(ns: NetNamespace, key: string, current: string, text: string): string | SysctlWriteError {
  if (key.endsWith(".tcp_congestion_control")) {
    // tcp_set_default_congestion_control: any algorithm the kernel has (loading its module if need be).
    const name = text.trim();
    const available = (ns.sysctl["net.ipv4.tcp_available_congestion_control"] ?? "reno cubic").split(" ");
    return available.includes(name) ? name : "ENOENT";
  }
  const fields = current.split("\t");
  if (!fields.every((f) => /^-?\d+$/.test(f))) return text.replace(/\n$/, "");
  const values = parseInts(fields, text);
  if (typeof values === "string") return values;
  // ipv4_local_port_range: low to high, above the privileged ports (sysctl_ip_prot_sock).
  if (key === "net.ipv4.ip_local_port_range") {
    const privileged = BigInt(ns.sysctl["net.ipv4.ip_unprivileged_port_start"] ?? "1024");
    if (values[1]! < values[0]! || values[0]! < privileged) return "EINVAL";
  }
  return values.join("\t");
}

function setForwarding(ns: NetNamespace, family: "ipv4" | "ipv6", on: string): void {
  for (const key of Object.keys(ns.sysctl)) {
    if (key.startsWith(`net.${family}.conf.`) && key.endsWith(".forwarding")) ns.sysctl[key] = on;
  }
  if (family === "ipv4") {
    ns.sysctl["net.ipv4.ip_forward"] = on;
    ns.sysctl["net.ipv4.conf.all.accept_redirects"] = on === "0" ? "1" : "0";
  }
}

export function writeSysctl(ns: NetNamespace, key: string, text: string): SysctlWriteError | undefined {
  const current = ns.sysctl[key];
  if (current === undefined) return "ENOENT";
  const value = parseValue(ns, key, current, text);
  if (value === "ENOENT" || value === "EINVAL") return value;
  if (key === "net.ipv4.ip_forward" || key === "net.ipv4.conf.all.forwarding") setForwarding(ns, "ipv4", value);
  else if (key === "net.ipv6.conf.all.forwarding") setForwarding(ns, "ipv6", value);
  else ns.sysctl[key] = value;
  return undefined;
}
