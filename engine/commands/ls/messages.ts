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
