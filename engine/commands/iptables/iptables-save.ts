/**
 * `iptables-save` (and -nft-save, -legacy-save): every table that exists,
 * in the backend's order, or one table with -t.
 */
import type { CommandContext, CommandResult, LabCommand } from "../types.js";
import { isTableName, NFT_TABLE_ORDER, newTable } from "../../netfilter/tables.js";
import type { Backend, TableName } from "../../netfilter/types.js";
import { IPTABLES_VERSION, programVersion } from "./errors.js";
import { backendOf, labNames, tableSetOf } from "./iptables.js";
import { legacyWarning } from "./legacy-warning.js";
import { writeTable, type SaveOptions } from "./save-format.js";
import type { NameDb } from "../../netfilter/extension.js";
import { TextBuilder } from "../../netfilter/text-builder.js";
import { stdoutInParts } from "../output-order.js";
import { baseName, simpleGetopt } from "./simple-getopt.js";
import { nameDbFromFiles } from "../../netfilter/names.js";
import { keepShape } from "../../keep-shape.js";

/** What writeTable prints with: one place, so that the example kept below has the layout of every run's. */
function saveOptions(backend: Backend, names: NameDb, generatedBy: string, counters: boolean, nowMs: number): SaveOptions {
  return { backend, names, generatedBy, counters, nowMs };
}

// The save options' layout, kept as the listing's is (execute.ts). The clock's milliseconds are a double, as a world's are.
keepShape(saveOptions("nf_tables", nameDbFromFiles(() => undefined), "", false, 1_767_225_600_000));

const LONGS = [
  { name: "counters", arg: "none", key: "c" }, { name: "version", arg: "none", key: "V" }, { name: "dump", arg: "none", key: "d" },
  { name: "table", arg: "required", key: "t" }, { name: "modprobe", arg: "required", key: "M" }, { name: "file", arg: "required", key: "f" },
] as const;

export function runIptablesSave(ctx: CommandContext, forced?: Backend): CommandResult {
  const backend = forced ?? backendOf(baseName(ctx.argv[0] ?? "iptables-save"), ctx);
  // iptables-nft-save names itself after argv[0]; iptables-legacy-save is always "iptables-save".
  const prog = backend === "nf_tables" ? baseName(ctx.argv[0] ?? "iptables-save") : "iptables-save";
  const opts = simpleGetopt(prog, ctx.argv, "bcdt:M:f:V", LONGS);
  const manual = `Look at manual page \`${prog}.8' for more information.\n`;
  if (!opts.ok) return { stdout: "", stderr: opts.error + manual, exitCode: 1 };
  let counters = false;
  let table: string | undefined;
  let file: string | undefined;
  let stderr = "";
  for (const o of opts.options) {
    if (o.key === "c") counters = true;
    else if (o.key === "t") table = o.arg;
    else if (o.key === "f") file = o.arg;
    else if (o.key === "b") stderr += "-b/--binary option is not implemented\n";
    else if (o.key === "V") return { stdout: `${prog} v${backend === "nf_tables" ? programVersion(backend) : `${IPTABLES_VERSION} (legacy)`}\n`, stderr, exitCode: 0 };
  }
  if (opts.operands.length > 0) return { stdout: "", stderr: stderr + "Unknown arguments found on commandline\n", exitCode: 1 };

  const tables = tableSetOf(ctx, backend);
  const generatedBy = backend === "nf_tables" ? `${prog} v${programVersion(backend)}` : `${prog} v${IPTABLES_VERSION}`;
  const fmt = saveOptions(backend, labNames(ctx), generatedBy, counters, ctx.world.clock.nowMs);
  let names: TableName[];
  if (table !== undefined) {
    if (!isTableName(table)) {
      const err = backend === "nf_tables" ? `Table \`${table}' does not exist\n` : `${prog} v${programVersion(backend)}: Cannot initialize: Table does not exist (do you need to insmod?)\n`;
      return { stdout: "", stderr: stderr + err, exitCode: 1 };
    }
    // legacy: naming a table loads it into the kernel; nft: a missing table prints its built-in chains.
    if (backend === "legacy" && !tables[table]) tables[table] = newTable(table);
    names = [table];
  } else {
    names = backend === "nf_tables" ? NFT_TABLE_ORDER.filter((t) => tables[t]) : (Object.keys(tables) as TableName[]).reverse();
  }
  const out = new TextBuilder();
  for (const n of names) writeTable(out, n, tables[n] ?? newTable(n), fmt);
  if (backend === "nf_tables") stderr += legacyWarning(ctx, "iptables-legacy-save");
  if (file !== undefined) {
    try {
      ctx.fs.writeFile(file, out.text());
    } catch (e) {
      return { stdout: "", stderr: `${stderr}Failed to open file, error: ${errnoText(e)}\n`, exitCode: 1 };
    }
    return { stdout: "", stderr, exitCode: 0 };
  }
  return stdoutInParts(out.parts(), stderr, 0);
}

function errnoText(e: unknown): string {
  const m = /^E[A-Z]+: ([^,]+)/.exec((e as Error).message);
  return m ? m[1]!.replace(/^./, (c) => c.toUpperCase()) : String(e);
}

export const iptablesSaveCommand: LabCommand = {
  name: "iptables-save",
  aliases: ["iptables-nft-save", "iptables-legacy-save"],
  summary: "dump the iptables rules in iptables-restore format",
  run: (ctx) => runIptablesSave(ctx),
  interleavesOutput: true,
};
