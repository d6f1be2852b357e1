import { describe, expect, test } from "vitest";
import { Text } from "ink";
import { render } from "ink-testing-library";
import { ErrorBoundary } from "../../../lab/tui/components/ErrorBoundary.js";

const tick = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 20));

describe("ErrorBoundary", () => {
  test("a-rendering-bug-shows-a-notice-and-enter-draws-again", async () => {
    let broken = true;
    function Fragile() {
      if (broken) throw new Error("row 3 has no text");
      return <Text>all good</Text>;
    }
    const { lastFrame, stdin } = render(
      <ErrorBoundary>
        <Fragile />
      </ErrorBoundary>,
    );
    expect(lastFrame()).toContain("nflab could not draw the screen");
    expect(lastFrame()).toContain("row 3 has no text");
    broken = false;
    await tick();
    stdin.write("\r");
    await tick();
    expect(lastFrame()).toBe("all good");
  });
});
