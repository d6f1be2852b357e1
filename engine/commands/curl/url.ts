/** The parts of a URL curl needs: scheme (http when none is given), host, port, path. */

export interface CurlUrl {
  readonly scheme: string;
  readonly host: string;
  readonly port: number;
  /** Whether the URL named the port (the Host header then carries it unless it is the default). */
  readonly path: string;
}

const DEFAULT_PORTS: Readonly<Record<string, number>> = { http: 80, https: 443, ftp: 21 };

export function parseUrl(text: string): CurlUrl | { error: string; exitCode: number } {
  const m = /^(?:([A-Za-z][A-Za-z0-9+.-]*):\/\/)?([^/:?#]*)(?::(\d*))?([/?#].*)?$/.exec(text);
  // A "://" the pattern did not take as the scheme's (http://host:x/) is a malformed URL, not host "http".
  const misread = m !== null && m[1] === undefined && text.includes("://");
  if (!m || m[2] === "" || misread) return { error: `curl: (3) URL using bad/illegal format or missing URL\n`, exitCode: 3 };
  const scheme = (m[1] ?? "http").toLowerCase();
  const defaultPort = DEFAULT_PORTS[scheme];
  if (defaultPort === undefined) return { error: `curl: (1) Protocol "${scheme}" not supported or disabled in libcurl\n`, exitCode: 1 };
  const port = m[3] ? Number(m[3]) : defaultPort;
  if (port > 65535) return { error: `curl: (3) URL using bad/illegal format or missing URL\n`, exitCode: 3 };
  const rest = m[4] ?? "/";
  const path = rest.startsWith("/") ? rest.replace(/#.*/, "") : `/${rest.replace(/#.*/, "")}`;
  return { scheme, host: m[2]!, port, path };
}

/** Host: header: the port only when it is not the scheme's default. */
export function hostHeader(url: CurlUrl): string {
  return url.port === DEFAULT_PORTS[url.scheme] ? url.host : `${url.host}:${url.port}`;
}
