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
import type { GoalsPort } from "./session/goals-port.js";
import type { ShellPort } from "./session/shell-port.js";

export interface RunTuiOptions {
  /** The shell to drive: a LabShell made with `interactive: true`. */
  shell: ShellPort;
  /** The history file (last 1000 entries). @default none: history is forgotten at exit */
  historyFile?: string;
  /** Shown at the top of the screen until it is cleared. @default nothing */
  header?: ReactNode;
  /** Output shown before the first prompt, as if a command had printed it (a scenario's task). @default nothing */
  greeting?: string;
  /** A scenario's goals, kept below the prompt. @default no panel */
  goals?: GoalsPort;
  /** @default process.stdin */
  stdin?: NodeJS.ReadStream;
  /** @default process.stdout */
  stdout?: NodeJS.WriteStream;
  /** @default process.stderr */
  stderr?: NodeJS.WriteStream;
  /** Route console.log and friends above the live area (Ink's patchConsole). @default true */
  patchConsole?: boolean;
}

/** Says why the lab cannot start when stdin is not a terminal; true when it said so. */
export function refuseWithoutTerminal(stdin: NodeJS.ReadStream, stderr: NodeJS.WriteStream): boolean {
  if (stdin.isTTY) return false;
  stderr.write("nflab: the lab needs a terminal to read keys from; `nflab sh` runs commands from a pipe or a file\n");
  return true;
}

export async function runTui(options: RunTuiOptions): Promise<number> {
  const stdin = options.stdin ?? process.stdin;
  const stdout = options.stdout ?? process.stdout;
  const stderr = options.stderr ?? process.stderr;
  if (refuseWithoutTerminal(stdin, stderr)) return 1;
  const controller = new SessionController(options.shell, {
    ...(options.historyFile ? { history: new HistoryFile(options.historyFile) } : {}),
    ...(options.greeting ? { greeting: options.greeting } : {}),
  });
  const app = render(
    <ErrorBoundary>
      <ShellApp controller={controller} header={options.header} {...(options.goals ? { goals: options.goals } : {})} />
    </ErrorBoundary>,
    { stdin, stdout, stderr, exitOnCtrlC: false, patchConsole: options.patchConsole ?? true },
  );
  const status = await app.waitUntilExit();
  return typeof status === "number" ? status : controller.getView().exitStatus;
}
