/**
 * The emacs keymap of readline, reduced to what the lab's prompt does.
 * Actions carry readline's own names (`unix-word-rubout`, `kill-line`, ...).
 */
import type { Key } from "./keys.js";

export type Action =
  | { readonly kind: "self-insert"; readonly text: string }
  | { readonly kind: EditAction }
  | { readonly kind: SessionAction };

/** Actions that change only the line. */
export type EditAction =
  | "backward-char" | "forward-char" | "beginning-of-line" | "end-of-line" | "backward-word" | "forward-word"
  | "backward-delete-char" | "delete-char" | "unix-line-discard" | "kill-line" | "unix-word-rubout"
  | "kill-word" | "backward-kill-word" | "yank";

/** Actions that reach beyond the line: the shell, the history, the screen. */
export type SessionAction =
  | "accept-line" | "complete" | "previous-history" | "next-history" | "clear-screen" | "interrupt"
  | "delete-char-or-eof";

const KEYMAP: Readonly<Record<string, EditAction | SessionAction>> = {
  enter: "accept-line", "ctrl-j": "accept-line", "ctrl-m": "accept-line",
  tab: "complete", "ctrl-i": "complete",
  backspace: "backward-delete-char", "ctrl-h": "backward-delete-char",
  delete: "delete-char", "ctrl-d": "delete-char-or-eof",
  left: "backward-char", "ctrl-b": "backward-char", right: "forward-char", "ctrl-f": "forward-char",
  home: "beginning-of-line", "ctrl-a": "beginning-of-line", end: "end-of-line", "ctrl-e": "end-of-line",
  "word-left": "backward-word", "word-right": "forward-word",
  up: "previous-history", "ctrl-p": "previous-history", down: "next-history", "ctrl-n": "next-history",
  "ctrl-u": "unix-line-discard", "ctrl-k": "kill-line", "ctrl-w": "unix-word-rubout",
  "kill-word-forward": "kill-word", "kill-word-backward": "backward-kill-word", "ctrl-y": "yank",
  "ctrl-l": "clear-screen", "ctrl-c": "interrupt",
};

/** What a key does at the prompt; undefined for a key bound to nothing. */
export function actionFor(key: Key): Action | undefined {
  if (key.kind === "text") return { kind: "self-insert", text: key.text };
  const kind = KEYMAP[key.name];
  return kind ? { kind } : undefined;
}
