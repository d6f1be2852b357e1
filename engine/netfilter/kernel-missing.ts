/**
 * Extensions iptables 1.8.9 ships whose kernel module the lab's kernel (as
 * the recording host's 6.18) does not have: libxtables warns when it loads
 * one ("revision 0 not supported"), parses its options, and the kernel then
 * refuses the rule with ENOENT.
 */
import type { CheckFailure, ParseContext } from "./extension.js";

export function warnMissing(name: string, ctx: ParseContext): void {
  ctx.warn(`Warning: Extension ${name} revision 0 not supported, missing kernel module?\n`);
}

export const noKernelModule = (name: string): CheckFailure => ({ dmesg: `x_tables: ip_tables: ${name}: no such module`, errno: "ENOENT" });
