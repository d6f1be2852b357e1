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

/**
 * The errno a socket gets for an ICMP destination unreachable code
 * (icmp_err_convert in net/ipv4/icmp.c): port -> ECONNREFUSED, net ->
 * ENETUNREACH, protocol -> ENOPROTOOPT, host and the prohibited kinds ->
 * EHOSTUNREACH.
 */
export function unreachErrno(code: number): Errno {
  switch (code) {
    case 0: // net unreachable
    case 6: // net unknown
    case 9: // net prohibited
    case 11: // net unreachable for TOS
      return "ENETUNREACH";
    case 2:
      return "ENOPROTOOPT";
    case 3:
      return "ECONNREFUSED";
    default:
      return "EHOSTUNREACH";
  }
}
