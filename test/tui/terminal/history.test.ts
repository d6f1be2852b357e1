import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { describe, expect, test } from "vitest";
import { KEYS } from "../harness/lab-terminal.js";
import { PROMPT, PROMPT_ROW, startLab } from "../harness/start-lab.js";

const tempFile = (): string => join(mkdtempSync(join(tmpdir(), "nflab-tui-")), "nflab", "history");

describe("history", () => {
  test("up-recalls-earlier-lines-and-down-returns-to-the-draft", async () => {
    const lab = await startLab();
    lab.type("echo one\r");
    lab.type("echo two\r");
    await lab.waitFor((s) => s.includes("two"));
    lab.type("draft");
    lab.type(KEYS.up);
    await lab.waitForLastLine(`${PROMPT}echo two`);
    lab.type(KEYS.up);
    await lab.waitForLastLine(`${PROMPT}echo one`);
    lab.type(KEYS.up);
    await lab.waitForLastLine(`${PROMPT}echo one`);
    lab.type(KEYS.down + KEYS.down);
    await lab.waitForLastLine(`${PROMPT}draft`);
    lab.type(KEYS.ctrlU + KEYS.up + KEYS.up + KEYS.enter);
    const screen = await lab.waitForLastLine(PROMPT_ROW);
    expect(screen.filter((row) => row === "one")).toHaveLength(2);
  });

  test("history-is-saved-to-the-file-and-recalled-by-the-next-session", async () => {
    const historyFile = tempFile();
    const first = await startLab({ historyFile });
    first.type("echo from the first session\r");
    first.type("exit\r");
    expect(await first.exit).toBe(0);
    expect(readFileSync(historyFile, "utf8")).toMatch(/^#\d+\necho from the first session\n#\d+\nexit\n$/);

    const second = await startLab({ historyFile });
    second.type(KEYS.up + KEYS.up);
    await second.waitForLastLine(`${PROMPT}echo from the first session`);
  });

  test("the-file-keeps-the-last-1000-entries", async () => {
    const historyFile = tempFile();
    mkdirSync(dirname(historyFile), { recursive: true });
    writeFileSync(historyFile, Array.from({ length: 1200 }, (_, i) => `echo ${i}`).join("\n") + "\n");
    const next = await startLab({ historyFile });
    next.type(KEYS.up);
    await next.waitForLastLine(`${PROMPT}echo 1199`);
    next.type("\r");
    await next.waitFor((s) => s.includes("1199"));
    const saved = readFileSync(historyFile, "utf8").split("\n").filter((l) => !l.startsWith("#") && l !== "");
    expect(saved).toHaveLength(1000);
    expect(saved[0]).toBe("echo 201");
    expect(saved.at(-1)).toBe("echo 1199");
  });
});
