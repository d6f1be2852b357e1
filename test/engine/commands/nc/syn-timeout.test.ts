import { expect, it } from "vitest";
import { synSchedule } from "../../../../engine/commands/nc/net/syn-timeout.js";
import { createWorld } from "../../../../engine/world/spec.js";

it("SYN retransmissions with tcp_syn_linear_timeouts=4: five at 1 s, then doubling; as measured (SYNs at 35.6 and 69.4 s, failure at 134.6 s)", () => {
  const world = createWorld({});
  const ns = world.namespaces.lab!;
  const start = world.clock.nowMs;
  const { sends, giveUpMs } = synSchedule(ns, start);
  const seconds = sends.map((t) => Math.round((t - start) / 1000));
  expect(seconds).toEqual([0, 1, 2, 3, 4, 5, 7, 11, 19, 36, 69]);
  expect((giveUpMs - start) / 1000).toBeGreaterThan(131);
  expect((giveUpMs - start) / 1000).toBeLessThan(135);
});
