/**
 * The last line of a session (`exit`), drawn live rather than in <Static> so
 * that the terminal's cursor ends just below it when the app unmounts.
 */
import { Text } from "ink";
import { wrapRows } from "../text/cells.js";

export interface FinalLineProps {
  readonly text: string;
  readonly columns: number;
}

export function FinalLine({ text, columns }: FinalLineProps) {
  return text === "" ? null : <Text>{wrapRows(text, columns).join("\n")}</Text>;
}
