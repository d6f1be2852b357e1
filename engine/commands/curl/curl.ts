/**
 * `curl` — curl 7.88.1 (Debian 12) for plain HTTP from the command's
 * namespace: connect through the lab's network, send the request, take the
 * answer the server socket has ready (`nc -l < response`, a scenario's web
 * server). No progress meter: the lab's curl behaves as with stdout on a
 * terminal or -s.
 */
import { stdoutAtExit } from "../output-order.js";
import type { CommandContext, CommandResult, LabCommand } from "../types.js";
import { readLabFile } from "../nc/nc.js";
import { resolveHost } from "../nc/net/resolve.js";
import { serverAccepted } from "../nc/server-side.js";
import { spend } from "../nc/spend.js";
import { NETWORK } from "../nc/net/current-network.js";
import { utf8Length } from "../nc/net/utf8.js";
import { connect } from "./connect.js";
import { CURL_HELP } from "./help-text.js";
import { couldNotResolve, NO_URL, operationTimedOut, USER_AGENT, VERSION_TEXT } from "./messages.js";
import { parseCurl, TRY_HELP, type CurlOptions } from "./options.js";
import { parseResponse } from "./response.js";
import { hostHeader, parseUrl, type CurlUrl } from "./url.js";
import { expandWriteOut } from "./write-out.js";

export const NO_ANSWER =
  "curl: the server accepted the connection but has nothing to send and never closes (an `nc -l` without a response); the lab cannot wait forever: give curl -m SECONDS\n";

interface Result {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/** The error line curl prints: always without -s, only with -S under -s. */
function errorLine(o: CurlOptions, code: number, text: string): string {
  return o.silent && !o.showError ? "" : `curl: (${code}) ${text}\n`;
}

export function runCurl(ctx: CommandContext): CommandResult {
  if (ctx.argv.length === 1) return { stdout: "", stderr: TRY_HELP, exitCode: 2 };
  const parsed = parseCurl(ctx.argv);
  if (!parsed.ok) return { stdout: "", stderr: parsed.stderr, exitCode: parsed.exitCode };
  const o = parsed.options;
  if (o.help) return { stdout: CURL_HELP, stderr: "", exitCode: 0 };
  if (o.version) return { stdout: VERSION_TEXT, stderr: "", exitCode: 0 };
  if (o.url === undefined) return { stdout: "", stderr: NO_URL + TRY_HELP, exitCode: 2 };
  const url = parseUrl(o.url);
  if ("error" in url) return { stdout: "", stderr: o.silent && !o.showError ? "" : url.error, exitCode: url.exitCode };
  const addrs = resolveHost(url.host, readLabFile(ctx, "/etc/hosts"));
  if (!addrs) return { stdout: "", stderr: o.silent && !o.showError ? "" : couldNotResolve(url.host), exitCode: 6 };
  return transfer(ctx, o, url, addrs);
}

function transfer(ctx: CommandContext, o: CurlOptions, url: CurlUrl, addrs: NonNullable<ReturnType<typeof resolveHost>>): Result {
  const conn = connect(ctx, url.host, url.port, addrs, { ...(o.maxTimeMs !== undefined ? { maxTimeMs: o.maxTimeMs } : {}), ...(o.connectTimeoutMs !== undefined ? { connectTimeoutMs: o.connectTimeoutMs } : {}) });
  const verbose = o.verbose ? conn.notes : "";
  spend(ctx, conn.elapsedMs);
  if (!conn.ok) return { stdout: writeOut(o, url, conn.code, 0, undefined).text, stderr: verbose + errorLine(o, conn.code, conn.error), exitCode: conn.code };
  const method = o.head ? "HEAD" : "GET";
  const request = [`${method} ${url.path} HTTP/1.1`, `Host: ${hostHeader(url)}`, `User-Agent: ${USER_AGENT}`, "Accept: */*", ""];
  const from = conn.opened.seenFrom ?? { addr: conn.local, port: conn.localPort };
  serverAccepted(ctx, conn.peer, { from: from.addr, fromPort: from.port, data: request.map((l) => `${l}\r\n`).join("") });
  let stderr = verbose + (o.verbose ? request.map((l) => `> ${l}\r\n`).join("") : "");
  const raw = conn.peer.socket.sends;
  const response = raw === undefined ? undefined : parseResponse(raw);
  if (!response) {
    if (raw !== undefined && raw !== "") return { stdout: "", stderr: stderr + errorLine(o, 1, "Received HTTP/0.9 when not allowed"), exitCode: 1 };
    if (o.maxTimeMs === undefined) return { stdout: "", stderr: stderr + NO_ANSWER, exitCode: 28 };
    spend(ctx, o.maxTimeMs - conn.elapsedMs);
    const text = operationTimedOut(o.maxTimeMs, 0);
    return { stdout: writeOut(o, url, 28, 0, conn).text, stderr: stderr + (o.verbose ? `* ${text}\n* Closing connection 0\n` : "") + errorLine(o, 28, text), exitCode: 28 };
  }
  const body = o.head ? "" : response.body;
  NETWORK.converse(ctx.world, conn.opened, { clientBytes: utf8Length(request.join("\r\n") + "\r\n"), serverBytes: utf8Length(raw ?? ""), closer: response.closes ? "server" : "client" });
  if (o.verbose) {
    stderr += response.headerLines.map((l) => `< ${l}\r\n`).join("") + "< \r\n";
    if (body !== "") stderr += `{ [${body.length} bytes data]\n`;
    stderr += response.closes ? "* Closing connection 0\n" : `* Connection #0 to host ${url.host} left intact\n`;
  }
  if (o.fail && response.status >= 400) {
    return { stdout: "", stderr: stderr + errorLine(o, 22, `The requested URL returned error: ${response.status}`), exitCode: 22 };
  }
  const shown = (o.head || o.include ? response.head : "") + body;
  let stdout = "";
  if (o.output !== undefined && o.output !== "/dev/null") ctx.fs.writeFile(o.output, shown);
  else if (o.output === undefined) stdout = shown;
  const w = writeOut(o, url, 0, response.status, conn, body.length);
  return { stdout: stdout + w.text, stderr: stderr + w.warnings, exitCode: 0 };
}

function writeOut(o: CurlOptions, url: CurlUrl, exitCode: number, httpCode: number, conn: { addr: string; local: string; localPort: number } | undefined, size = 0) {
  if (o.writeOut === undefined) return { text: "", warnings: "" };
  return expandWriteOut(o.writeOut, {
    httpCode,
    remoteIp: conn?.addr ?? "",
    remotePort: conn ? url.port : 0,
    localIp: conn?.local ?? "",
    localPort: conn?.localPort ?? 0,
    sizeDownload: size,
    exitCode,
    url: `${url.scheme}://${hostHeader(url)}${url.path}`,
    timeTotalS: 0,
  });
}

export const curlCommand: LabCommand = {
  name: "curl",
  summary: "fetch a URL over HTTP (curl 7.88): curl -sS http://HOST:PORT/",
  run: async (ctx) => stdoutAtExit(await runCurl(ctx)),
  interleavesOutput: true,
};
