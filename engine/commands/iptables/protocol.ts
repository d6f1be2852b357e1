/**
 * Protocol names and numbers as iptables parses them (xtables_parse_protocol):
 * a number, iptables' own table, then /etc/protocols.
 */
import type { NameDb } from "../../netfilter/extension.js";
import { CHAIN_PROTOS } from "../../netfilter/format.js";
import { xtStrtoui } from "../../netfilter/xt-number.js";

/** xtables_parse_protocol; undefined for "unknown protocol". */
export function parseProtocol(text: string, names: NameDb): number | undefined {
  const num = xtStrtoui(text, 0, 255);
  if (num !== undefined) return num;
  const own = CHAIN_PROTOS.find(([name]) => name === text);
  if (own) return own[1];
  return names.protoNumber(text);
}
