/**
 * Applies an editing action to the line, with the kill buffer that Ctrl-U,
 * Ctrl-K and Ctrl-W fill and Ctrl-Y yanks from.
 */
import type { EditAction } from "./bindings.js";
import {
  deleteBackward, deleteForward, insert, killToEnd, killToStart, killWordBackward, killWordBackwardAlnum,
  killWordForward, moveEnd, moveHome, moveLeft, moveRight, wordLeft, wordRight, type Killed, type LineBuffer,
} from "./line-buffer.js";

export interface EditState {
  readonly line: LineBuffer;
  /** The last text killed, for yank. */
  readonly killed: string;
}

export function editLine(state: EditState, action: EditAction | { kind: "self-insert"; text: string }): EditState {
  const { line } = state;
  const move = (next: LineBuffer): EditState => ({ ...state, line: next });
  const kill = (result: Killed): EditState => ({ line: result.line, killed: result.killed || state.killed });
  if (typeof action !== "string") return move(insert(line, action.text));
  switch (action) {
    case "backward-char": return move(moveLeft(line));
    case "forward-char": return move(moveRight(line));
    case "beginning-of-line": return move(moveHome(line));
    case "end-of-line": return move(moveEnd(line));
    case "backward-word": return move(wordLeft(line));
    case "forward-word": return move(wordRight(line));
    case "backward-delete-char": return move(deleteBackward(line));
    case "delete-char": return move(deleteForward(line));
    case "unix-line-discard": return kill(killToStart(line));
    case "kill-line": return kill(killToEnd(line));
    case "unix-word-rubout": return kill(killWordBackward(line));
    case "kill-word": return kill(killWordForward(line));
    case "backward-kill-word": return kill(killWordBackwardAlnum(line));
    case "yank": return move(insert(line, state.killed));
    default: return assertNever(action);
  }
}

function assertNever(value: never): never {
  throw new Error(`unhandled editing action ${String(value)}`);
}
