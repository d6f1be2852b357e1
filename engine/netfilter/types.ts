/**
 * Netfilter state of one namespace, as iptables sees it. Filled in by the
 * netfilter layer (tables, chains, rules); the world only stores it.
 */
export type TableName = "raw" | "mangle" | "nat" | "filter" | "security";

export interface NetfilterState {
  /** Tables that exist. On nf_tables a table appears the first time iptables touches it. */
  tables: Partial<Record<TableName, unknown>>;
}

export function emptyNetfilter(): NetfilterState {
  return { tables: {} };
}
