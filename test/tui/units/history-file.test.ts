import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { HistoryFile, parseHistory } from "../../../lab/tui/history/history-file.js";

const dir = (): string => mkdtempSync(join(tmpdir(), "nflab-history-"));

describe("history file", () => {
  test("a-missing-file-is-an-empty-history-and-saving-creates-its-directory", () => {
    const file = new HistoryFile(join(dir(), "a", "b", "history"), () => 1700000000);
    expect(file.load()).toEqual([]);
    file.save(["ls", "for i in 1; do\necho $i\ndone"]);
    expect(readFileSync(file.path, "utf8")).toBe("#1700000000\nls\n#1700000000\nfor i in 1; do\necho $i\ndone\n");
    expect(new HistoryFile(file.path).load()).toEqual(["ls", "for i in 1; do\necho $i\ndone"]);
  });

  test("timestamps-of-loaded-entries-survive-a-save", () => {
    const path = join(dir(), "history");
    writeFileSync(path, "#100\nold\n");
    const file = new HistoryFile(path, () => 200);
    file.save([...file.load(), "new"]);
    expect(readFileSync(path, "utf8")).toBe("#100\nold\n#200\nnew\n");
  });

  test("a-plain-bash-history-is-one-entry-per-line", () => {
    expect(parseHistory("ls\n\ncd /etc\n")).toEqual({ entries: ["ls", "cd /etc"], stamps: [] });
  });
});
