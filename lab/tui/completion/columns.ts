/**
 * Lists completion candidates the way readline does: sorted down the
 * columns, each column as wide as the longest name plus two spaces, as many
 * columns as fit without a row filling the screen exactly.
 */
import { textWidth } from "../text/cells.js";

export function formatColumns(names: readonly string[], screenWidth: number): string {
  if (names.length === 0) return "";
  const width = Math.max(...names.map(textWidth)) + 2;
  let perRow = Math.max(1, Math.floor(screenWidth / width));
  if (perRow > 1 && perRow * width === screenWidth) perRow--;
  const rows = Math.ceil(names.length / perRow);
  const lines: string[] = [];
  for (let r = 0; r < rows; r++) {
    let line = "";
    for (let c = 0; c < perRow; c++) {
      const name = names[c * rows + r];
      if (name === undefined) break;
      const isLast = (c + 1) * rows + r >= names.length;
      line += isLast ? name : name + " ".repeat(width - textWidth(name));
    }
    lines.push(line);
  }
  return lines.join("\n");
}
