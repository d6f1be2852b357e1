/**
 * iptables-nft's nft_check_xt_legacy: when the legacy ip_tables modules
 * hold tables in this namespace, nft listings end with a warning on stderr.
 */
import type { CommandContext } from "../types.js";

export function legacyWarning(ctx: CommandContext, tool: "iptables-legacy" | "iptables-legacy-save"): string {
  const legacy = ctx.ns.netfilter.legacy;
  return Object.keys(legacy).length > 0 ? `# Warning: iptables-legacy tables present, use ${tool} to see them\n` : "";
}
