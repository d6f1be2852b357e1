/** ls's messages, worded as GNU coreutils 9.1 words them. */

/** A name in a message, quoted as ls quotes it ('x', or "it's" when it holds a quote). */
export function quoteName(name: string): string {
  return name.includes("'") ? `"${name}"` : `'${name}'`;
}

const TRY = "Try 'ls --help' for more information.\n";

export const invalidOption = (c: string): string => `ls: invalid option -- '${c}'\n${TRY}`;
export const unrecognizedOption = (arg: string): string => `ls: unrecognized option '${arg}'\n${TRY}`;
export const missingArgument = (c: string): string => `ls: option requires an argument -- '${c}'\n${TRY}`;
/** Like other argument errors, in the UTF-8 locale's quotes. */
export const invalidWidth = (value: string): string => `ls: invalid line width: \u2018${value}\u2019\n`;
export const cannotAccess = (name: string, reason: string): string => `ls: cannot access ${quoteName(name)}: ${reason}\n`;
export const cannotOpenDirectory = (name: string, reason: string): string => `ls: cannot open directory ${quoteName(name)}: ${reason}\n`;

/** A real ls option the lab leaves out says so, rather than being ignored. */
export const notEmulated = (option: string): string => `ls: ${option}: not emulated in the lab (it has no inodes, colours or other times)\n`;

/** "ENOENT: no such file or directory, stat '/x'" as strerror words it. */
export function reason(e: unknown): string {
  const message = e instanceof Error ? e.message : String(e);
  if (message.startsWith("ENOENT")) return "No such file or directory";
  if (message.startsWith("ENOTDIR")) return "Not a directory";
  if (message.startsWith("ELOOP")) return "Too many levels of symbolic links";
  if (message.startsWith("EACCES")) return "Permission denied";
  return message;
}

const VALID_COLORS = "  - \u2018always\u2019, \u2018yes\u2019, \u2018force\u2019\n  - \u2018never\u2019, \u2018no\u2019, \u2018none\u2019\n  - \u2018auto\u2019, \u2018tty\u2019, \u2018if-tty\u2019\n";
export const invalidColor = (value: string): string =>
  `ls: invalid argument \u2018${value}\u2019 for \u2018--color\u2019\nValid arguments are:\n${VALID_COLORS}${TRY}`;
export const invalidTimeStyle = (value: string): string =>
  `ls: invalid argument \u2018${value}\u2019 for \u2018time style\u2019\nValid arguments are:\n  - [posix-]full-iso\n  - [posix-]long-iso\n  - [posix-]iso\n  - [posix-]locale\n  - +FORMAT (e.g., +%H:%M) for a 'date'-style format\n${TRY}`;
