/**
 * print_stats64 (ip/ipaddress.c): the RX and TX counters `ip -s link`
 * prints under a link, in columns as wide as the widest number.
 */
import type { Link } from "../../../world/types.js";
import type { IpRun } from "../context.js";

export function printLinkStats(run: IpRun, link: Link): void {
  const s = link.stats ?? { rxPackets: 0, rxBytes: 0, rxDropped: 0, txPackets: 0, txBytes: 0, txDropped: 0 };
  const out = run.out;
  if (out.isJson) {
    out.openObject("stats64");
    out.openObject("rx");
    for (const [k, v] of [["bytes", s.rxBytes], ["packets", s.rxPackets], ["errors", 0], ["dropped", s.rxDropped], ["over_errors", 0], ["multicast", 0]] as const) out.number("json", k, null, v);
    out.closeObject();
    out.openObject("tx");
    for (const [k, v] of [["bytes", s.txBytes], ["packets", s.txPackets], ["errors", 0], ["dropped", s.txDropped], ["carrier_errors", 0], ["collisions", 0]] as const) out.number("json", k, null, v);
    out.closeObject();
    out.closeObject();
    return;
  }
  const cols = ["*X errors:".length, "packets".length, "errors".length, "dropped".length, "heartbt".length, "overrun".length, "compressed".length, "otherhost".length];
  const size = (values: readonly number[]) => values.forEach((v, i) => (cols[i] = Math.max(cols[i]!, String(v).length)));
  size([s.rxBytes, s.rxPackets, 0, s.rxDropped, 0, 0, 0, 0]);
  size([s.txBytes, s.txPackets, 0, s.txDropped, 0, 0, 0, 0]);
  const sl = run.opts.oneline ? "\\" : "\n";
  const num = (w: number, v: number) => `${String(v).padStart(w)} `;
  const c = (i: number) => cols[i]!;
  out.raw(`    RX: ${"bytes".padStart(c(0) - 4)} ${"packets".padStart(c(1))} ${"errors".padStart(c(2))} ${"dropped".padStart(c(3))} ${"missed".padStart(c(4))} ${"mcast".padStart(c(5))} ${"".padStart(c(6))}${sl}`);
  out.raw(`    ${num(c(0), s.rxBytes)}${num(c(1), s.rxPackets)}${num(c(2), 0)}${num(c(3), s.rxDropped)}${num(c(4), 0)}${num(c(5), 0)}`);
  out.raw(sl);
  out.raw(`    TX: ${"bytes".padStart(c(0) - 4)} ${"packets".padStart(c(1))} ${"errors".padStart(c(2))} ${"dropped".padStart(c(3))} ${"carrier".padStart(c(4))} ${"collsns".padStart(c(5))} ${"".padStart(c(6))}${sl}`);
  out.raw(`    ${num(c(0), s.txBytes)}${num(c(1), s.txPackets)}${num(c(2), 0)}${num(c(3), s.txDropped)}${num(c(4), 0)}${num(c(5), 0)}`);
}
