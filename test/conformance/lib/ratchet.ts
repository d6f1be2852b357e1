/**
 * The known-differences ratchet: a list of command ids that may differ from
 * the real tool. A difference not on the list is a regression; a listed id
 * that now matches must come off the list, so the list only shrinks.
 */
import { readFileSync, writeFileSync } from "node:fs";

export interface RatchetVerdict {
  /** Differ now but are not listed: regressions (or new cases not yet listed). */
  readonly toAdd: readonly string[];
  /** Listed but match now, or no longer exist. */
  readonly toRemove: readonly string[];
}

export function readKnownDifferences(path: string): Set<string> {
  try {
    const parsed: unknown = JSON.parse(readFileSync(path, "utf8"));
    if (!Array.isArray(parsed) || !parsed.every((id) => typeof id === "string")) {
      throw new Error(`${path} must be a JSON array of command ids`);
    }
    return new Set(parsed);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return new Set();
    throw error;
  }
}

export function writeKnownDifferences(path: string, ids: Iterable<string>): void {
  writeFileSync(path, `${JSON.stringify(sortIds([...ids]), null, 2)}\n`);
}

/** Compares the known list with what differs now, among the ids that exist. */
export function judge(known: ReadonlySet<string>, differing: ReadonlySet<string>, existing: ReadonlySet<string>): RatchetVerdict {
  const toAdd = [...differing].filter((id) => !known.has(id));
  const toRemove = [...known].filter((id) => !differing.has(id) || !existing.has(id));
  return { toAdd: sortIds(toAdd), toRemove: sortIds(toRemove) };
}

/** Sorts `<backend>/<topic>#<line>` ids by backend, topic, then line number. */
export function sortIds(ids: string[]): string[] {
  const key = (id: string): [string, number] => {
    const hash = id.lastIndexOf("#");
    return [id.slice(0, hash), Number(id.slice(hash + 1))];
  };
  return ids.sort((a, b) => {
    const [pa, la] = key(a);
    const [pb, lb] = key(b);
    return pa < pb ? -1 : pa > pb ? 1 : la - lb;
  });
}
