/**
 * --format for the list commands (ps, network ls, images): "table ..." with
 * a header and tabwriter columns, "json" for one JSON object per line, or
 * any template applied to each row. `\t` and `\n` typed in the format are
 * tabs and newlines, as the CLI makes them.
 */
import type { CommandResult } from "../types.js";
import { dockerTable, tabwrite } from "./tabwriter.js";
import { execTemplate, templateFields, TemplateError } from "./template.js";
import { goJsonCompact } from "./go-json.js";

export type Row = Record<string, string>;

export function formatRows(format: string, rows: readonly Row[], headers: Readonly<Record<string, string>>): CommandResult {
  if (format === "json") return { stdout: rows.map((r) => `${goJsonCompact(sortedRow(r))}\n`).join(""), stderr: "", exitCode: 0 };
  const isTable = format.startsWith("table");
  const body = (isTable ? format.slice(5).replace(/^\s/, "") : format).replaceAll("\\t", "\t").replaceAll("\\n", "\n");
  try {
    const lines = rows.map((r) => execTemplate(body, r));
    if (!isTable) return { stdout: lines.map((l) => `${l}\n`).join(""), stderr: "", exitCode: 0 };
    const header = execTemplate(body, Object.fromEntries(templateFields(body).map((f) => [f, headers[f] ?? f.toUpperCase()])));
    if (!body.includes("\t")) return { stdout: [header, ...lines].map((l) => `${l}\n`).join(""), stderr: "", exitCode: 0 };
    const table = [header, ...lines].map((l) => l.split("\t"));
    return { stdout: dockerTable(table), stderr: "", exitCode: 0 };
  } catch (e) {
    if (e instanceof TemplateError) return { stdout: "", stderr: `template parsing error: ${e.message}\n`, exitCode: 64 };
    throw e;
  }
}

function sortedRow(r: Row): Row {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : 1)));
}

export { tabwrite };
