/**
 * Starts the lab's terminal UI on a terminal and resolves with the exit
 * status when the person leaves it (`exit`, or Ctrl-D on an empty line);
 * with 1 at once, after saying why, when stdin is not a terminal.
 */
import type { ReactNode } from "react";
import { render } from "ink";
import { ErrorBoundary } from "./components/ErrorBoundary.js";
import { ShellApp } from "./components/ShellApp.js";
import { HistoryFile } from "./history/history-file.js";
import { SessionController } from "./session/session-controller.js";
import type { ShellPort } from "./session/shell-port.js";

export interface RunTuiOptions {
  /** The shell to drive: a LabShell made with `interactive: true`. */
  shell: ShellPort;
  /** The history file (last 1000 entries). @default none: history is forgotten at exit */
  historyFile?: string;
  /** Shown at the top of the screen until it is cleared. @default nothing */
  header?: ReactNode;
  /** @default process.stdin */
  stdin?: NodeJS.ReadStream;
  /** @default process.stdout */
  stdout?: NodeJS.WriteStream;
  /** @default process.stderr */
  stderr?: NodeJS.WriteStream;
  /** Route console.log and friends above the live area (Ink's patchConsole). @default true */
  patchConsole?: boolean;
}

export async function runTui(options: RunTuiOptions): Promise<number> {
  const stdin = options.stdin ?? process.stdin;
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  if (!stdin.isTTY) {
    stderr.write("nflab: the lab needs a terminal to read keys from; `nflab sh` runs commands from a pipe or a file\n");
    return 1;
  }
  const controller = new SessionController(options.shell, {
    ...(options.historyFile ? { history: new HistoryFile(options.historyFile) } : {}),
  });
  const app = render(
    <ErrorBoundary>
      <ShellApp controller={controller} header={options.header} />
    </ErrorBoundary>,
    { stdin, stdout, stderr, exitOnCtrlC: false, patchConsole: options.patchConsole ?? true },
  );
  const status = await app.waitUntilExit();
  return typeof status === "number" ? status : controller.getView().exitStatus;
}
