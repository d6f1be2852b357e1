/**
 * Go's text/tabwriter (with the flags the docker CLI uses: none, pad with
 * spaces on the right): tab-terminated cells of consecutive lines form a
 * column as wide as its widest cell plus the padding, never less than
 * minwidth; a line's last cell is not part of any column.
 */
export interface TabwriterOptions {
  minwidth: number;
  padding: number;
}

const width = (s: string): number => [...s].length;

export function tabwrite(text: string, opts: TabwriterOptions): string {
  const endsWithNewline = text.endsWith("\n");
  const lines = (endsWithNewline ? text.slice(0, -1) : text).split("\n").map((l) => l.split("\t"));
  const widths: number[] = [];
  let out = "";
  const writeLines = (l0: number, l1: number): void => {
    for (let i = l0; i < l1; i++) {
      const line = lines[i]!;
      line.forEach((cell, j) => {
        out += j < widths.length && j < line.length - 1 ? cell.padEnd(cell.length + widths[j]! - width(cell)) : cell;
      });
      if (i < lines.length - 1 || endsWithNewline) out += "\n";
    }
  };
  const format = (line0: number, line1: number): void => {
    const column = widths.length;
    for (let self = line0; self < line1; self++) {
      if (column >= lines[self]!.length - 1) continue;
      writeLines(line0, self);
      line0 = self;
      let w = opts.minwidth;
      for (; self < line1; self++) {
        const line = lines[self]!;
        if (column >= line.length - 1) break;
        w = Math.max(w, width(line[column]!) + opts.padding);
      }
      widths.push(w);
      format(line0, self);
      widths.pop();
      line0 = self;
      self--;
    }
    writeLines(line0, line1);
  };
  format(0, lines.length);
  return out;
}

/** The docker CLI's tables: tabwriter.NewWriter(out, 10, 1, 3, ' ', 0). */
export function dockerTable(rows: readonly (readonly string[])[]): string {
  return tabwrite(rows.map((r) => r.join("\t")).join("\n") + "\n", { minwidth: 10, padding: 3 });
}
