/**
 * ls -C (down the columns) and ls -x (across): as many columns as fit in the
 * width, each as wide as its longest name plus two, padded with tabs where a
 * tab stop (every 8) lands inside the padding — as coreutils' indent() does.
 */
const MIN_COLUMN_WIDTH = 3;
const TAB = 8;

export function columnLines(names: readonly string[], width: number, across: boolean): string {
  if (names.length === 0) return "";
  const n = names.length;
  const maxCols = Math.min(n, Math.floor(width / MIN_COLUMN_WIDTH) + (width % MIN_COLUMN_WIDTH ? 1 : 0));
  let best: number[] = [Math.max(...names.map((s) => s.length))];
  for (let cols = maxCols; cols > 1; cols--) {
    const widths = layout(names, cols, across);
    if (widths && widths.reduce((a, b) => a + b, 0) < width) {
      best = widths;
      break;
    }
  }
  const cols = best.length;
  const rows = Math.ceil(n / cols);
  let out = "";
  for (let row = 0; row < rows; row++) {
    let pos = 0;
    let line = "";
    for (let col = 0; col < cols; col++) {
      const i = across ? row * cols + col : row + col * rows;
      if (i >= n) break;
      const name = names[i]!;
      line += name;
      const next = across ? i + 1 : i + rows;
      if (next >= n || (across && col === cols - 1)) break;
      line += indent(pos + name.length, pos + best[col]!);
      pos += best[col]!;
    }
    out += line + "\n";
  }
  return out;
}

/** Column widths with `cols` columns (the last without its two spaces), or undefined when a column is empty. */
function layout(names: readonly string[], cols: number, across: boolean): number[] | undefined {
  const n = names.length;
  const rows = Math.ceil(n / cols);
  const widths = new Array<number>(cols).fill(MIN_COLUMN_WIDTH);
  for (let i = 0; i < n; i++) {
    const col = across ? i % cols : Math.floor(i / Math.ceil(n / cols));
    if (col >= cols) return undefined;
    widths[col] = Math.max(widths[col]!, names[i]!.length + (col === cols - 1 ? 0 : 2));
  }
  return rows > 0 ? widths : undefined;
}

function indent(from: number, to: number): string {
  let out = "";
  while (from < to) {
    if (Math.floor(to / TAB) > Math.floor((from + 1) / TAB)) {
      out += "\t";
      from += TAB - (from % TAB);
    } else {
      out += " ";
      from++;
    }
  }
  return out;
}
