/**
 * What a fresh namespace and a fresh lab host hold, as Debian 12 has them:
 * the sysctls the kernel gives a new network namespace, and the files the
 * lab's tools read (/etc/hosts, /etc/services, /etc/protocols).
 */
import type { FileTree } from "../fs/types.js";
import { ETC_PROTOCOLS } from "../data/etc-protocols.js";
import { ETC_SERVICES } from "../data/etc-services.js";

/** Per-interface IPv4 sysctls (net.ipv4.conf.<if>.*), with the kernel's defaults. */
export const IPV4_CONF_DEFAULTS: Readonly<Record<string, string>> = {
  accept_local: "0",
  accept_redirects: "1",
  forwarding: "0",
  log_martians: "0",
  route_localnet: "0",
  rp_filter: "0",
  send_redirects: "1",
};

export function namespaceSysctls(ifnames: readonly string[]): Record<string, string> {
  const table: Record<string, string> = {
    "net.ipv4.ip_forward": "0",
    "net.ipv4.ip_default_ttl": "64",
    "net.ipv4.ip_local_port_range": "32768\t60999",
    "net.ipv4.tcp_syncookies": "1",
    "net.netfilter.nf_conntrack_max": "262144",
    "net.netfilter.nf_conntrack_tcp_timeout_established": "432000",
    "net.netfilter.nf_conntrack_udp_timeout": "30",
    "net.netfilter.nf_conntrack_udp_timeout_stream": "120",
    "net.netfilter.nf_conntrack_icmp_timeout": "30",
  };
  for (const ifname of ["all", "default", ...ifnames]) addInterfaceSysctls(table, ifname);
  return table;
}

export function addInterfaceSysctls(table: Record<string, string>, ifname: string): void {
  for (const [key, value] of Object.entries(IPV4_CONF_DEFAULTS)) {
    table[`net.ipv4.conf.${ifname}.${key}`] = value;
  }
}

export function labHostFiles(hostname: string, nowMs: number, hosts: string): FileTree {
  const dir = (): { type: "dir"; mode: number; mtimeMs: number } => ({ type: "dir", mode: 0o755, mtimeMs: nowMs });
  const file = (content: string) => ({ type: "file" as const, content, mode: 0o644, mtimeMs: nowMs });
  const tree: FileTree = {};
  for (const d of ["/", "/etc", "/etc/iptables", "/etc/sysconfig", "/root", "/tmp", "/var", "/var/log", "/proc", "/dev", "/run", "/usr", "/usr/sbin", "/usr/local", "/home"]) {
    tree[d] = dir();
  }
  tree["/tmp"] = { type: "dir", mode: 0o1777, mtimeMs: nowMs };
  tree["/root"] = { type: "dir", mode: 0o700, mtimeMs: nowMs };
  tree["/etc/hostname"] = file(`${hostname}\n`);
  tree["/etc/hosts"] = file(hosts);
  tree["/etc/services"] = file(ETC_SERVICES);
  tree["/etc/protocols"] = file(ETC_PROTOCOLS);
  tree["/var/log/kern.log"] = { type: "file", content: "", mode: 0o640, mtimeMs: nowMs };
  tree["/root/.bashrc"] = file("# ~/.bashrc: executed by bash(1) for non-login shells.\n");
  return tree;
}

export function etcHosts(hostname: string, address: string | undefined): string {
  const own = address ? `${address}\t${hostname}\n` : `127.0.1.1\t${hostname}\n`;
  return (
    "127.0.0.1\tlocalhost\n" +
    own +
    "\n# The following lines are desirable for IPv6 capable hosts\n" +
    "::1     localhost ip6-localhost ip6-loopback\n" +
    "ff02::1 ip6-allnodes\n" +
    "ff02::2 ip6-allrouters\n"
  );
}
