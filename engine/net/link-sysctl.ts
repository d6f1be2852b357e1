/**
 * The per-link sysctls (net.ipv4.conf.<link>.*, net.ipv6.conf.<link>.*,
 * net.ipv{4,6}.neigh.<link>.*): made when a link appears in a namespace,
 * copied from the namespace's "default" ones as the kernel copies its
 * devconf_dflt, renamed with the link and removed when it goes.
 */
import type { Link, NetNamespace } from "../world/types.js";
import { NEIGH4_SYSCTLS, NEIGH6_SYSCTLS } from "./sysctl-defaults.js";

const PER_LINK = [/^net\.ipv4\.conf\./, /^net\.ipv6\.conf\./, /^net\.ipv4\.neigh\./, /^net\.ipv6\.neigh\./] as const;

/** What lo has unlike other links (net/ipv4/devinet.c and net/ipv6/addrconf.c). */
const LOOPBACK_OVERRIDES: Readonly<Record<string, string>> = {
  "net.ipv4.conf.lo.disable_policy": "1",
  "net.ipv4.conf.lo.disable_xfrm": "1",
  "net.ipv6.conf.lo.accept_dad": "-1",
  "net.ipv6.conf.lo.use_tempaddr": "-1",
};

export function addLinkSysctls(ns: NetNamespace, link: Link): void {
  const table = ns.sysctl;
  for (const family of ["ipv4", "ipv6"] as const) {
    const prefix = `net.${family}.conf.default.`;
    for (const key of Object.keys(table)) {
      if (key.startsWith(prefix)) table[`net.${family}.conf.${link.name}.${key.slice(prefix.length)}`] = table[key]!;
    }
  }
  table[`net.ipv6.conf.${link.name}.mtu`] = String(link.mtu);
  for (const [key, value] of Object.entries(NEIGH4_SYSCTLS)) table[`net.ipv4.neigh.${link.name}.${key}`] = value;
  for (const [key, value] of Object.entries(NEIGH6_SYSCTLS)) table[`net.ipv6.neigh.${link.name}.${key}`] = value;
  if (link.kind === "loopback") Object.assign(table, LOOPBACK_OVERRIDES);
}

function linkKeys(ns: NetNamespace, name: string): string[] {
  return Object.keys(ns.sysctl).filter((key) =>
    PER_LINK.some((re) => re.test(key) && key.replace(re, "").startsWith(`${name}.`)),
  );
}

export function removeLinkSysctls(ns: NetNamespace, name: string): void {
  for (const key of linkKeys(ns, name)) delete ns.sysctl[key];
}

export function renameLinkSysctls(ns: NetNamespace, from: string, to: string): void {
  for (const key of linkKeys(ns, from)) {
    const at = key.indexOf(`.${from}.`);
    ns.sysctl[`${key.slice(0, at)}.${to}.${key.slice(at + from.length + 2)}`] = ns.sysctl[key]!;
    delete ns.sysctl[key];
  }
}

/** net.ipv6.conf.<link>.mtu follows the link's MTU. */
export function setLinkMtuSysctl(ns: NetNamespace, link: Link): void {
  const key = `net.ipv6.conf.${link.name}.mtu`;
  if (key in ns.sysctl) ns.sysctl[key] = String(link.mtu);
}
