/** curl 7.88.1's error lines (curl: (N) ...) and its -v notes (* ...), word for word. */

export const USER_AGENT = "curl/7.88.1";
export const VERSION_TEXT =
  "curl 7.88.1 (x86_64-pc-linux-gnu) libcurl/7.88.1 OpenSSL/3.0.19 zlib/1.2.13 brotli/1.0.9 zstd/1.5.4 libidn2/2.3.3 libpsl/0.21.2 (+libidn2/2.3.3) libssh2/1.10.0 nghttp2/1.52.0 librtmp/2.3 OpenLDAP/2.5.13\n" +
  "Release-Date: 2023-02-20, security patched: 7.88.1-10+deb12u15\n" +
  "Protocols: dict file ftp ftps gopher gophers http https imap imaps ldap ldaps mqtt pop3 pop3s rtmp rtsp scp sftp smb smbs smtp smtps telnet tftp\n" +
  "Features: alt-svc AsynchDNS brotli GSS-API HSTS HTTP2 HTTPS-proxy IDN IPv6 Kerberos Largefile libz NTLM NTLM_WB PSL SPNEGO SSL threadsafe TLS-SRP UnixSockets zstd\n";

export const NO_URL = "curl: no URL specified!\n";

export function couldNotResolve(host: string): string {
  return `curl: (6) Could not resolve host: ${host}\n`;
}

export function failedToConnect(host: string, port: number, ms: number, reason: "Couldn't connect to server" | "Timeout was reached"): string {
  return `Failed to connect to ${host} port ${port} after ${ms} ms: ${reason}`;
}

export function connectionTimedOut(ms: number): string {
  return `Connection timed out after ${ms} milliseconds`;
}

export function operationTimedOut(ms: number, bytes: number): string {
  return `Operation timed out after ${ms} milliseconds with ${bytes} bytes received`;
}

/** "[::1]:80" or "10.0.0.1:80" as -v's "Trying" line writes an address. */
export function addrPort(addr: string, port: number): string {
  return addr.includes(":") ? `[${addr}]:${port}` : `${addr}:${port}`;
}
