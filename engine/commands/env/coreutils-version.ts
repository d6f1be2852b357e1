/** `--version` of a GNU coreutils 9.1 tool, as Debian 12 prints it. */
export function coreutilsVersion(tool: string, authors: string): string {
  return `${tool} (GNU coreutils) 9.1
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by ${authors}.
`;
}
