/**
 * What a fresh lab host holds, as Debian 12 has it: the files the lab's
 * tools read (/etc/hosts, /etc/services, /etc/protocols). A namespace's
 * sysctls are engine/net's (sysctl-defaults.ts, link-sysctl.ts).
 */
import type { FileTree } from "../fs/types.js";
import { ETC_PROTOCOLS } from "../data/etc-protocols.js";
import { ETC_SERVICES } from "../data/etc-services.js";
import { ETC_SYSCTL_CONF, USR_LIB_SYSCTL_D } from "../data/etc-sysctl-conf.js";
import { ETC_DEBIAN_VERSION, ETC_GROUP, ETC_NETWORKS, ETC_PASSWD, OS_RELEASE } from "../data/etc-base.js";

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
  tree["/etc/passwd"] = file(ETC_PASSWD);
  tree["/etc/group"] = file(ETC_GROUP);
  tree["/etc/networks"] = file(ETC_NETWORKS);
  tree["/etc/debian_version"] = file(ETC_DEBIAN_VERSION);
  tree["/usr/lib/os-release"] = file(OS_RELEASE);
  tree["/etc/os-release"] = { type: "symlink", target: "../usr/lib/os-release", mode: 0o777, mtimeMs: nowMs };
  tree["/etc/sysctl.conf"] = file(ETC_SYSCTL_CONF);
  tree["/etc/sysctl.d"] = dir();
  tree["/etc/sysctl.d/99-sysctl.conf"] = { type: "symlink", target: "../sysctl.conf", mode: 0o777, mtimeMs: nowMs };
  for (const d of ["/usr/lib", "/usr/lib/sysctl.d"]) tree[d] = dir();
  for (const [name, text] of Object.entries(USR_LIB_SYSCTL_D)) tree[`/usr/lib/sysctl.d/${name}`] = file(text);
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
