/**
 * /proc/sys as the kernel shows it: one file per sysctl of the namespace the
 * reader is in, "net.ipv4.ip_forward" at /proc/sys/net/ipv4/ip_forward.
 * Reads print the value and a newline; writes set it (`echo 1 > ...`).
 */
import type { VirtualMount } from "./types.js";

export const PROC_SYS = "/proc/sys";

/** Where the sysctls come from and how a write is applied (the kernel may refuse or act on it). */
export interface SysctlSource {
  values(): Readonly<Record<string, string>>;
  /** Sets a value as `sysctl -w` would; an errno name when the kernel refuses it. */
  write(key: string, text: string): string | undefined;
}

export function procSysMount(source: SysctlSource): VirtualMount {
  const sysctls = (): Readonly<Record<string, string>> => source.values();
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
          // The shell truncates before it writes; the kernel ignores that empty write.
          if (content.trim() === "") return undefined;
          const refused = source.write(key, content);
          return refused === undefined ? undefined : `${refused}: ${refused === "EINVAL" ? "invalid argument" : "operation not permitted"}`;
        },
      };
    },
  };
}
