/**
 * The tables a command works on: reads see the stored tables, writes go to
 * staged copies that are stored only when the whole command succeeded.
 *
 * iptables-nft creates a table (with all its built-in chains) the first time
 * a command adds to it; reading a missing table shows empty built-in chains.
 * The legacy kernel instantiates a table on first use by any command, and
 * lists tables newest first (/proc/net/ip_tables_names).
 *
 * Chain lookups go through one index per table (built once, kept in step by
 * the TableEditor), so a 100,000-line restore stays linear.
 */
import { keepShape } from "../../keep-shape.js";
import { seal } from "../../netfilter/sealed.js";
import { newTable } from "../../netfilter/tables.js";
import { stageTable, TableEditor } from "../../netfilter/ops.js";
import type { Backend, Chain, Table, TableName, TableSet, TargetInstance } from "../../netfilter/types.js";

export class TableStore {
  private readonly staged = new Map<TableName, TableEditor>();
  private readonly touched = new Set<TableName>();
  private readonly readIndex = new Map<Table, Map<string, Chain>>();

  constructor(
    private readonly tables: TableSet,
    readonly backend: Backend,
  ) {}

  /** The table as the command sees it; a missing table reads as a fresh one (not stored). */
  read(name: TableName): Table {
    return this.staged.get(name)?.table ?? this.tables[name] ?? newTable(name);
  }

  /** A chain of the table as the command sees it. */
  chain(name: TableName, chain: string): Chain | undefined {
    const editor = this.staged.get(name);
    if (editor) return editor.chain(chain);
    const table = this.tables[name];
    if (!table) return this.read(name).chains.find((c) => c.name === chain);
    let index = this.readIndex.get(table);
    if (!index) {
      index = new Map(table.chains.map((c) => [c.name, c]));
      this.readIndex.set(table, index);
    }
    return index.get(chain);
  }

  /** Whether a chain of the table exists, as the command sees it. */
  hasChain(name: TableName, chain: string): boolean {
    const editor = this.staged.get(name);
    return editor ? editor.has(chain) : this.chain(name, chain) !== undefined;
  }

  /** The jump or goto to a chain of the table as the command sees it (TableEditor.target), or undefined when there is no such chain. */
  chainTarget(name: TableName, chain: string, kind: "jump" | "goto"): TargetInstance | undefined {
    const editor = this.staged.get(name);
    if (editor) return editor.target(chain, kind);
    return this.chain(name, chain) ? { kind, chain } : undefined;
  }

  exists(name: TableName): boolean {
    return this.staged.has(name) || this.tables[name] !== undefined;
  }

  /** The editor of a staged, writable copy (created on first write). */
  editor(name: TableName): TableEditor {
    let e = this.staged.get(name);
    if (!e) {
      const stored = this.tables[name];
      e = new TableEditor(stored ? stageTable(stored) : newTable(name));
      this.staged.set(name, e);
    }
    return e;
  }

  write(name: TableName): Table {
    return this.editor(name).table;
  }

  /** Stages a whole new table in place of the stored one. */
  replace(name: TableName, table: Table): void {
    this.staged.set(name, new TableEditor(table));
  }

  /** Legacy: the kernel module is loaded and the table instantiated, whatever happens next. */
  touch(name: TableName): void {
    if (this.backend === "legacy") this.touched.add(name);
  }

  /** Stores the staged tables (and, on legacy, instantiates touched ones). */
  commit(): void {
    this.instantiate();
    for (const [name, e] of this.staged) {
      this.tables[name] = e.table;
      seal(e.table);
    }
    this.staged.clear();
    this.readIndex.clear();
  }

  /** Failure: drop the staged copies, keep what the legacy kernel did anyway. */
  abort(): void {
    this.staged.clear();
    this.instantiate();
  }

  private instantiate(): void {
    for (const name of this.touched) if (!this.tables[name]) seal((this.tables[name] = newTable(name)));
  }
}

keepShape(new TableStore({}, "nf_tables"));
