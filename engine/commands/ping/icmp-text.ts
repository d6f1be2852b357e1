/** How iputils ping names the ICMP errors it receives (pr_icmph in ping/ping.c). */

const UNREACH: readonly string[] = [
  "Destination Net Unreachable",
  "Destination Host Unreachable",
  "Destination Protocol Unreachable",
  "Destination Port Unreachable",
  "Frag needed and DF set",
  "Source Route Failed",
  "Destination Net Unknown",
  "Destination Host Unknown",
  "Source Host Isolated",
  "Destination Net Prohibited",
  "Destination Host Prohibited",
  "Destination Net Unreachable for Type of Service",
  "Destination Host Unreachable for Type of Service",
  "Packet filtered",
  "Precedence Violation",
  "Precedence Cutoff",
];

export function icmpText(type: number, code: number): string {
  if (type === 3) return UNREACH[code] ?? `Dest Unreachable, Bad Code: ${code}`;
  if (type === 11) return code === 0 ? "Time to live exceeded" : code === 1 ? "Frag reassembly time exceeded" : `Time exceeded, Bad Code: ${code}`;
  if (type === 12) return "Parameter problem";
  if (type === 4) return "Source Quench";
  return `Bad ICMP type: ${type}`;
}
