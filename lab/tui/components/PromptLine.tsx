/**
 * The live line: what the last command left unfinished, the prompt, and the
 * line being edited, wrapped as the terminal wraps it, with the terminal's
 * own cursor placed in it. A line taller than the screen shows the rows
 * around the cursor.
 */
import { Box, Text, useCursor } from "ink";
import type { LineBuffer } from "../editing/line-buffer.js";
import { cursorCell, wrapRows } from "../text/cells.js";

export interface PromptLineProps {
  /** Text before the editable part: unfinished output, then the prompt. */
  readonly lead: string;
  readonly line: LineBuffer;
  readonly columns: number;
  /** Rows the live area may take. */
  readonly maxRows: number;
}

export function PromptLine({ lead, line, columns, maxRows }: PromptLineProps) {
  const { setCursorPosition } = useCursor();
  const rows = wrapRows(lead + line.text, columns);
  const cursor = cursorCell(lead + line.text.slice(0, line.cursor), columns);
  const height = Math.max(rows.length, cursor.row + 1);
  const limit = Math.max(1, maxRows);
  const first = height <= limit ? 0 : Math.min(Math.max(0, cursor.row - limit + 1), height - limit);
  setCursorPosition({ x: cursor.col, y: cursor.row - first });
  return (
    <Box flexDirection="column">
      {rows.slice(first, first + limit).map((row, i) => (
        <Text key={first + i}>{row || " "}</Text>
      ))}
    </Box>
  );
}
