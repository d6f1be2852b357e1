/** One finished entry of the transcript, broken into rows as the terminal would wrap it. */
import { Text } from "ink";
import { wrapRows } from "../text/cells.js";

export interface TranscriptLineProps {
  /** Lines joined by "\n", free of control characters. */
  readonly text: string;
  readonly columns: number;
}

export function TranscriptLine({ text, columns }: TranscriptLineProps) {
  // An empty line still takes a row; Ink gives an empty <Text> none.
  return <Text>{wrapRows(text, columns).join("\n") || " "}</Text>;
}
