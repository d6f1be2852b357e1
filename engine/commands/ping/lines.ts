/** ping's line for each answer: `64 bytes from A: icmp_seq=1 ttl=64 time=0.052 ms` or `From A icmp_seq=1 <error>`. */
import type { Answer } from "./probes.js";
import { icmpText } from "./icmp-text.js";

/** The time as iputils prints it: fewer decimals as it grows. */
export function rttText(ms: number): string {
  if (ms >= 100) return String(Math.floor(ms));
  if (ms >= 10) return ms.toFixed(1);
  if (ms >= 1) return ms.toFixed(2);
  return ms.toFixed(3);
}

export function replyLines(answers: readonly Answer[], o: { size: number; label: (addr: string) => string }): string {
  let out = "";
  for (const a of answers) {
    const r = a.outcome;
    if (r.kind === "reply") out += `${o.size + 8} bytes from ${o.label(r.from)}: icmp_seq=${a.seq} ttl=${r.ttl} time=${rttText(r.rttMs)} ms\n`;
    else if (r.kind === "icmp-error") out += `From ${o.label(r.error.from)} icmp_seq=${a.seq} ${icmpText(r.error.type, r.error.code)}\n`;
    else out += `From ${o.label(r.from)} icmp_seq=${a.seq} Destination Host Unreachable\n`;
  }
  return out;
}
