/**
 * The session behind the screen: reads keys, edits the line, walks the
 * history, completes words, runs lines in the shell and collects their
 * output into the transcript. It knows nothing of React; the view
 * subscribes to it and draws each SessionView it publishes.
 */
import { actionFor, type Action } from "../editing/bindings.js";
import { editLine } from "../editing/edit-line.js";
import { AT_NEW_LINE, newerEntry, olderEntry, type HistoryCursor, type HistoryStep } from "../editing/history-cursor.js";
import { decodeKeys, type Key } from "../editing/keys.js";
import { EMPTY_LINE, lineOf } from "../editing/line-buffer.js";
import { complete } from "../completion/complete.js";
import { formatColumns } from "../completion/columns.js";
import type { HistoryStore } from "../history/history-file.js";
import { appendLine, appendOutput, EMPTY_TRANSCRIPT } from "../transcript/transcript.js";
import type { ScreenPort, SessionView } from "./session-view.js";
import type { ShellPort } from "./shell-port.js";

export interface SessionOptions {
  /** Where history is kept between sessions. @default none: history lasts as long as the session */
  history?: HistoryStore;
  /** What `~` stands for in completed paths. @default "/root" */
  home?: string;
  /** Output shown before the first prompt, as if a command had printed it. @default nothing */
  greeting?: string;
}

const CONTINUATION_PROMPT = "> ";

export class SessionController {
  private view: SessionView;
  private readonly listeners = new Set<() => void>();
  private screen: ScreenPort | undefined;
  /** Keys typed while a command runs, replayed at the next prompt. */
  private queue: Key[] = [];
  /** Lines entered so far of a command that continues (`for ...; do` + Enter). */
  private continuation: string[] = [];
  private historyCursor: HistoryCursor = AT_NEW_LINE;
  private killed = "";
  private lastAction: Action["kind"] | undefined;
  private historyFailed = false;

  constructor(
    private readonly shell: ShellPort,
    private readonly options: SessionOptions = {},
  ) {
    this.view = { transcript: EMPTY_TRANSCRIPT, prompt: shell.prompt, line: EMPTY_LINE, phase: "editing", exitStatus: 0 };
    try {
      shell.history.unshift(...(options.history?.load() ?? []));
    } catch (e) {
      this.output(`nflab: cannot read the history file: ${messageOf(e)}\n`);
    }
    this.output(options.greeting ?? "");
  }

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  readonly getView = (): SessionView => this.view;

  /** Lets the controller clear the screen and know its width; returns the detach function. */
  attachScreen(screen: ScreenPort): () => void {
    this.screen = screen;
    return () => {
      if (this.screen === screen) this.screen = undefined;
    };
  }

  /** One input event from the terminal: a key, or a run of typed or pasted text. */
  readonly handleInput = (raw: string): void => {
    try {
      for (const key of decodeKeys(raw)) this.handleKey(key);
    } catch (e) {
      this.output(`nflab: internal error while reading keys: ${messageOf(e)}\n`);
    }
  };

  private handleKey(key: Key): void {
    switch (this.view.phase) {
      case "exited":
        return;
      case "running":
        return this.whileRunning(key);
      case "editing":
        return this.atPrompt(key);
    }
  }

  private whileRunning(key: Key): void {
    if (key.kind === "key" && key.name === "ctrl-c") {
      this.queue = [];
      this.shell.cancel();
      this.output("^C\n");
    } else if (!(key.kind === "key" && key.name === "ctrl-d")) {
      this.queue.push(key);
    }
  }

  private atPrompt(key: Key): void {
    const action = actionFor(key);
    const afterTab = this.lastAction === "complete";
    this.lastAction = action?.kind;
    if (!action) return;
    switch (action.kind) {
      case "accept-line":
        return this.acceptLine();
      case "complete":
        return this.complete(afterTab);
      case "previous-history":
        return this.recall(olderEntry(this.historyCursor, this.shell.history, this.view.line.text));
      case "next-history":
        return this.recall(newerEntry(this.historyCursor, this.shell.history));
      case "clear-screen":
        return this.screen?.clear(false);
      case "interrupt":
        return this.interrupt();
      case "delete-char-or-eof":
        return this.deleteCharOrEof();
      default: {
        const edited = editLine({ line: this.view.line, killed: this.killed }, action.kind === "self-insert" ? action : action.kind);
        this.killed = edited.killed;
        this.update({ line: edited.line });
      }
    }
  }

