/** The statistics block iputils ping prints when it finishes (finish() in ping/ping_common.c). */

export interface PingTally {
  readonly target: string;
  readonly transmitted: number;
  readonly received: number;
  readonly errors: number;
  /** From the first transmission to the last, in ms. */
  readonly elapsedMs: number;
  /** Round-trip times of the replies, in ms. */
  readonly rtts: readonly number[];
  /** The most packets outstanding when one was answered. */
  readonly pipe: number;
}

/** C's %g with the default precision of 6. */
export function formatG(value: number): string {
  if (value === 0) return "0";
  const exponent = Math.floor(Math.log10(Math.abs(value)));
  if (exponent < -4 || exponent >= 6) return value.toExponential(5).replace(/\.?0+e/, "e").replace(/e([+-])(\d)$/, "e$10$2");
  return value.toFixed(Math.max(0, 5 - exponent)).replace(/\.?0+$/, "");
}

/** %ld.%03ld of a time in ms, as iputils prints it (truncated to microseconds). */
function ms3(value: number): string {
  const us = Math.floor(value * 1000 + 1e-9);
  return `${Math.floor(us / 1000)}.${String(us % 1000).padStart(3, "0")}`;
}

export function statisticsBlock(t: PingTally): string {
  let out = `\n--- ${t.target} ping statistics ---\n`;
  out += `${t.transmitted} packets transmitted, ${t.received} received`;
  if (t.errors > 0) out += `, +${t.errors} errors`;
  if (t.transmitted > 0) {
    const loss = ((t.transmitted - t.received) * 100) / t.transmitted;
    out += `, ${formatG(Math.fround(loss))}% packet loss, time ${Math.round(t.elapsedMs)}ms`;
  }
  out += "\n";
  const parts: string[] = [];
  if (t.received > 0 && t.rtts.length > 0) {
    const min = Math.min(...t.rtts);
    const max = Math.max(...t.rtts);
    const avg = t.rtts.reduce((a, b) => a + b, 0) / t.rtts.length;
    const sq = t.rtts.reduce((a, b) => a + b * b, 0) / t.rtts.length;
    const mdev = Math.sqrt(Math.max(0, sq - avg * avg));
    parts.push(`rtt min/avg/max/mdev = ${ms3(min)}/${ms3(avg)}/${ms3(max)}/${ms3(mdev)} ms`);
  }
  if (t.pipe > 1) parts.push(`pipe ${t.pipe}`);
  return `${out}${parts.join(", ")}\n`;
}
