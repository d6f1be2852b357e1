/**
 * Terminal cells: how many columns a character takes and where text lands
 * when a terminal wraps it at the right margin (as readline assumes too).
 * The width table is the common subset of East Asian Wide/Fullwidth and
 * emoji ranges; combining marks and zero-width characters take no cell.
 * Select Graphic Rendition sequences (colours, bold) take no cell either:
 * they travel with the text as units of their own.
 */

const ZERO_WIDTH: readonly (readonly [number, number])[] = [
  [0x0300, 0x036f], [0x200b, 0x200f], [0x20d0, 0x20ff], [0xfe00, 0xfe0f], [0xfe20, 0xfe2f],
];
const WIDE: readonly (readonly [number, number])[] = [
  [0x1100, 0x115f], [0x2e80, 0x303e], [0x3041, 0x33ff], [0x3400, 0x4dbf], [0x4e00, 0x9fff],
  [0xa000, 0xa4cf], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe30, 0xfe4f], [0xff00, 0xff60],
  [0xffe0, 0xffe6], [0x1f300, 0x1f64f], [0x1f900, 0x1f9ff], [0x20000, 0x3fffd],
];

const within = (ranges: typeof WIDE, cp: number): boolean => ranges.some(([lo, hi]) => cp >= lo && cp <= hi);

/** An SGR sequence: CSI, parameters, `m`. */
const SGR = /\x1b\[[0-9;:]*m/y;

/** The characters of a line, each SGR sequence kept whole as one unit. */
export function* cellUnits(text: string): Generator<string> {
  for (let i = 0; i < text.length; ) {
    SGR.lastIndex = i;
    const sgr = text.charCodeAt(i) === 0x1b ? SGR.exec(text) : null;
    const unit = sgr ? sgr[0] : String.fromCodePoint(text.codePointAt(i)!);
    yield unit;
    i += unit.length;
  }
}

/** Columns one character (a code point) or SGR sequence occupies. */
export function cellWidth(char: string): number {
  if (char.length > 2 && char.charCodeAt(0) === 0x1b) return 0;
  const cp = char.codePointAt(0) ?? 0;
  if (within(ZERO_WIDTH, cp)) return 0;
  return within(WIDE, cp) ? 2 : 1;
}

/** Columns a string occupies on one row. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of cellUnits(text)) width += cellWidth(char);
  return width;
}

/** Splits text into screen rows of at most `columns` cells; "\n" starts a new row. */
export function wrapRows(text: string, columns: number): string[] {
  const width = Math.max(1, columns);
  const rows: string[] = [];
  for (const line of text.split("\n")) {
    let row = "";
    let col = 0;
    for (const char of cellUnits(line)) {
      const w = cellWidth(char);
      if (col + w > width && col > 0) {
        rows.push(row);
        row = "";
        col = 0;
      }
      row += char;
      col += w;
    }
    rows.push(row);
  }
  return rows;
}

/** Where the cursor stands after writing text from the top-left: a full row moves it to the next one. */
export function cursorCell(text: string, columns: number): { row: number; col: number } {
  const width = Math.max(1, columns);
  let row = 0;
  let col = 0;
  for (const char of cellUnits(text)) {
    if (char === "\n") {
      row++;
      col = 0;
      continue;
    }
    const w = cellWidth(char);
    if (col + w > width && col > 0) {
      row++;
      col = 0;
    }
    col += w;
  }
  return col >= width ? { row: row + 1, col: 0 } : { row, col };
}
