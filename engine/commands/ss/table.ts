/**
 * ss's output layout (iproute2 6.1 ss.c, columns and render_calc_width) when
 * stdout is not a terminal: each column as wide as its widest field (or its
 * header, when headers are printed); State, Recv-Q, Send-Q and the ports
 * left-aligned, the queues printed "%-6d", the addresses (with their colon)
 * right-aligned; " " before Recv-Q, Send-Q and each address, nothing before
 * a port or the Process column, which holds -p's users and -o's timer.
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
  /** timer:(timewait,58sec,0) */
  readonly timer?: string;
}

interface Column {
  readonly key: "netid" | "state" | "other";
  readonly header: string;
  readonly align: "left" | "right";
  readonly delim: string;
  readonly cell: (r: SsRow) => string;
}

const COLUMNS: readonly Column[] = [
  { key: "netid", header: "Netid", align: "left", delim: "", cell: (r) => r.netid ?? "" },
  { key: "state", header: "State", align: "left", delim: " ", cell: (r) => r.state },
  { key: "other", header: "Recv-Q", align: "left", delim: " ", cell: (r) => String(r.recvQ).padEnd(6) },
  { key: "other", header: "Send-Q", align: "left", delim: " ", cell: (r) => String(r.sendQ).padEnd(6) },
  { key: "other", header: "Local Address:", align: "right", delim: " ", cell: (r) => `${r.local}:` },
  { key: "other", header: "Port", align: "left", delim: "", cell: (r) => r.localPort },
  { key: "other", header: "Peer Address:", align: "right", delim: " ", cell: (r) => `${r.peer}:` },
  { key: "other", header: "Port", align: "left", delim: "", cell: (r) => r.peerPort },
];

function pad(text: string, width: number, align: "left" | "right"): string {
  return align === "left" ? text.padEnd(width) : text.padStart(width);
}

export function renderTable(rows: readonly SsRow[], o: { netid: boolean; state?: boolean; process: boolean; header: boolean }): string {
  const columns = COLUMNS.filter((c) => (c.key === "netid" ? o.netid : c.key === "state" ? o.state !== false : true));
  const widths = columns.map((c) => Math.max(o.header ? c.header.length : 0, ...rows.map((r) => c.cell(r).length)));
  const ext = (r: SsRow): string => (r.timer ? ` ${r.timer}` : "");
  // The timers are a column (counted in the header's width); -p's users are not.
  const extWidth = Math.max(o.header ? "Process".length : 0, ...rows.map((r) => ext(r).length));
  const processWidth = Math.max(extWidth, ...rows.map((r) => (o.process ? (r.process ?? "").length : 0)));
  const line = (cells: readonly string[]): string =>
    cells.map((text, i) => (i === 0 ? "" : columns[i]!.delim) + pad(text, widths[i]!, columns[i]!.align)).join("");
  let out = o.header ? `${line(columns.map((c) => c.header))}${"Process".padEnd(extWidth)}\n` : "";
  for (const r of rows) {
    const cells = line(columns.map((c) => c.cell(r)));
    out += o.process && r.process ? `${cells} ${r.process}${ext(r)}\n` : `${cells}${ext(r).padEnd(processWidth)}\n`;
  }
  return out;
}
