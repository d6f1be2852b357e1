/** A canned HTTP response as a server socket sends it: split into its header block and body. */

export interface HttpResponse {
  /** The header block as sent, status line first, up to and including the blank line. */
  readonly head: string;
  readonly headerLines: readonly string[];
  readonly status: number;
  readonly body: string;
  readonly closes: boolean;
}

export function parseResponse(raw: string): HttpResponse | undefined {
  const crlf = raw.indexOf("\r\n\r\n");
  const lf = raw.indexOf("\n\n");
  const end = crlf >= 0 && (lf < 0 || crlf < lf) ? crlf + 4 : lf >= 0 ? lf + 2 : -1;
  if (end < 0 || !/^HTTP\/\d(\.\d)? \d{3}/.test(raw)) return undefined;
  const head = raw.slice(0, end);
  const headerLines = head.split("\n").filter((l) => l.replace(/\r$/, "") !== "").map((l) => l.replace(/\r$/, ""));
  const status = Number(/^HTTP\/\S+ (\d{3})/.exec(head)?.[1] ?? 0);
  const length = headerLines.map((l) => /^content-length:\s*(\d+)/i.exec(l)?.[1]).find((v) => v !== undefined);
  let body = raw.slice(end);
  if (length !== undefined) body = body.slice(0, Number(length));
  const closes = headerLines.some((l) => /^connection:\s*close/i.test(l));
  return { head, headerLines, status, body, closes };
}
