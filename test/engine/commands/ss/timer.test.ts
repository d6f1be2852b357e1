import { describe, expect, it } from "vitest";
import { msTimer } from "../../../../engine/commands/ss/timer.js";
import { parseSs } from "../../../../engine/commands/ss/options.js";

describe("ss -o timers (print_ms_timer)", () => {
  it("prints-seconds-minutes-and-milliseconds-as-iproute2", () => {
    expect(msTimer(58_500)).toBe("58sec");
    expect(msTimer(60_000)).toBe("1min");
    expect(msTimer(61_000)).toBe("1min1sec");
    expect(msTimer(5_500)).toBe("5.500ms");
    expect(msTimer(500)).toBe("500ms");
    expect(msTimer(3_000)).toBe("3sec");
  });
});

describe("ss state filter", () => {
  it("replaces-the-default-states-the-first-time-and-adds-after", () => {
    const r = parseSs(["ss", "-tan", "state", "time-wait", "state", "established"]);
    expect(r.ok && [...r.options.states].sort()).toEqual(["ESTABLISHED", "TIME-WAIT"]);
    const d = parseSs(["ss", "-tn"]);
    expect(d.ok && d.options.states.has("TIME-WAIT")).toBe(false);
    expect(parseSs(["ss", "-tn", "dst", "10.0.0.1"])).toMatchObject({ ok: false, exitCode: 1 });
  });
});
