/**
 * What a socket learns from an ICMP error (icmp_err_convert in
 * net/ipv4/icmp.c; tcp_v4_err and __udp4_lib_err map TIME_EXCEEDED to
 * EHOSTUNREACH), with the C library's words for each errno.
 */
import { icmpText } from "./walk.js";

export type IcmpErrno = "ENETUNREACH" | "EHOSTUNREACH" | "ENOPROTOOPT" | "ECONNREFUSED" | "EMSGSIZE" | "EOPNOTSUPP" | "EHOSTDOWN" | "ENONET";

const BY_CODE: readonly IcmpErrno[] = [
  "ENETUNREACH", "EHOSTUNREACH", "ENOPROTOOPT", "ECONNREFUSED", "EMSGSIZE", "EOPNOTSUPP", "ENETUNREACH", "EHOSTDOWN",
  "ENONET", "ENETUNREACH", "EHOSTUNREACH", "ENETUNREACH", "EHOSTUNREACH", "EHOSTUNREACH", "EHOSTUNREACH", "EHOSTUNREACH",
];

export const STRERROR: Readonly<Record<string, string>> = {
  ENETUNREACH: "Network is unreachable",
  EHOSTUNREACH: "No route to host",
  ENOPROTOOPT: "Protocol not available",
  ECONNREFUSED: "Connection refused",
  EMSGSIZE: "Message too long",
  EOPNOTSUPP: "Operation not supported",
  EHOSTDOWN: "Host is down",
  ENONET: "Machine is not on the network",
  ETIMEDOUT: "Connection timed out",
  EPERM: "Operation not permitted",
  EINVAL: "Invalid argument",
  EACCES: "Permission denied",
};

export function icmpErrno(type: number, code: number, _proto: "tcp" | "udp"): { errno: IcmpErrno; text: string; icmp: string } {
  const errno: IcmpErrno = type === 3 ? BY_CODE[code] ?? "EHOSTUNREACH" : "EHOSTUNREACH";
  return { errno, text: STRERROR[errno]!, icmp: icmpText(type, code) };
}
