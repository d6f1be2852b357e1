/**
 * The world's clock. Virtual milliseconds since the Unix epoch; it moves only
 * when something advances it (`sleep`, the lab catching up with wall time).
 */
export interface Clock {
  nowMs: number;
}

/** 2024-01-01T00:00:00Z: the default start of a world that names no time. */
export const DEFAULT_EPOCH_MS = Date.UTC(2024, 0, 1, 0, 0, 0);

export function advanceClock(clock: Clock, ms: number): void {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError(`cannot advance the clock by ${ms} ms`);
  clock.nowMs += ms;
}
