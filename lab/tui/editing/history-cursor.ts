/**
 * Walking the history with Up and Down: where we are in it, and the line
 * that was being typed before the walk began (Down past the newest entry
 * brings it back).
 */

export interface HistoryCursor {
  /** Index into the history; undefined while editing a new line. */
  readonly index: number | undefined;
  /** The new line as it was when the walk began. */
  readonly draft: string;
}

export const AT_NEW_LINE: HistoryCursor = { index: undefined, draft: "" };

export interface HistoryStep {
  readonly cursor: HistoryCursor;
  readonly text: string;
}

/** One entry older; undefined at the oldest. */
export function olderEntry(cursor: HistoryCursor, entries: readonly string[], current: string): HistoryStep | undefined {
  const index = (cursor.index ?? entries.length) - 1;
  if (index < 0 || index >= entries.length) return undefined;
  const draft = cursor.index === undefined ? current : cursor.draft;
  return { cursor: { index, draft }, text: entries[index]! };
}

/** One entry newer, or back to the new line; undefined when already there. */
export function newerEntry(cursor: HistoryCursor, entries: readonly string[]): HistoryStep | undefined {
  if (cursor.index === undefined) return undefined;
  const index = cursor.index + 1;
  if (index >= entries.length) return { cursor: AT_NEW_LINE, text: cursor.draft };
  return { cursor: { index, draft: cursor.draft }, text: entries[index]! };
}
