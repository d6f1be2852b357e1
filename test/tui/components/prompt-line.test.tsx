import { describe, expect, test } from "vitest";
import { render } from "ink-testing-library";
import { PromptLine } from "../../../lab/tui/components/PromptLine.js";
import { TranscriptLine } from "../../../lab/tui/components/TranscriptLine.js";

describe("PromptLine", () => {
  test("shows-the-prompt-and-the-line-wrapped-by-cells", () => {
    const { lastFrame } = render(<PromptLine lead="$ " line={{ text: "abcdefgh", cursor: 3 }} columns={4} maxRows={10} />);
    expect(lastFrame()).toBe("$ ab\ncdef\ngh");
  });

  test("a-line-taller-than-the-screen-shows-the-rows-around-the-cursor", () => {
    const text = "0123456789abcdefghij";
    const atEnd = render(<PromptLine lead="" line={{ text, cursor: text.length }} columns={5} maxRows={2} />);
    expect(atEnd.lastFrame()).toBe("fghij");
    const atStart = render(<PromptLine lead="" line={{ text, cursor: 0 }} columns={5} maxRows={2} />);
    expect(atStart.lastFrame()).toBe("01234\n56789");
  });
});

describe("TranscriptLine", () => {
  test("an-empty-line-still-takes-a-row", () => {
    expect(render(<TranscriptLine text="" columns={10} />).lastFrame()).toBe("");
    expect(render(<><TranscriptLine text="" columns={10} /><TranscriptLine text="x" columns={10} /></>).lastFrame()).toBe("\nx");
  });

  test("a-long-line-is-cut-at-the-margin-not-at-a-word", () => {
    expect(render(<TranscriptLine text="hello world" columns={8} />).lastFrame()).toBe("hello wo\nrld");
  });
});
