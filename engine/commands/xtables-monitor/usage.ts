/** xtables-monitor 1.8.9's usage (printed with -h, or without -t or -e; exit 1), recorded. */
export const XTABLES_MONITOR_USAGE =
  "xtables-monitor 1.8.9 (nf_tables)\n" +
  "Usage: xtables-monitor [ -t | -e ]\n" +
  "        --trace    -t    trace ruleset traversal of packets tagged via -j TRACE rule\n" +
  "        --event    -e    show events that modify the ruleset\n" +
  "Optional arguments:\n" +
  "        --ipv4     -4    only monitor IPv4\n" +
  "        --ipv6     -6    only monitor IPv6\n" +
  "\t--counters -c    show counters in rules\n";
