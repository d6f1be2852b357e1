/**
 * How docker prints durations, sizes and times: go-units HumanDuration
 * ("Up 5 minutes", "2 hours ago"), HumanSizeWithPrecision ("192MB") and Go's
 * RFC 3339 time with nanoseconds ("2024-01-01T00:00:00.123456789Z").
 */

export function humanDuration(ms: number): string {
  const seconds = Math.floor(ms / 1000);
  if (seconds < 1) return "Less than a second";
  if (seconds === 1) return "1 second";
  if (seconds < 60) return `${seconds} seconds`;
  const minutes = Math.floor(ms / 60_000);
  if (minutes === 1) return "About a minute";
  if (minutes < 60) return `${minutes} minutes`;
  const hours = Math.round(ms / 3_600_000);
  if (hours === 1) return "About an hour";
  if (hours < 48) return `${hours} hours`;
  if (hours < 24 * 7 * 2) return `${Math.floor(hours / 24)} days`;
  if (hours < 24 * 30 * 2) return `${Math.floor(hours / 24 / 7)} weeks`;
  if (hours < 24 * 365 * 2) return `${Math.floor(hours / 24 / 30)} months`;
  return `${Math.floor(Math.floor(ms / 3_600_000) / 24 / 365)} years`;
}

/** units.HumanSizeWithPrecision(size, 3): decimal units, three significant digits, %.4g. */
export function humanSize(bytes: number): string {
  const units = ["B", "kB", "MB", "GB", "TB", "PB", "EB", "ZB", "YB"];
  let size = bytes;
  let i = 0;
  while (size >= 1000 && i < units.length - 1) {
    size /= 1000;
    i++;
  }
  return `${Number(size.toPrecision(3))}${units[i]}`;
}

/** time.Time.Format(time.RFC3339Nano) in UTC: the fraction without trailing zeros. */
export function rfc3339Nano(ms: number, extraNanos = 0): string {
  const whole = Math.floor(ms / 1000) * 1000;
  const base = new Date(whole).toISOString().slice(0, 19);
  const nanos = (ms - whole) * 1_000_000 + extraNanos;
  const frac = nanos === 0 ? "" : `.${String(nanos).padStart(9, "0").replace(/0+$/, "")}`;
  return `${base}${frac}Z`;
}

/** Nanoseconds below the world's millisecond, fixed per object so times look like a real daemon's. */
export function nanosFor(id: string): number {
  return parseInt(id.slice(0, 6), 16) % 1_000_000;
}

/** Go's zero time as the daemon reports an unset StartedAt/FinishedAt. */
export const ZERO_TIME = "0001-01-01T00:00:00Z";
