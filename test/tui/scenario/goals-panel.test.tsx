import { describe, expect, test } from "vitest";
import { render } from "ink-testing-library";
import { GoalsPanel } from "../../../lab/tui/components/GoalsPanel.js";

const goals = [
  { id: "a", title: "alice reaches web", pass: true, reason: "" },
  { id: "b", title: "bob is blocked", pass: false, reason: "bob → 198.51.100.10:8080: nothing stopped it, it reached web:80" },
];

describe("GoalsPanel", () => {
  test("one-row-per-goal-with-the-reason-of-a-failing-one-cut-to-the-width", () => {
    const { lastFrame } = render(<GoalsPanel goals={goals} columns={40} />);
    expect(lastFrame()).toBe(["Goals 1/2 · check · why · hint · task ·…", "✔ alice reaches web", "✘ bob is blocked — bob → 198.51.100.10:…"].join("\n"));
  });

  test("compact-keeps-only-the-title-row", () => {
    const { lastFrame } = render(<GoalsPanel goals={goals} columns={80} compact />);
    expect(lastFrame()).toBe("Goals 1/2 · check · why · hint · task · reset · solution · scenarios");
  });
});
