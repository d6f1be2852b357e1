/** The names iproute2 gives route tables, protocols, scopes and types (lib/rt_names.c, ip/rtm_map.c, /etc/iproute2). */
import type { Route } from "../../../world/types.js";

export const TABLES: Readonly<Record<string, number>> = { local: 255, main: 254, default: 253, unspec: 0 };

/** rtnl_rttable_a2n: a name from rt_tables or a number up to 2^32-1. */
export function parseTable(text: string): number | undefined {
  if (text in TABLES) return TABLES[text];
  if (/^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.test(text)) {
    const n = Number(text.startsWith("0x") || text.startsWith("0X") ? parseInt(text, 16) : text.length > 1 && text.startsWith("0") ? parseInt(text, 8) : text);
    return n <= 0xffffffff ? n : undefined;
  }
  return undefined;
}

export const PROTOS: Readonly<Record<string, NonNullable<Route["proto"]> | string>> = {
  unspec: "unspec",
  redirect: "redirect",
  kernel: "kernel",
  boot: "boot",
  static: "static",
  gated: "gated",
  ra: "ra",
  mrt: "mrt",
  zebra: "zebra",
  bird: "bird",
  babel: "babel",
  dhcp: "dhcp",
  bgp: "bgp",
  isis: "isis",
  ospf: "ospf",
  rip: "rip",
  eigrp: "eigrp",
};

/** /etc/iproute2/rt_scopes, name to the scope the lab stores. */
export const SCOPES: Readonly<Record<string, "global" | "link" | "host" | "nowhere">> = {
  global: "global",
  universe: "global",
  "0": "global",
  link: "link",
  "253": "link",
  host: "host",
  "254": "host",
  nowhere: "nowhere",
  "255": "nowhere",
};

/** rtnl_rtntype_a2n: [exact name, full name matched as a prefix]. */
export const TYPES: readonly (readonly [string, string])[] = [
  ["local", "local"],
  ["nat", "nat"],
  ["brd", "broadcast"],
  ["broadcast", "broadcast"],
  ["anycast", "anycast"],
  ["multicast", "multicast"],
  ["prohibit", "prohibit"],
  ["unreachable", "unreachable"],
  ["blackhole", "blackhole"],
  ["xresolve", "xresolve"],
  ["unicast", "unicast"],
  ["throw", "throw"],
];

/** A route type keyword, as ip route add takes it before the prefix. */
export function parseRouteType(text: string): string | undefined {
  if (text === "local" || text === "nat" || text === "throw" || text === "brd") return text === "brd" ? "broadcast" : text;
  for (const full of ["broadcast", "anycast", "multicast", "prohibit", "unreachable", "blackhole", "xresolve", "unicast"]) {
    if (text.length > 0 && full.startsWith(text)) return full;
  }
  if (/^\d+$/.test(text) && Number(text) <= 255) return text;
  return undefined;
}
