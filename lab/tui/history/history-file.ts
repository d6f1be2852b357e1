/**
 * The history file, in bash's format with timestamps (HISTTIMEFORMAT): each
 * entry follows a `#<seconds since the epoch>` line and may span several
 * lines. A file without timestamp lines is read one entry per line, as bash
 * reads ~/.bash_history. Only the newest HISTORY_LIMIT entries are kept.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export const HISTORY_LIMIT = 1000;

/** Where history outlives a session. */
export interface HistoryStore {
  /** The saved entries, oldest first; [] when there are none yet. */
  load(): string[];
  /** Replaces the saved history with the newest HISTORY_LIMIT of these entries. */
  save(entries: readonly string[]): void;
}

const STAMP = /^#(\d+)$/;

export class HistoryFile implements HistoryStore {
  /** Seconds at which each known entry was first saved, aligned with the entries (missing ones get "now"). */
  private stamps: number[] = [];

  constructor(
    readonly path: string,
    private readonly nowSeconds: () => number = () => Math.floor(Date.now() / 1000),
  ) {}

  load(): string[] {
    let text: string;
    try {
      text = readFileSync(this.path, "utf8");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "ENOENT") return [];
      throw e;
    }
    const { entries, stamps } = parseHistory(text);
    const kept = entries.slice(-HISTORY_LIMIT);
    this.stamps = stamps.length === entries.length ? stamps.slice(-HISTORY_LIMIT) : [];
    return kept;
  }

  save(entries: readonly string[]): void {
    if (this.stamps.length > entries.length) this.stamps = [];
    const now = this.nowSeconds();
    while (this.stamps.length < entries.length) this.stamps.push(now);
    const keep = Math.max(0, entries.length - HISTORY_LIMIT);
    const text = entries.slice(keep).map((entry, i) => `#${this.stamps[keep + i]}\n${entry}\n`).join("");
    mkdirSync(dirname(this.path), { recursive: true });
    writeFileSync(this.path, text);
  }
}

export function parseHistory(text: string): { entries: string[]; stamps: number[] } {
  const lines = text.split("\n");
  if (lines.at(-1) === "") lines.pop();
  if (!STAMP.test(lines[0] ?? "")) return { entries: lines.filter((l) => l.trim() !== ""), stamps: [] };
  const entries: string[] = [];
  const stamps: number[] = [];
  let body: string[] | undefined;
  for (const line of lines) {
    const stamp = STAMP.exec(line);
    if (stamp && body?.length !== 0) {
      if (body) entries.push(body.join("\n"));
      stamps.push(Number(stamp[1]));
      body = [];
    } else body?.push(line);
  }
  if (body && body.length > 0) entries.push(body.join("\n"));
  return { entries, stamps: stamps.slice(0, entries.length) };
}
