/**
 * /usr/bin: one executable per command the shell knows, so that PATH lookup,
 * `which` and `type` find them. Debian merges /bin into /usr/bin; so does the lab.
 */
import type { VirtualMount } from "./types.js";

export function binMount(prefix: string, names: () => readonly string[]): VirtualMount {
  return {
    prefix,
    list: (path) => (path === prefix ? [...names()] : undefined),
    file(path) {
      const name = path.slice(prefix.length + 1);
      if (!names().includes(name)) return undefined;
      return {
        mode: 0o755,
        read: () => `#!/bin/sh\n# ${name}: a command of the nflab lab\n`,
        write: () => "EPERM: operation not permitted",
      };
    },
  };
}
