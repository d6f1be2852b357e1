/**
 * Decodes what the terminal sent (one event from Ink's input parser: an
 * escape sequence, or a run of plain characters that may hold control
 * characters) into keys. Enter is CR (or LF); Backspace is DEL or ^H.
 */

export type KeyName =
  | "enter" | "tab" | "backspace" | "delete"
  | "left" | "right" | "up" | "down" | "home" | "end"
  | "word-left" | "word-right" | "kill-word-forward" | "kill-word-backward"
  | `ctrl-${string}`;

export type Key =
  | { readonly kind: "text"; readonly text: string }
  | { readonly kind: "key"; readonly name: KeyName };

/** Escape sequences of xterm, VT220, rxvt and the Linux console (normal and application modes). */
const SEQUENCES: Readonly<Record<string, KeyName>> = {
  "\x1b[A": "up", "\x1b[B": "down", "\x1b[C": "right", "\x1b[D": "left",
  "\x1bOA": "up", "\x1bOB": "down", "\x1bOC": "right", "\x1bOD": "left",
  "\x1b[H": "home", "\x1b[F": "end", "\x1bOH": "home", "\x1bOF": "end",
  "\x1b[1~": "home", "\x1b[4~": "end", "\x1b[7~": "home", "\x1b[8~": "end",
  "\x1b[3~": "delete",
  "\x1b[1;5C": "word-right", "\x1b[1;5D": "word-left", "\x1b[1;3C": "word-right", "\x1b[1;3D": "word-left",
  "\x1bf": "word-right", "\x1bb": "word-left", "\x1bd": "kill-word-forward",
  "\x1b\x7f": "kill-word-backward", "\x1b\b": "kill-word-backward",
};

export function decodeKeys(event: string): Key[] {
  if (event.startsWith("\x1b")) {
    const name = SEQUENCES[event];
    return name ? [{ kind: "key", name }] : [];
  }
  const keys: Key[] = [];
  let text = "";
  const flush = (): void => {
    if (text) keys.push({ kind: "text", text });
    text = "";
  };
  for (let i = 0; i < event.length; i++) {
    const char = event[i]!;
    const name = controlKey(char);
    if (name === undefined) {
      text += char;
      continue;
    }
    flush();
    if (char === "\r" && event[i + 1] === "\n") i++;
    if (name !== "") keys.push({ kind: "key", name });
  }
  flush();
  return keys;
}

/** The key a control character stands for; "" for one that means nothing; undefined for text. */
function controlKey(char: string): KeyName | "" | undefined {
  const code = char.charCodeAt(0);
  if (char === "\r" || char === "\n") return "enter";
  if (char === "\t") return "tab";
  if (char === "\x7f" || char === "\b") return "backspace";
  if (code >= 1 && code <= 26) return `ctrl-${String.fromCharCode(code + 96)}`;
  if (code < 0x20 || (code >= 0x80 && code <= 0x9f)) return "";
  return undefined;
}
