/**
 * -h sizes as ls prints them (gnulib human_readable with ceiling rounding,
 * powers of 1024): 1234 -> 1.3K, 2000000 -> 2.0M, 100 -> 100.
 */
const UNITS = ["K", "M", "G", "T", "P", "E", "Z", "Y"];

export function humanSize(bytes: number): string {
  if (bytes < 1024) return String(bytes);
  let value = bytes;
  let unit = -1;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  if (value < 10) {
    const tenths = Math.ceil(value * 10 - 1e-9);
    if (tenths < 100) return `${(tenths / 10).toFixed(1)}${UNITS[unit]}`;
    value = 10;
  }
  const whole = Math.ceil(value - 1e-9);
  if (whole >= 1024 && unit < UNITS.length - 1) return `1.0${UNITS[unit + 1]}`;
  return `${whole}${UNITS[unit]}`;
}
