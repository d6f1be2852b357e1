/**
 * How ip fails, in its own words (lib/utils.c, lib/libnetlink.c): argument
 * errors exit at once with status 255 (exit(-1)) or 1, kernel refusals print
 * "RTNETLINK answers: ..." or the kernel's "Error: ...." and give status 2.
 * IpExit stands for C's exit(): it is thrown inside the ip command and caught
 * once at its top, which turns it into the command's result.
 */

export class IpExit {
  constructor(
    readonly code: number,
    readonly stderr: string,
  ) {}
}

export function exitWith(code: number, stderr: string): never {
  throw new IpExit(code, stderr);
}

/** invarg: `Error: argument "X" is wrong: MSG` (MSG often ends in its own newline). */
export function invarg(msg: string, arg: string): never {
  return exitWith(255, `Error: argument "${arg}" is wrong: ${msg}\n`);
}

export function duparg(key: string, arg: string): never {
  return exitWith(255, `Error: duplicate "${key}": "${arg}" is the second value.\n`);
}

export function duparg2(key: string, arg: string): never {
  return exitWith(255, `Error: either "${key}" is duplicate, or "${arg}" is a garbage.\n`);
}

export function incompleteCommand(): never {
  return exitWith(255, 'Command line is not complete. Try option "help"\n');
}

/** nodev: printed, then the command returns -1 (status 1). */
export function nodev(dev: string): never {
  return exitWith(1, `Cannot find device "${dev}"\n`);
}

const STRERROR: Readonly<Record<string, string>> = {
  EEXIST: "File exists",
  ESRCH: "No such process",
  ENOENT: "No such file or directory",
  ENODEV: "No such device",
  EINVAL: "Invalid argument",
  EOPNOTSUPP: "Operation not supported",
  ENETUNREACH: "Network is unreachable",
  EHOSTUNREACH: "No route to host",
  EADDRNOTAVAIL: "Cannot assign requested address",
  EBUSY: "Device or resource busy",
  ENETDOWN: "Network is down",
  ELOOP: "Too many levels of symbolic links",
  EPERM: "Operation not permitted",
  EACCES: "Permission denied",
  ENOTCONN: "Transport endpoint is not connected",
  EAFNOSUPPORT: "Address family not supported by protocol",
  ENOBUFS: "No buffer space available",
};

export function strerror(errno: string): string {
  return STRERROR[errno] ?? errno;
}

/** A kernel refusal without an extended ack: `RTNETLINK answers: <strerror>`, status 2. */
export function rtnlError(errno: string): never {
  return exitWith(2, `RTNETLINK answers: ${strerror(errno)}\n`);
}

/** A kernel refusal with an extended ack message: `Error: <msg>.`, status 2. */
export function extackError(msg: string): never {
  return exitWith(2, `Error: ${msg}${msg.endsWith(".") ? "" : "."}\n`);
}
