/**
 * The tables a command works on: reads see the stored tables, writes go to
 * staged copies that are stored only when the whole command succeeded.
 *
 * iptables-nft creates a table (with all its built-in chains) the first time
 * a command adds to it; reading a missing table shows empty built-in chains.
 * The legacy kernel instantiates a table on first use by any command, and
 * lists tables newest first (/proc/net/ip_tables_names).
 */
import { newTable } from "../../netfilter/tables.js";
import { stageTable } from "../../netfilter/ops.js";
import type { Backend, Table, TableName, TableSet } from "../../netfilter/types.js";

export class TableStore {
  private readonly staged = new Map<TableName, Table>();
  private readonly touched = new Set<TableName>();

  constructor(
    private readonly tables: TableSet,
    readonly backend: Backend,
  ) {}

  /** The table as the command sees it; a missing table reads as a fresh one (not stored). */
  read(name: TableName): Table {
    return this.staged.get(name) ?? this.tables[name] ?? newTable(name);
  }

  exists(name: TableName): boolean {
    return this.staged.has(name) || this.tables[name] !== undefined;
  }

  /** A staged, writable copy (created on first write). */
  write(name: TableName): Table {
    let t = this.staged.get(name);
    if (!t) {
      const stored = this.tables[name];
      t = stored ? stageTable(stored) : newTable(name);
      this.staged.set(name, t);
    }
    return t;
  }

  /** Stages a whole new table in place of the stored one. */
  replace(name: TableName, table: Table): void {
    this.staged.set(name, table);
  }

  /** Legacy: the kernel module is loaded and the table instantiated, whatever happens next. */
  touch(name: TableName): void {
    if (this.backend === "legacy") this.touched.add(name);
  }

  /** Stores the staged tables (and, on legacy, instantiates touched ones). */
  commit(): void {
    for (const name of this.touched) if (!this.tables[name]) this.tables[name] = newTable(name);
    for (const [name, t] of this.staged) this.tables[name] = t;
    this.staged.clear();
  }

  /** Failure: drop the staged copies, keep what the legacy kernel did anyway. */
  abort(): void {
    this.staged.clear();
    for (const name of this.touched) if (!this.tables[name]) this.tables[name] = newTable(name);
  }
}
