/**
 * A web server for scenarios: a listener that answers every request with
 * nginx 1.22.1's default page, headers as nginx sends them (Date from the
 * world clock). The socket has no owner job, so it lives until removed.
 */
import type { NetNamespace, World } from "../../world/types.js";
import { listen, type Socket } from "../../path/sockets.js";

const DAYS = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"];
const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

export const NGINX_DEFAULT_PAGE =
  "<!DOCTYPE html>\n<html>\n<head>\n<title>Welcome to nginx!</title>\n<style>\nhtml { color-scheme: light dark; }\n" +
  "body { width: 35em; margin: 0 auto;\nfont-family: Tahoma, Verdana, Arial, sans-serif; }\n</style>\n</head>\n<body>\n" +
  "<h1>Welcome to nginx!</h1>\n<p>If you see this page, the nginx web server is successfully installed and\n" +
  "working. Further configuration is required.</p>\n\n<p>For online documentation and support please refer to\n" +
  '<a href="http://nginx.org/">nginx.org</a>.<br/>\nCommercial support is available at\n' +
  '<a href="http://nginx.com/">nginx.com</a>.</p>\n\n<p><em>Thank you for using nginx.</em></p>\n</body>\n</html>\n';

/** An RFC 7231 date: "Mon, 01 Jan 2024 00:00:00 GMT". */
export function httpDate(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${DAYS[d.getUTCDay()]}, ${two(d.getUTCDate())} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} GMT`;
}

export function nginxResponse(nowMs: number): string {
  const date = httpDate(nowMs);
  const headers = [
    "HTTP/1.1 200 OK",
    "Server: nginx/1.22.1",
    `Date: ${date}`,
    "Content-Type: text/html",
    `Content-Length: ${NGINX_DEFAULT_PAGE.length}`,
    `Last-Modified: ${date}`,
    "Connection: keep-alive",
    'ETag: "6592fd80-267"',
    "Accept-Ranges: bytes",
  ];
  return `${headers.join("\r\n")}\r\n\r\n${NGINX_DEFAULT_PAGE}`;
}

/** Starts a canned nginx on addr:port of ns; fails as bind() would. */
export function startHttpServer(world: World, ns: NetNamespace, opts: { port: number; addr?: string }): Socket | "EADDRINUSE" | "EADDRNOTAVAIL" {
  const socket = listen(world, ns, { proto: "tcp", port: opts.port, ...(opts.addr ? { addr: opts.addr } : {}), owner: { command: "nginx" } });
  if (typeof socket !== "string") socket.sends = nginxResponse(world.clock.nowMs);
  return socket;
}
