/** ICMP type names iptables knows (extensions/libxt_icmp.h), with their code ranges. */
export interface IcmpName {
  readonly name: string;
  readonly type: number;
  readonly codeMin: number;
  readonly codeMax: number;
}

const n = (name: string, type: number, codeMin = 0, codeMax = 0xff): IcmpName => ({ name, type, codeMin, codeMax });

export const ICMP_CODES: readonly IcmpName[] = [
  n("any", 0xff), n("echo-reply", 0), n("pong", 0), n("destination-unreachable", 3),
  n("network-unreachable", 3, 0, 0), n("host-unreachable", 3, 1, 1), n("protocol-unreachable", 3, 2, 2),
  n("port-unreachable", 3, 3, 3), n("fragmentation-needed", 3, 4, 4), n("source-route-failed", 3, 5, 5),
  n("network-unknown", 3, 6, 6), n("host-unknown", 3, 7, 7), n("network-prohibited", 3, 9, 9),
  n("host-prohibited", 3, 10, 10), n("TOS-network-unreachable", 3, 11, 11), n("TOS-host-unreachable", 3, 12, 12),
  n("communication-prohibited", 3, 13, 13), n("host-precedence-violation", 3, 14, 14), n("precedence-cutoff", 3, 15, 15),
  n("source-quench", 4), n("redirect", 5), n("network-redirect", 5, 0, 0), n("host-redirect", 5, 1, 1),
  n("TOS-network-redirect", 5, 2, 2), n("TOS-host-redirect", 5, 3, 3), n("echo-request", 8), n("ping", 8),
  n("router-advertisement", 9), n("router-solicitation", 10), n("time-exceeded", 11), n("ttl-exceeded", 11),
  n("ttl-zero-during-transit", 11, 0, 0), n("ttl-zero-during-reassembly", 11, 1, 1), n("parameter-problem", 12),
  n("ip-header-bad", 12, 0, 0), n("required-option-missing", 12, 1, 1), n("timestamp-request", 13),
  n("timestamp-reply", 14), n("address-mask-request", 17), n("address-mask-reply", 18),
];
