/** curl -w: %{variable} and the backslash escapes, with what one transfer left behind. */

export interface TransferFacts {
  readonly httpCode: number;
  readonly remoteIp: string;
  readonly remotePort: number;
  readonly localIp: string;
  readonly localPort: number;
  readonly sizeDownload: number;
  readonly exitCode: number;
  readonly url: string;
  readonly timeTotalS: number;
}

export function expandWriteOut(format: string, f: TransferFacts): { text: string; warnings: string } {
  let warnings = "";
  const vars: Record<string, string> = {
    http_code: String(f.httpCode).padStart(3, "0"),
    response_code: String(f.httpCode).padStart(3, "0"),
    remote_ip: f.remoteIp,
    remote_port: String(f.remotePort || ""),
    local_ip: f.localIp,
    local_port: String(f.localPort || ""),
    size_download: String(f.sizeDownload),
    exitcode: String(f.exitCode),
    url_effective: f.url,
    time_total: f.timeTotalS.toFixed(6),
  };
  const text = format
    .replace(/%\{([a-z_]+)\}/g, (whole, name: string) => {
      const value = vars[name];
      if (value === undefined) warnings += `curl: unknown --write-out variable: '${name}'\n`;
      return value ?? "";
    })
    .replace(/\\([nrt\\])/g, (_, c: string) => ({ n: "\n", r: "\r", t: "\t", "\\": "\\" })[c] ?? c);
  return { text, warnings };
}
