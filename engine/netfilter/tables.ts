/**
 * The five iptables tables and their built-in chains, in hook order, and the
 * helpers that create a table as the kernel (legacy) or iptables-nft does:
 * every built-in chain with policy ACCEPT and zero counters.
 */
import type { Chain, HookName, Table, TableName } from "./types.js";

export const TABLE_NAMES: readonly TableName[] = ["raw", "mangle", "nat", "filter", "security"];

export const BUILTIN_CHAINS: Readonly<Record<TableName, readonly HookName[]>> = {
  raw: ["PREROUTING", "OUTPUT"],
  mangle: ["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"],
  nat: ["PREROUTING", "INPUT", "OUTPUT", "POSTROUTING"],
  filter: ["INPUT", "FORWARD", "OUTPUT"],
  security: ["INPUT", "FORWARD", "OUTPUT"],
};

/** The order iptables-nft-save walks tables (iptables/nft.h, enum nft_table_type). */
export const NFT_TABLE_ORDER: readonly TableName[] = ["mangle", "security", "raw", "filter", "nat"];

export function isTableName(name: string): name is TableName {
  return (TABLE_NAMES as readonly string[]).includes(name);
}

export function isBuiltinChain(table: TableName, chain: string): chain is HookName {
  return (BUILTIN_CHAINS[table] as readonly string[]).includes(chain);
}

export function newTable(table: TableName): Table {
  return { chains: BUILTIN_CHAINS[table].map((name) => newBuiltinChain(name)) };
}

export function newBuiltinChain(name: HookName): Chain {
  return { name, policy: "ACCEPT", counters: { packets: 0, bytes: 0 }, rules: [] };
}

export function newUserChain(name: string): Chain {
  return { name, counters: { packets: 0, bytes: 0 }, rules: [] };
}

/** Chains by name, built once per command (never Array.find per rule). */
export function chainIndex(table: Table): Map<string, Chain> {
  return new Map(table.chains.map((c) => [c.name, c]));
}

/** Byte order of the C locale (strcmp), which both backends list user chains in. */
export function compareChainNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Built-in chains in hook order, then user chains sorted by name: the order -L, -S and save print. */
export function listingOrder(table: Table): Chain[] {
  const out: Chain[] = [];
  const user = new Map<string, Chain>();
  for (const c of table.chains) {
    if (c.policy !== undefined) out.push(c);
    else user.set(c.name, c);
  }
  // The default sort compares UTF-16 code units, as compareChainNames does, without a call per comparison.
  for (const name of [...user.keys()].sort()) out.push(user.get(name)!);
  return out;
}
