/**
 * The five iptables tables and their built-in chains, in hook order, and the
 * helpers that create a table as the kernel (legacy) or iptables-nft does:
 * every built-in chain with policy ACCEPT and zero counters.
 */
import { isSealed } from "./sealed.js";
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
  const chains = table.chains;
  return Array.from(listingPositions(table), (i) => chains[i]!);
}

/** listingOrder as positions in table.chains (a copy: the caller may keep or change it). */
export function listingPositions(table: Table): Int32Array {
  const chains = table.chains;
  const last = lastOrder.get(chains);
  // A sealed table's chains stay as they are (sealed.ts); another table's are compared with the ones sorted.
  if (last && (isSealed(table) || sameChains(chains, last))) return last.order.slice();
  const user: number[] = [];
  const order = new Int32Array(chains.length);
  let at = 0;
  for (let i = 0; i < chains.length; i++) {
    if (chains[i]!.policy !== undefined) order[at++] = i;
    else user.push(i);
  }
  for (const i of sortedByName(chains, user)) order[at++] = i;
  lastOrder.set(chains, { chains: [...chains], names: chains.map((c) => c.name), order });
  return order.slice();
}

/**
 * The last listing order of a table's chains (iptables-save and then -L of
 * kube-proxy's 30,000 chains sort them once). It stands while the table
 * holds the same chain objects under the same names.
 */
interface ListingOrder {
  readonly chains: readonly Chain[];
  readonly names: readonly string[];
  readonly order: Int32Array;
}

const lastOrder = new WeakMap<readonly Chain[], ListingOrder>();

function sameChains(chains: readonly Chain[], last: ListingOrder): boolean {
  if (chains.length !== last.chains.length) return false;
  for (let i = 0; i < chains.length; i++) {
    const c = chains[i]!;
    if (c !== last.chains[i] || c.name !== last.names[i]) return false;
  }
  return true;
}

/** Names up to this long are sorted by a copy of their characters in one array. */
const KEY_WIDTH = 32;

/** Ranges this short are finished by insertion. */
const SMALL = 24;

/**
 * The chains at positions `which` of `chains`, as positions in
 * compareChainNames order of their names. Thousands of names (kube-proxy's)
 * are sorted by a radix sort of one packed array of their characters
 * (ASCII), most significant character first: comparing the strings
 * themselves, scattered over the heap, takes many times longer, and
 * kube-proxy's names ("KUBE-SEP-" and 16 characters of a hash) are told
 * apart by their first few differing characters.
 */
function sortedByName(chains: readonly Chain[], which: readonly number[]): readonly number[] {
  const n = which.length;
  const byCompare = (): number[] => [...which].sort((a, b) => compareChainNames(chains[a]!.name, chains[b]!.name));
  if (n < 256) return byCompare();
  // Name i's characters at keys[i * KEY_WIDTH ...], zero-padded: a name sorts before the longer names it begins (chain names hold no NUL).
  const keys = new Uint8Array(n * KEY_WIDTH);
  for (let i = 0; i < n; i++) {
    const name = chains[which[i]!]!.name;
    if (name.length > KEY_WIDTH) return byCompare();
    const row = i * KEY_WIDTH;
    for (let k = 0; k < name.length; k++) {
      const c = name.charCodeAt(k);
      if (c > 127) return byCompare();
      keys[row + k] = c;
    }
  }
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  sortRange(keys, order, new Int32Array(n), 0, n, 0);
  return Array.from(order, (i) => which[i]!);
}

/** Sorts order[lo, hi) by the keys' characters from `column` on (their earlier characters are equal). */
function sortRange(keys: Uint8Array, order: Int32Array, scratch: Int32Array, lo: number, hi: number, column: number): void {
  while (column < KEY_WIDTH) {
    if (hi - lo <= SMALL) {
      insertionSort(keys, order, lo, hi, column);
      return;
    }
    const start = new Int32Array(129);
    for (let i = lo; i < hi; i++) start[keys[order[i]! * KEY_WIDTH + column]! + 1]!++;
    // A column every name has the same character in ("KUBE-" of kube-proxy's chains): on to the next.
    const first = keys[order[lo]! * KEY_WIDTH + column]!;
    if (start[first + 1] === hi - lo) {
      if (first === 0) return;
      column++;
      continue;
    }
    for (let c = 1; c <= 128; c++) start[c]! += start[c - 1]!;
    for (let i = lo; i < hi; i++) {
      const at = order[i]!;
      scratch[lo + start[keys[at * KEY_WIDTH + column]!]!++] = at;
    }
    order.set(scratch.subarray(lo, hi), lo);
    // start[c] is now where character c's names end; the names that ended here (c = 0) are equal.
    let from = lo + start[0]!;
    for (let c = 1; c < 128; c++) {
      const to = lo + start[c]!;
      if (to - from > 1) sortRange(keys, order, scratch, from, to, column + 1);
      from = to;
    }
    return;
  }
}

function insertionSort(keys: Uint8Array, order: Int32Array, lo: number, hi: number, column: number): void {
  for (let i = lo + 1; i < hi; i++) {
    const at = order[i]!;
    let j = i - 1;
    while (j >= lo && keyAfter(keys, order[j]!, at, column)) {
      order[j + 1] = order[j]!;
      j--;
    }
    order[j + 1] = at;
  }
}

/** Whether key a sorts after key b, their characters before `column` being equal. */
function keyAfter(keys: Uint8Array, a: number, b: number, column: number): boolean {
  const ra = a * KEY_WIDTH;
  const rb = b * KEY_WIDTH;
  for (let k = column; k < KEY_WIDTH; k++) {
    const d = keys[ra + k]! - keys[rb + k]!;
    if (d !== 0) return d > 0;
  }
  return false;
}
