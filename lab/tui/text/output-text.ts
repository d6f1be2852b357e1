/**
 * Turns what a command wrote into text the transcript can hold: the screen
 * clear that `clear` prints is found and obeyed, tabs become spaces to the
 * next stop, a carriage return rewrites its line, colours and bold (SGR)
 * stay with the characters they precede, other controls go away.
 */

const TAB_STOP = 8;
/** ED 2 / ED 3 (erase display, erase scrollback) and RIS (full reset). */
const SCREEN_CLEAR = /\x1b\[[23]J|\x1bc/g;
/** CSI, OSC (ended by BEL or ST) and two-byte escape sequences. */
const ESCAPE = /\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[@-Z\\-_]|\x1b/g;

/** The text after the last screen clear, and whether there was one. */
export function splitAtScreenClear(chunk: string): { cleared: boolean; rest: string } {
  let end = -1;
  for (const match of chunk.matchAll(SCREEN_CLEAR)) end = match.index + match[0].length;
  return end < 0 ? { cleared: false, rest: chunk } : { cleared: true, rest: chunk.slice(end) };
}

/** SGR (colours, bold): kept, attached to the character that follows it. */
const SGR = /^\x1b\[[0-9;:]*m$/;

interface Cell {
  /** SGR sequences written before this character. */
  style: string;
  char: string;
}

/** One line of output (no "\n") as the terminal would show it. */
export function renderLine(raw: string): string {
  const cells: Cell[] = [];
  let col = 0;
  let style = "";
  const put = (char: string): void => {
    while (cells.length < col) cells.push({ style: "", char: " " });
    // An overwritten cell keeps its styles, so that a reset written before it still applies.
    cells[col] = { style: (cells[col]?.style ?? "") + style, char };
    style = "";
    col++;
  };
  for (const unit of units(raw)) {
    if (unit.charCodeAt(0) === 0x1b) style += unit;
    else if (unit === "\r") col = 0;
    else if (unit === "\b") col = Math.max(0, col - 1);
    else if (unit === "\t") {
      const stop = (Math.floor(col / TAB_STOP) + 1) * TAB_STOP;
      while (col < stop) put(" ");
    } else if (unit < " " || unit === "\x7f" || (unit >= "\x80" && unit <= "\x9f")) continue;
    else put(unit);
  }
  return cells.map((c) => c.style + c.char).join("") + style;
}

/** Characters one by one, SGR sequences whole, other escapes dropped. */
function* units(raw: string): Generator<string> {
  let last = 0;
  for (const match of raw.matchAll(ESCAPE)) {
    yield* raw.slice(last, match.index);
    if (SGR.test(match[0])) yield match[0];
    last = match.index + match[0].length;
  }
  yield* raw.slice(last);
}
