/**
 * Inline Markdown (text, **strong**, *em*, `code`, links) as words that
 * carry their styles, and the filling of words into lines of a width.
 */
import type { Token, Tokens } from "marked";
import { textWidth } from "../../tui/text/cells.js";
import type { TextStyle } from "./style.js";

/** A piece of a word with the styles applied to it, innermost first. */
interface Piece {
  text: string;
  dress: (text: string) => string;
}

/** A word: pieces with no space between them; `null` is a forced line break. */
type Word = Piece[] | null;

export function inlineWords(tokens: readonly Token[], style: TextStyle): Word[] {
  const words: Word[] = [[]];
  const current = (): Piece[] => {
    const last = words.at(-1);
    if (last) return last;
    const word: Piece[] = [];
    words.push(word);
    return word;
  };
  const add = (text: string, dress: Piece["dress"]): void => {
    for (const part of text.split(/([ \t\n]+)/)) {
      if (/^[ \t\n]+$/.test(part)) words.push([]);
      else if (part !== "") current().push({ text: part, dress });
    }
  };
  const walk = (list: readonly Token[], dress: Piece["dress"]): void => {
    for (const token of list) {
      const inner = "tokens" in token && Array.isArray(token.tokens) ? token.tokens : undefined;
      switch (token.type) {
        case "strong":
          walk(inner ?? [], (t) => dress(style.bold(t)));
          break;
        case "em":
          walk(inner ?? [], (t) => dress(style.em(t)));
          break;
        case "codespan":
          add(decodeEntities((token as Tokens.Codespan).text), (t) => dress(style.code(t)));
          break;
        case "br":
          words.push(null, []);
          break;
        case "link": {
          const link = token as Tokens.Link;
          walk(inner ?? [], dress);
          if (link.text !== link.href) add(` (${link.href})`, dress);
          break;
        }
        case "image":
          add((token as Tokens.Image).text, dress);
          break;
        default:
          if (inner) walk(inner, dress);
          else add(decodeEntities("text" in token ? String(token.text) : token.raw), dress);
      }
    }
  };
  walk(tokens, plain);
  return words.filter((w) => w === null || w.length > 0);
}

/** Fills words into lines no wider than `width` (a longer word stands alone on its line). */
export function fillLines(words: readonly Word[], width: number): string[] {
  const lines: Piece[][] = [];
  let line: Piece[] = [];
  let used = 0;
  const end = (): void => {
    lines.push(line);
    line = [];
    used = 0;
  };
  for (const word of words) {
    if (word === null) {
      end();
      continue;
    }
    const w = word.reduce((sum, p) => sum + textWidth(p.text), 0);
    if (used > 0 && used + 1 + w > width) end();
    if (used > 0) {
      // The space between two words of one span (`docker run`) belongs to the span.
      const before = line.at(-1)!.dress;
      line.push({ text: " ", dress: before === word[0]!.dress ? before : plain });
      used++;
    }
    line.push(...word);
    used += w;
  }
  if (line.length > 0 || lines.length === 0) end();
  return lines.map(dressLine);
}

const plain = (text: string): string => text;

/** A line's text, each run of pieces from one span dressed once. */
function dressLine(pieces: readonly Piece[]): string {
  let out = "";
  for (let i = 0; i < pieces.length; ) {
    const dress = pieces[i]!.dress;
    let text = "";
    while (i < pieces.length && pieces[i]!.dress === dress) text += pieces[i++]!.text;
    out += dress(text);
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', "#39": "'", nbsp: " " };

function decodeEntities(text: string): string {
  return text.replace(/&(amp|lt|gt|quot|#39|nbsp);/g, (_, name: string) => ENTITIES[name]!);
}
