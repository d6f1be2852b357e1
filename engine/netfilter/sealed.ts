/**
 * Tables that TableStore has stored. Nothing changes a stored table in
 * place: every command stages a copy, changes that, and stores it as a new
 * table. So what is worked out from a sealed table (its compiled form for
 * the packet walk) holds as long as the table is the same object, and need
 * not be checked chain by chain on every packet (kube-proxy's 40,000
 * chains: a third of a traced SYN). Tables made any other way (a world read
 * from a snapshot, a test's hand-built table) are not sealed and are checked.
 */
import type { Table } from "./types.js";

const sealed = new WeakSet<Table>();

export function seal(table: Table): void {
  sealed.add(table);
}

export function isSealed(table: Table): boolean {
  return sealed.has(table);
}
