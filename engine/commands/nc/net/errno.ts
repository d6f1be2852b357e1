/** strerror() of glibc 2.36 for the errno values the packet tools meet. */
import type { Errno } from "./outcomes.js";

const TEXT: Readonly<Record<Errno, string>> = {
  ECONNREFUSED: "Connection refused",
  EHOSTUNREACH: "No route to host",
  ENETUNREACH: "Network is unreachable",
  ENOPROTOOPT: "Protocol not available",
  EACCES: "Permission denied",
  EPERM: "Operation not permitted",
  EINVAL: "Invalid argument",
  ETIMEDOUT: "Connection timed out",
  EADDRNOTAVAIL: "Cannot assign requested address",
  EADDRINUSE: "Address already in use",
  ENODEV: "No such device",
};

export function strerror(errno: Errno): string {
  return TEXT[errno];
}