  private acceptLine(): void {
    const { line, prompt } = this.view;
    const transcript = appendLine(this.view.transcript, prompt + line.text);
    const source = [...this.continuation, line.text].join("\n");
    this.historyCursor = AT_NEW_LINE;
    if (this.shell.lineStatus(source) === "incomplete") {
      this.continuation.push(line.text);
      return this.update({ transcript, prompt: CONTINUATION_PROMPT, line: EMPTY_LINE });
    }
    this.continuation = [];
    if (source.trim() === "") return this.update({ transcript, prompt: this.shell.prompt, line: EMPTY_LINE });
    void this.run(source, { transcript, line: EMPTY_LINE });
  }

  private async run(source: string, patch: Partial<SessionView>): Promise<void> {
    this.update({ ...patch, phase: "running" });
    let exited = false;
    try {
      const result = await this.shell.runLine(source, { stdout: (t) => this.output(t), stderr: (t) => this.output(t) });
      exited = result.exited;
    } catch (e) {
      this.output(`nflab: internal error: ${messageOf(e)}\n`);
    }
    this.saveHistory();
    this.output(this.shell.pendingNotices());
    if (exited) {
      // An interactive bash says "exit" as it leaves; the last line stays live so no blank row follows it.
      this.output("exit");
      return this.update({ phase: "exited", exitStatus: this.shell.lastStatus });
    }
    this.update({ phase: "editing", prompt: this.shell.prompt });
    const typedAhead = this.queue;
    this.queue = [];
    for (const key of typedAhead) this.handleKey(key);
  }

  private complete(afterTab: boolean): void {
    const { line, prompt } = this.view;
    const shell = this.shell;
    const result = complete(line, {
      commandNames: () => shell.commandNames(),
      files: shell.files,
      cwd: shell.cwd,
      home: this.options.home ?? "/root",
    });
    if (result.kind === "inserted") return this.update({ line: result.line });
    if (result.kind === "none" || !afterTab) return;
    // Readline lists the candidates below the line, then draws the prompt and the line again.
    const listed = appendLine(this.view.transcript, prompt + line.text);
    this.update({ transcript: appendOutput(listed, `${formatColumns(result.candidates, this.screen?.columns ?? 80)}\n`) });
  }

  private recall(step: HistoryStep | undefined): void {
    if (!step) return;
    this.historyCursor = step.cursor;
    this.update({ line: lineOf(step.text) });
  }

  /** Ctrl-C at the prompt: bash shows `^C` after the line and starts afresh. */
  private interrupt(): void {
    const { line, prompt } = this.view;
    this.continuation = [];
    this.historyCursor = AT_NEW_LINE;
    const transcript = appendLine(this.view.transcript, `${prompt}${line.text}^C`);
    this.update({ transcript, prompt: this.shell.prompt, line: EMPTY_LINE });
  }

  /** Ctrl-D: end of input on an empty line, else delete the character under the cursor. */
  private deleteCharOrEof(): void {
    const { line, prompt } = this.view;
    if (line.text !== "") return this.update({ line: editLine({ line, killed: this.killed }, "delete-char").line });
    if (this.continuation.length > 0) {
      // The shell reports the unfinished command as bash does ("unexpected end of file").
      const source = this.continuation.join("\n");
      this.continuation = [];
      return void this.run(source, { transcript: appendLine(this.view.transcript, prompt), line: EMPTY_LINE });
    }
    this.update({ transcript: appendOutput(this.view.transcript, `${prompt}exit`), phase: "exited", exitStatus: this.shell.lastStatus });
  }

  private output(text: string): void {
    if (!text) return;
    const before = this.view.transcript;
    const transcript = appendOutput(before, text);
    if (transcript.generation !== before.generation) this.screen?.clear(true);
    this.update({ transcript });
  }

  private saveHistory(): void {
    if (!this.options.history || this.historyFailed) return;
    try {
      this.options.history.save(this.shell.history);
    } catch (e) {
      this.historyFailed = true;
      this.output(`nflab: cannot save the history: ${messageOf(e)}\n`);
    }
  }

  private update(patch: Partial<SessionView>): void {
    this.view = { ...this.view, ...patch };
    for (const listener of this.listeners) listener();
  }
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
