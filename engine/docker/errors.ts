/**
 * The daemon's refusals as values: an errdefs class (it sets the HTTP status
 * and so the CLI's wording) and the daemon's message. The CLI prints them as
 * "Error response from daemon: MESSAGE".
 */
export type ErrorKind = "notFound" | "conflict" | "invalidParameter" | "forbidden" | "system" | "notModified";

export interface DaemonError {
  readonly daemonError: ErrorKind;
  readonly message: string;
}

export function daemonError(kind: ErrorKind, message: string): DaemonError {
  return { daemonError: kind, message };
}

export function isDaemonError(value: unknown): value is DaemonError {
  return typeof value === "object" && value !== null && "daemonError" in value;
}
