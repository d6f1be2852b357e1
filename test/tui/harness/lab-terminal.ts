/**
 * Runs the real TUI (runTui, Ink and all) on a headless xterm and reads back
 * what a person would see: the rows of the screen and the cursor.
 */
import xterm from "@xterm/headless";
import { FakeStdout, fakeStdin } from "./fake-tty.js";
import type { RunTuiOptions } from "../../../lab/tui/run-tui.js";
import type { ShellPort } from "../../../lab/tui/session/shell-port.js";

export const KEYS = {
  enter: "\r", tab: "\t", backspace: "\x7f", delete: "\x1b[3~",
  left: "\x1b[D", right: "\x1b[C", up: "\x1b[A", down: "\x1b[B", home: "\x1b[H", end: "\x1b[F",
  ctrlA: "\x01", ctrlC: "\x03", ctrlD: "\x04", ctrlE: "\x05", ctrlK: "\x0b", ctrlL: "\x0c", ctrlU: "\x15", ctrlW: "\x17",
} as const;

export interface LabTerminalOptions extends Omit<RunTuiOptions, "stdin" | "stdout" | "stderr" | "shell"> {
  shell: ShellPort;
  cols?: number;
  rows?: number;
}

export class LabTerminal {
  readonly term: xterm.Terminal;
  readonly stdout: FakeStdout;
  readonly stdin = fakeStdin();
  /** Settles with runTui's status once the TUI has quit. */
  exit!: Promise<number>;

  private constructor(cols: number, rows: number) {
    // convertEol: a TTY in raw mode still turns "\n" into "\r\n" on output (libuv keeps ONLCR).
    this.term = new xterm.Terminal({ cols, rows, allowProposedApi: true, scrollback: 1000, convertEol: true });
    this.stdout = new FakeStdout(this.term, cols, rows);
  }

  static async start(options: LabTerminalOptions): Promise<LabTerminal> {
    const { cols = 80, rows = 24, ...rest } = options;
    const lab = new LabTerminal(cols, rows);
    const { runTui } = await loadRunTui();
    const stdout = lab.stdout as unknown as NodeJS.WriteStream;
    lab.exit = runTui({ ...rest, stdin: lab.stdin, stdout, stderr: stdout, patchConsole: false });
    await lab.waitFor((screen) => screen.some((row) => row.includes(options.shell.prompt.trimEnd())));
    return lab;
  }

  /** Sends keys as the terminal would. */
  type(data: string): void {
    this.stdin.write(data);
  }

  /** The visible rows, right-trimmed, once xterm has parsed everything written so far. */
  async screen(): Promise<string[]> {
    await new Promise<void>((resolve) => this.term.write("", resolve));
    const buffer = this.term.buffer.active;
    const rows: string[] = [];
    for (let y = 0; y < this.term.rows; y++) rows.push(buffer.getLine(buffer.viewportY + y)?.translateToString(true) ?? "");
    return rows;
  }

  /** The screen without its trailing empty rows. */
  async lines(): Promise<string[]> {
    const rows = await this.screen();
    while (rows.length > 0 && rows.at(-1) === "") rows.pop();
    return rows;
  }

  /** Where the cursor is on the screen. */
  async cursor(): Promise<{ x: number; y: number }> {
    await this.screen();
    const buffer = this.term.buffer.active;
    return { x: buffer.cursorX, y: buffer.cursorY };
  }

  /** Waits until the screen satisfies the predicate, and returns it. */
  async waitFor(predicate: (screen: string[]) => boolean, timeoutMs = 2000): Promise<string[]> {
    const deadline = performance.now() + timeoutMs;
    for (;;) {
      const screen = await this.screen();
      if (predicate(screen)) return screen;
      if (performance.now() > deadline) throw new Error(`screen never matched; it shows:\n${screen.join("\n")}`);
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
  }

  /** Waits until the last non-empty row is exactly `row`. */
  async waitForLastLine(row: string): Promise<string[]> {
    return this.waitFor((screen) => screen.filter((r) => r !== "").at(-1) === row);
  }

  resize(cols: number, rows: number): void {
    this.term.resize(cols, rows);
    this.stdout.columns = cols;
    this.stdout.rows = rows;
    this.stdout.emit("resize");
  }

  /** Quits the TUI with Ctrl-D if still running and returns its status. */
  async close(): Promise<number> {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error("the TUI did not quit")), 2000));
    this.type(KEYS.ctrlE + KEYS.ctrlU + KEYS.ctrlD);
    const status = await Promise.race([this.exit, timeout]);
    this.term.dispose();
    return status;
  }
}

/**
 * Ink draws nothing live when it thinks it runs in CI (is-in-ci reads CI at
 * import), so the TUI is imported with CI unset.
 */
async function loadRunTui(): Promise<typeof import("../../../lab/tui/run-tui.js")> {
  const saved = { CI: process.env["CI"], CONTINUOUS_INTEGRATION: process.env["CONTINUOUS_INTEGRATION"] };
  delete process.env["CI"];
  delete process.env["CONTINUOUS_INTEGRATION"];
  try {
    return await import("../../../lab/tui/run-tui.js");
  } finally {
    for (const [key, value] of Object.entries(saved)) if (value !== undefined) process.env[key] = value;
  }
}
