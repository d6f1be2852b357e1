/**
 * How rendered text is dressed: SGR sequences for a terminal, nothing for a
 * pipe or a file. Each style closes only what it opened (22, 23, 39), so
 * styles nest: bold text may hold a `code` span.
 */

export interface TextStyle {
  bold(text: string): string;
  em(text: string): string;
  /** `code` spans and blocks. */
  code(text: string): string;
  /** Secondary text: reasons, hints about commands. */
  dim(text: string): string;
  /** A goal that passes. */
  ok(text: string): string;
  /** A goal that fails. */
  fail(text: string): string;
  /** Whether text is dressed at all (plain output keeps the backticks of `code`). */
  readonly ansi: boolean;
}

const sgr = (on: number, off: number) => (text: string) => (text === "" ? "" : `\x1b[${on}m${text}\x1b[${off}m`);

export const ANSI_STYLE: TextStyle = {
  bold: sgr(1, 22),
  em: sgr(3, 23),
  code: sgr(36, 39),
  dim: sgr(2, 22),
  ok: sgr(32, 39),
  fail: sgr(31, 39),
  ansi: true,
};

const same = (text: string): string => text;

export const PLAIN_STYLE: TextStyle = {
  bold: same,
  em: same,
  code: (text) => `\`${text}\``,
  dim: same,
  ok: same,
  fail: same,
  ansi: false,
};

export function styleFor(ansi: boolean): TextStyle {
  return ansi ? ANSI_STYLE : PLAIN_STYLE;
}

/** Whether a terminal may be shown colours: yes unless NO_COLOR is set (no-color.org). */
export function colour(): boolean {
  return !process.env["NO_COLOR"];
}
