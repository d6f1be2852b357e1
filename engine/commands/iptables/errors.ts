/**
 * How iptables reports failures. xtables_error prints
 * "iptables v1.8.9 (nf_tables): MSG" and, for a parameter problem, the
 * "Try `iptables -h'" hint (restore adds "Error occurred at line: N").
 * Kernel and libiptc errors are printed by the front end as "iptables: MSG.".
 * Inside the command code an IptError is thrown and caught at the edge.
 */
import type { ParseFailure } from "../../netfilter/extension.js";
import type { Backend } from "../../netfilter/types.js";

export const IPTABLES_VERSION = "1.8.9";

export function programVersion(backend: Backend): string {
  return `${IPTABLES_VERSION} (${backend === "nf_tables" ? "nf_tables" : "legacy"})`;
}

const EXIT: Record<NonNullable<ParseFailure["kind"]>, number> = { other: 1, param: 2, version: 3, resource: 4 };

/**
 * What failed, for front ends that report it their own way (iptables-restore
 * prints "line N failed: MESSAGE." where iptables prints "iptables: MESSAGE.").
 */
export type ErrorDetail =
  | { readonly type: "xtables"; readonly failure: ParseFailure }
  /** A libiptc / nft_strerror message ("Bad rule (does a matching rule exist in that chain?)"). */
  | { readonly type: "front"; readonly message: string; readonly errno: string }
  /** The kernel refused an nf_tables batch object (" RULE_APPEND failed (...)"). */
  | { readonly type: "batch"; readonly errno: string };

/** A failure carrying the exact stderr text and exit status. */
export class IptError extends Error {
  constructor(
    readonly stderr: string,
    readonly exitCode: number,
    /** Text already printed to stdout before the failure. */
    readonly stdout = "",
    readonly detail?: ErrorDetail,
  ) {
    super(stderr);
  }
}

export interface ErrorContext {
  /** "iptables", "iptables-restore", "iptables-save". */
  readonly prog: string;
  readonly backend: Backend;
  /** The restore line being processed, for "Error occurred at line: N". */
  readonly line?: number;
}

/** xtables_error(kind, msg): the full stderr text. */
export function xtablesErrorText(ctx: ErrorContext, failure: ParseFailure): string {
  const kind = failure.kind ?? "param";
  let text = `${ctx.prog} v${programVersion(ctx.backend)}: ${failure.error}\n`;
  if (kind === "param") {
    if (ctx.line !== undefined) text += `Error occurred at line: ${ctx.line}\n`;
    text += `Try \`${ctx.prog} -h' or '${ctx.prog} --help' for more information.\n`;
  } else if (kind === "version") {
    text += `Perhaps ${ctx.prog} or your kernel needs to be upgraded.\n`;
  }
  return text;
}

export function xtablesError(ctx: ErrorContext, failure: ParseFailure): IptError {
  return new IptError(xtablesErrorText(ctx, failure), EXIT[failure.kind ?? "param"], "", { type: "xtables", failure });
}

/** A parameter problem: throws. */
export function paramProblem(ctx: ErrorContext, error: string): never {
  throw xtablesError(ctx, { error, kind: "param" });
}

/** exit_tryhelp(2): only the hint (after "Bad argument"). */
export function tryHelp(ctx: ErrorContext, before = ""): never {
  let text = before;
  if (ctx.line !== undefined) text += `Error occurred at line: ${ctx.line}\n`;
  text += `Try \`${ctx.prog} -h' or '${ctx.prog} --help' for more information.\n`;
  throw new IptError(text, 2);
}

/** Errors the kernel or libiptc/libnftnl return, by errno name. */
export type Errno = "ENOENT" | "EEXIST" | "E2BIG" | "EBUSY" | "EMLINK" | "ENOTEMPTY" | "EINVAL" | "ELOOP" | "ENXIO";

export const ERRNO_TEXT: Record<Errno, string> = {
  ENOENT: "No such file or directory",
  EEXIST: "File exists",
  E2BIG: "Argument list too long",
  EBUSY: "Device or resource busy",
  EMLINK: "Too many links",
  ENOTEMPTY: "Directory not empty",
  EINVAL: "Invalid argument",
  ELOOP: "Too many levels of symbolic links",
  ENXIO: "No such device or address",
};
