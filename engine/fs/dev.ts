/** /dev as the shell needs it: null swallows writes, null and zero read empty. */
import type { VirtualMount } from "./types.js";

export function devMount(): VirtualMount {
  const devices = ["null", "zero", "full", "random", "urandom", "tty"];
  return {
    prefix: "/dev",
    list: (path) => (path === "/dev" ? devices : undefined),
    file(path) {
      const name = path.slice("/dev/".length);
      if (!devices.includes(name)) return undefined;
      return {
        read: () => "",
        write: () => (name === "full" ? "ENOSPC: no space left on device" : undefined),
      };
    },
  };
}
