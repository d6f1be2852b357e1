/** What netcat-openbsd 1.219-1 (Debian 12) prints, word for word. */
import { strerror } from "./net/errno.js";
import type { Errno } from "./net/outcomes.js";

export const NC_USAGE =
  "usage: nc [-46CDdFhklNnrStUuvZz] [-I length] [-i interval] [-M ttl]\n" +
  "\t  [-m minttl] [-O length] [-P proxy_username] [-p source_port]\n" +
  "\t  [-q seconds] [-s sourceaddr] [-T keyword] [-V rtable] [-W recvlimit]\n" +
  "\t  [-w timeout] [-X proxy_protocol] [-x proxy_address[:port]]\n" +
  "\t  [destination] [port]\n";

export const MISSING_PORT = "nc: missing port number\n";
export const K_WITHOUT_L = "nc: must use -l with -k\n";
export const Z_WITH_L = "nc: cannot use -z and -l\n";
export const NO_NAME_SERVICE = "Temporary failure in name resolution";

/** "10.0.0.1" as typed, or "localhost (127.0.0.1)" when a name was resolved. */
export function hostLabel(host: string, addr: string): string {
  return host === addr ? host : `${host} (${addr})`;
}

/** `Connection to 10.0.0.2 80 port [tcp/http] succeeded!` (the service is `*` when /etc/services has none). */
export function succeeded(host: string, addr: string, port: number, proto: "tcp" | "udp", service: string | undefined): string {
  return `Connection to ${hostLabel(host, addr)} ${port} port [${proto}/${service ?? "*"}] succeeded!\n`;
}

export function connectFailed(host: string, addr: string, port: number, proto: "tcp" | "udp", errno: Errno): string {
  return `nc: connect to ${hostLabel(host, addr)} port ${port} (${proto}) failed: ${strerror(errno)}\n`;
}

/** A -w timeout: poll() ran out while connect() was still EINPROGRESS. */
export function connectTimedOut(host: string, addr: string, port: number, proto: "tcp" | "udp"): string {
  return `nc: connect to ${hostLabel(host, addr)} port ${port} (${proto}) timed out: Operation now in progress\n`;
}

export function getaddrinfoFailed(host: string, port: string): string {
  return `nc: getaddrinfo for host "${host}" port ${port}: ${NO_NAME_SERVICE}\n`;
}
