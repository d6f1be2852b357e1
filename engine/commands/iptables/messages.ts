/**
 * What each backend prints when the kernel or its library refuses a change.
 * iptables-nft: nft_strerror, or " RULE_APPEND failed (EXPLANATION): rule in
 * chain X" from the batch; iptables-legacy: iptc_strerror. Both end with
 * "iptables: MESSAGE." and exit 1, except the nft batch errors (exit 4).
 */
import type { OpError } from "../../netfilter/ops.js";
import type { Backend } from "../../netfilter/types.js";
import { IptError, programVersion } from "./errors.js";

export type Operation =
  | "append" | "insert" | "replace" | "delete" | "delete_num" | "check" | "flush" | "zero" | "zero_num"
  | "new_chain" | "delete_chain" | "rename" | "policy" | "list";

const STRERROR: Record<string, string> = {
  ENOENT: "No such file or directory",
  EEXIST: "File exists",
  E2BIG: "Argument list too long",
  EBUSY: "Device or resource busy",
  EMLINK: "Too many links",
  ENOTEMPTY: "Directory not empty",
  EINVAL: "Invalid argument",
  ELOOP: "Too many levels of symbolic links",
  EOPNOTSUPP: "Operation not supported",
  ERANGE: "Numerical result out of range",
};

/** "iptables: MESSAGE." (with the dmesg hint after EINVAL). */
function front(prog: string, message: string, errno: string): IptError {
  const hint = errno === "EINVAL" ? " Run `dmesg' for more information." : "";
  return new IptError(`${prog}: ${message}.${hint}\n`, 1, "", { type: "front", message, errno });
}

/** The error for a failed table operation. */
export function opFailure(backend: Backend, op: Operation, errno: OpError, prog = "iptables"): IptError {
  return backend === "nf_tables" ? nftFailure(op, errno, prog) : legacyFailure(op, errno, prog);
}

function nftFailure(op: Operation, errno: OpError, prog: string): IptError {
  const table: Partial<Record<Operation, Partial<Record<OpError, string>>>> = {
    delete_chain: { ENOTEMPTY: "Chain is not empty", EBUSY: "Directory not empty", EMLINK: "Can't delete chain with references left" },
    new_chain: { EEXIST: "Chain already exists" },
    rename: { EEXIST: "File exists" },
    insert: { E2BIG: "Index of insertion too big" },
    check: { ENOENT: "Bad rule (does a matching rule exist in that chain?)" },
    replace: { E2BIG: "Index of replacement too big" },
    delete_num: { E2BIG: "Index of deletion too big" },
    delete: { ENOENT: "Bad rule (does a matching rule exist in that chain?)" },
    policy: { ENOENT: "Bad built-in chain name", EINVAL: "Bad policy name" },
  };
  const generic: Partial<Record<OpError, string>> = { ELOOP: "Loop found in table", ENOENT: "No chain/target/match by that name" };
  return front(prog, table[op]?.[errno] ?? generic[errno] ?? STRERROR[errno] ?? errno, errno);
}

function legacyFailure(op: Operation, errno: OpError, prog: string): IptError {
  const table: Partial<Record<Operation, Partial<Record<OpError, string>>>> = {
    new_chain: { EEXIST: "Chain already exists" },
    insert: { E2BIG: "Index of insertion too big", ELOOP: "Loop found in table", EINVAL: "Target problem" },
    replace: { E2BIG: "Index of replacement too big" },
    delete_num: { E2BIG: "Index of deletion too big" },
    zero_num: { E2BIG: "Index of counter too big" },
    delete: { ENOENT: "Bad rule (does a matching rule exist in that chain?)" },
    check: { ENOENT: "Bad rule (does a matching rule exist in that chain?)" },
    policy: { ENOENT: "Bad built-in chain name", EINVAL: "Bad policy name" },
  };
  const generic: Partial<Record<OpError, string>> = { ENOENT: "No chain/target/match by that name" };
  return front(prog, table[op]?.[errno] ?? generic[errno] ?? STRERROR[errno] ?? errno, errno);
}

/** An nft batch object the kernel refused: " CHAIN_DEL failed (Device or resource busy): chain X" (exit 4). */
export function nftBatchFailure(prog: string, object: string, errno: string, what: string): IptError {
  return new IptError(`${prog} v${programVersion("nf_tables")}:  ${object} failed (${STRERROR[errno] ?? errno}): ${what}\n`, 4, "", { type: "batch", errno });
}

export function strerror(errno: string): string {
  return STRERROR[errno] ?? errno;
}

/** The commit of a legacy table failed in the kernel (translate_table). */
export function legacyCommitFailure(prog: string, errno: string): IptError {
  // iptc_strerror's entries for any function: ENOENT (a module the kernel does not know) has its own words.
  return front(prog, errno === "ENOENT" ? "No chain/target/match by that name" : STRERROR[errno] ?? errno, errno);
}
