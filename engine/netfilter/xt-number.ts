/**
 * Number parsing as libxtables does it (xtables_strtoui: strtoull with base
 * 0, so "0x10" and "010" are hex and octal), and the C printf helpers the
 * tools' output needs.
 */

/** strtoull(s, &end, base) on the leading part of `s`: the value and how many characters it used (0: none). */
export function strtoull(s: string, base = 0): { value: number; used: number } {
  // Fast path: plain decimal digits, no leading zero.
  const n = s.length;
  if (n > 0 && n < 16 && base !== 16) {
    let v = 0;
    let i = 0;
    const c0 = s.charCodeAt(0);
    if (c0 >= 49 && c0 <= 57) {
      for (; i < n; i++) {
        const c = s.charCodeAt(i);
        if (c < 48 || c > 57) break;
        v = v * 10 + (c - 48);
      }
      return { value: v, used: i };
    }
  }
  let i = 0;
  while (i < s.length && " \t\n\v\f\r".includes(s[i]!)) i++;
  let negative = false;
  if (s[i] === "+" || s[i] === "-") {
    negative = s[i] === "-";
    i++;
  }
  let b = base;
  if ((b === 0 || b === 16) && s[i] === "0" && (s[i + 1] === "x" || s[i + 1] === "X") && /[0-9a-fA-F]/.test(s[i + 2] ?? "")) {
    i += 2;
    b = 16;
  } else if (b === 0) {
    b = s[i] === "0" ? 8 : 10;
  }
  const start = i;
  let value = 0;
  for (; i < s.length; i++) {
    const d = parseInt(s[i]!, 36);
    if (Number.isNaN(d) || d >= b) break;
    value = value * b + d;
  }
  if (i === start) return { value: 0, used: 0 };
  if (negative) value = value === 0 ? 0 : 2 ** 64 - value;
  return { value, used: i };
}

/** xtables_strtoui with end == NULL: the whole string must be a number in [min, max]. */
export function xtStrtoui(s: string, min: number, max: number, base = 0): number | undefined {
  const { value, used } = strtoull(s, base);
  if (used === 0 || used !== s.length) return undefined;
  return value >= min && value <= max ? value : undefined;
}

/** xtables_strtoui with an end pointer: a number at the start, and the rest of the string. */
export function xtStrtouiPrefix(s: string, min: number, max: number, base = 0): { value: number; rest: string } | undefined {
  const { value, used } = strtoull(s, base);
  if (used === 0 || value < min || value > max) return undefined;
  return { value, rest: s.slice(used) };
}

/** Runs of 0 to 64 spaces, made once: a 100,000-row listing pads every column without a new string. */
const SPACES = Array.from({ length: 65 }, (_, n) => " ".repeat(n));

/** n spaces (none for n <= 0). */
export function padding(n: number): string {
  if (n <= 0) return "";
  return n < SPACES.length ? SPACES[n]! : " ".repeat(n);
}

const spaces = padding;

export function padEnd(s: string, width: number): string {
  return s.length >= width ? s : s + spaces(width - s.length);
}

export function padStart(s: string, width: number): string {
  return s.length >= width ? s : spaces(width - s.length) + s;
}

/** printf("0x%x") of an unsigned 32-bit value. */
export function hex(value: number): string {
  return "0x" + (value >>> 0).toString(16);
}
