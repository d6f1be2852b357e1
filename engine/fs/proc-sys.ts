/**
 * /proc/sys as the kernel shows it: one file per sysctl of the namespace the
 * reader is in, "net.ipv4.ip_forward" at /proc/sys/net/ipv4/ip_forward.
 * Reads print the value and a newline; writes set it (`echo 1 > ...`).
 */
import type { VirtualMount } from "./types.js";

export const PROC_SYS = "/proc/sys";

export function procSysMount(sysctls: () => Record<string, string>): VirtualMount {
  const keyOf = (path: string): string => path.slice(PROC_SYS.length + 1).split("/").join(".");
  return {
    prefix: PROC_SYS,
    list(path) {
      const prefix = path === PROC_SYS ? "" : keyOf(path) + ".";
      const names = new Set<string>();
      for (const key of Object.keys(sysctls())) {
        if (!key.startsWith(prefix)) continue;
        const rest = key.slice(prefix.length);
        if (rest === "") return undefined;
        names.add(rest.split(".")[0]!);
      }
      return names.size > 0 ? [...names] : undefined;
    },
    file(path) {
      const key = keyOf(path);
      const table = sysctls();
      if (!(key in table)) return undefined;
      return {
        read: () => `${table[key]}\n`,
        write(content) {
          const value = content.trim().split(/\s+/).join("\t");
          // The shell truncates before it writes; the kernel ignores that empty write.
          if (value === "") return undefined;
          table[key] = value;
          return undefined;
        },
      };
    },
  };
}
