import { describe, expect, test } from "vitest";
import { renderMarkdown } from "../../lab/scenario/markdown/render.js";
import { ANSI_STYLE } from "../../lab/scenario/markdown/style.js";

const ansi = (md: string, width = 80) => renderMarkdown(md, { width, style: ANSI_STYLE });

describe("markdown in the terminal", () => {
  test("headings-are-bold-and-followed-by-a-blank-line", () => {
    expect(ansi("# Only alice\n\ntext")).toBe("\x1b[1mOnly alice\x1b[22m\n\ntext\n");
  });

  test("paragraphs-are-filled-to-the-width-with-soft-breaks-as-spaces", () => {
    expect(renderMarkdown("one two three\nfour five six seven", { width: 20 })).toBe("one two three four\nfive six seven\n");
  });

  test("code-spans-are-highlighted-as-one-span-across-their-spaces", () => {
    expect(ansi("run `docker run -p 8080:80` now")).toBe("run \x1b[36mdocker run -p 8080:80\x1b[39m now\n");
    expect(renderMarkdown("run `docker ps` now")).toBe("run `docker ps` now\n");
  });

  test("bold-and-emphasis-nest-with-code", () => {
    expect(ansi("**only `alice`** and *you*")).toBe("\x1b[1monly\x1b[22m \x1b[1m\x1b[36malice\x1b[39m\x1b[22m and \x1b[3myou\x1b[23m\n");
  });

  test("lists-keep-their-markers-and-hang-their-continuation-lines", () => {
    const md = "1. only alice can reach the web server through port 8080\n2. the rest\n   - nested `x`\n";
    expect(renderMarkdown(md, { width: 31 })).toBe(
      "1. only alice can reach the web\n   server through port 8080\n2. the rest\n   - nested `x`\n",
    );
    expect(ansi("- a\n- b")).toBe("• a\n• b\n");
  });

  test("code-blocks-are-indented-and-never-filled", () => {
    expect(renderMarkdown("```\niptables -L DOCKER-USER -n -v --line-numbers\n```", { width: 20 })).toBe("    iptables -L DOCKER-USER -n -v --line-numbers\n");
  });

  test("entities-and-links-read-as-text", () => {
    expect(renderMarkdown("a &amp; b [docs](https://example.org) <https://x.org>")).toBe("a & b docs (https://example.org) https://x.org\n");
  });

  test("a-word-longer-than-the-width-stands-alone", () => {
    expect(renderMarkdown("a verylongwordthatdoesnotfit b", { width: 20 })).toBe("a\nverylongwordthatdoesnotfit\nb\n");
  });
});
