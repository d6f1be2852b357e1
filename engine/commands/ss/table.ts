/**
 * ss's output layout (iproute2 6.1 ss.c, columns and render_calc_width) when
 * stdout is not a terminal: each column as wide as its widest field or its
 * header; State, Recv-Q, Send-Q and the ports left-aligned, the addresses
 * (with their colon) right-aligned; " " before Recv-Q, Send-Q and each
 * address, nothing before a port or the Process header.
 */

export interface SsRow {
  readonly netid?: string;
  readonly state: string;
  readonly recvQ: number;
  readonly sendQ: number;
  /** "0.0.0.0" */
  readonly local: string;
  /** "80", "http", "*" */
  readonly localPort: string;
  readonly peer: string;
  readonly peerPort: string;
  /** users:(("nc",pid=1234,fd=3)) */
  readonly process?: string;
}

interface Column {
  readonly header: string;
  readonly align: "left" | "right";
  readonly delim: string;
  readonly cell: (r: SsRow) => string;
}

const COLUMNS: readonly Column[] = [
  { header: "Netid", align: "left", delim: "", cell: (r) => r.netid ?? "" },
  { header: "State", align: "left", delim: " ", cell: (r) => r.state },
  { header: "Recv-Q", align: "left", delim: " ", cell: (r) => String(r.recvQ) },
  { header: "Send-Q", align: "left", delim: " ", cell: (r) => String(r.sendQ) },
  { header: "Local Address:", align: "right", delim: " ", cell: (r) => `${r.local}:` },
  { header: "Port", align: "left", delim: "", cell: (r) => r.localPort },
  { header: "Peer Address:", align: "right", delim: " ", cell: (r) => `${r.peer}:` },
  { header: "Port", align: "left", delim: "", cell: (r) => r.peerPort },
];

function pad(text: string, width: number, align: "left" | "right"): string {
  return align === "left" ? text.padEnd(width) : text.padStart(width);
}

export function renderTable(rows: readonly SsRow[], o: { netid: boolean; process: boolean; header: boolean }): string {
  const columns = o.netid ? COLUMNS : COLUMNS.slice(1);
  const widths = columns.map((c) => Math.max(c.header.length, ...rows.map((r) => c.cell(r).length)));
  const processWidth = Math.max("Process".length, ...rows.map((r) => (o.process ? (r.process ?? "").length : 0)));
  const line = (cells: readonly string[]): string =>
    cells.map((text, i) => (i === 0 ? "" : columns[i]!.delim) + pad(text, widths[i]!, columns[i]!.align)).join("");
  let out = o.header ? `${line(columns.map((c) => c.header))}Process\n` : "";
  for (const r of rows) {
    const cells = line(columns.map((c) => c.cell(r)));
    out += o.process && r.process ? `${cells} ${r.process}\n` : `${cells}${" ".repeat(processWidth)}\n`;
  }
  return out;
}
