/**
 * Turns what a command wrote into text the transcript can hold: the screen
 * clear that `clear` prints is found and obeyed, tabs become spaces to the
 * next stop, a carriage return rewrites its line, other controls go away.
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

/** One line of output (no "\n") as the terminal would show it. */
export function renderLine(raw: string): string {
  const cells: string[] = [];
  let col = 0;
  for (const char of raw.replace(ESCAPE, "")) {
    if (char === "\r") col = 0;
    else if (char === "\b") col = Math.max(0, col - 1);
    else if (char === "\t") {
      const stop = (Math.floor(col / TAB_STOP) + 1) * TAB_STOP;
      while (col < stop) put(cells, col++, " ");
    } else if (char < " " || char === "\x7f" || (char >= "\x80" && char <= "\x9f")) continue;
    else put(cells, col++, char);
  }
  return cells.join("");
}

function put(cells: string[], col: number, char: string): void {
  while (cells.length < col) cells.push(" ");
  cells[col] = char;
}
