/**
 * A scenario's Markdown (its task, its hints) as lines for a terminal:
 * headings in bold, paragraphs filled to the width, lists with their
 * markers and hanging indents, `code` highlighted, code blocks indented.
 * marked reads the Markdown; this walks its tokens.
 */
import { Lexer, type Token, type Tokens } from "marked";
import { fillLines, inlineWords } from "./inline.js";
import { PLAIN_STYLE, type TextStyle } from "./style.js";

export interface RenderOptions {
  /** Columns to fill paragraphs to. @default 80 */
  width?: number;
  /** @default PLAIN_STYLE */
  style?: TextStyle;
}

/** The rendered text, one "\n" after each line. */
export function renderMarkdown(markdown: string, options: RenderOptions = {}): string {
  const width = Math.max(20, options.width ?? 80);
  const lines = blocks(Lexer.lex(markdown), width, options.style ?? PLAIN_STYLE);
  while (lines.at(-1) === "") lines.pop();
  return lines.map((l) => `${l}\n`).join("");
}

/** Lines of a run of block tokens, a blank line after each paragraph, heading, list and code block. */
function blocks(tokens: readonly Token[], width: number, style: TextStyle): string[] {
  const lines: string[] = [];
  for (const token of tokens) {
    switch (token.type) {
      case "space":
        break;
      case "heading":
        lines.push(...fillLines(inlineWords((token as Tokens.Heading).tokens, style), width).map(style.bold), "");
        break;
      case "paragraph":
        lines.push(...fillLines(inlineWords((token as Tokens.Paragraph).tokens, style), width), "");
        break;
      case "text": {
        const text = token as Tokens.Text;
        lines.push(...fillLines(inlineWords(text.tokens ?? [text], style), width));
        break;
      }
      case "list":
        lines.push(...list(token as Tokens.List, width, style), "");
        break;
      case "code":
        lines.push(...(token as Tokens.Code).text.split("\n").map((l) => `    ${style.ansi ? style.code(l) : l}`), "");
        break;
      case "blockquote":
        lines.push(...trimBlank(blocks((token as Tokens.Blockquote).tokens, width - 2, style)).map((l) => `${style.dim("│")} ${l}`), "");
        break;
      case "hr":
        lines.push(style.dim("─".repeat(Math.min(width, 40))), "");
        break;
      default:
        lines.push(...token.raw.replace(/\n+$/, "").split("\n"), "");
    }
  }
  return lines;
}

function list(token: Tokens.List, width: number, style: TextStyle): string[] {
  const start = typeof token.start === "number" ? token.start : 1;
  const markers = token.items.map((_, i) => (token.ordered ? `${start + i}.` : style.ansi ? "•" : "-"));
  const indent = Math.max(...markers.map((m) => m.length)) + 1;
  const lines: string[] = [];
  token.items.forEach((item, i) => {
    const body = trimBlank(blocks(item.tokens, width - indent, style));
    if (token.loose && i > 0) lines.push("");
    body.forEach((line, j) => lines.push((j === 0 ? markers[i]!.padEnd(indent) : " ".repeat(indent)) + line));
  });
  return lines;
}

function trimBlank(lines: string[]): string[] {
  let end = lines.length;
  while (end > 0 && lines[end - 1] === "") end--;
  return lines.slice(0, end);
}
