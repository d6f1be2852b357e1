/**
 * What the session has printed so far, in Ink's <Static>: each entry is
 * written to the terminal once and then left to its scrollback. Mounting it
 * afresh (a new key) writes everything again, which is how a resize or a
 * recovered crash redraws the screen; the newest REDRAW_LIMIT entries at most.
 */
import { useMemo, useState, type ReactNode } from "react";
import { Box, Static } from "ink";
import type { TranscriptEntry } from "../transcript/transcript.js";
import { TranscriptLine } from "./TranscriptLine.js";

export const REDRAW_LIMIT = 2000;

export interface TranscriptProps {
  readonly entries: readonly TranscriptEntry[];
  readonly columns: number;
  /** Shown above the first entry. @default nothing */
  readonly header?: ReactNode;
}

type Item = TranscriptEntry | { readonly id: "header" };

export function Transcript({ entries, columns, header }: TranscriptProps) {
  const [start] = useState(() => Math.max(0, entries.length - REDRAW_LIMIT));
  const items = useMemo<Item[]>(
    () => [...(header === undefined ? [] : [{ id: "header" as const }]), ...entries.slice(start)],
    [entries, header, start],
  );
  return (
    <Static items={items}>
      {(item) =>
        "text" in item ? (
          <TranscriptLine key={item.id} text={item.text} columns={columns} />
        ) : (
          <Box key="header" width={columns}>
            {header}
          </Box>
        )
      }
    </Static>
  );
}
