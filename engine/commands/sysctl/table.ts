/**
 * The sysctls a command in a namespace sees under /proc/sys: the
 * namespace's own (net.*, and any other key written there) over the
 * machine-wide ones, with the host's names filled in. Keys are listed in
 * /proc's order: name by name, each level sorted.
 */
import type { NetNamespace } from "../../world/types.js";
import { GLOBAL_SYSCTLS } from "./global-sysctls.js";
import { KERNEL_RELEASE } from "../system/identity.js";

export function visibleSysctls(ns: NetNamespace): Record<string, string> {
  // Object.assign, not spread: V8 builds objects of this size by spread very slowly.
  return Object.assign(
    {},
    GLOBAL_SYSCTLS,
    {
      "kernel.hostname": ns.hostname,
      "kernel.osrelease": KERNEL_RELEASE,
      "kernel.version": "#1 SMP PREEMPT_DYNAMIC Debian 6.1.115-1 (2024-11-01)",
    },
    ns.sysctl,
  );
}

/** /proc/sys order: compare level by level. */
export function compareKeys(a: string, b: string): number {
  const x = a.split(".");
  const y = b.split(".");
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    if (x[i] !== y[i]) return x[i]! < y[i]! ? -1 : 1;
  }
  return x.length - y.length;
}

export function sortedKeys(table: Record<string, string>, under = ""): string[] {
  return Object.keys(table)
    .filter((k) => under === "" || k.startsWith(`${under}.`))
    .sort(compareKeys);
}

/** The value as the /proc file reads: one line. */
export function readValue(table: Record<string, string>, key: string): string | undefined {
  return table[key];
}

export function isDirectory(table: Record<string, string>, key: string): boolean {
  const prefix = `${key}.`;
  return Object.keys(table).some((k) => k.startsWith(prefix));
}
