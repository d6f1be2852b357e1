/**
 * A rule printed as iptables prints it: the save form (`-A CHAIN ...`, for
 * -S and iptables-save; xshared.c save_ipv4_addr, save_rule_details,
 * save_matches_and_target) and the -L row (print_rule_details,
 * print_fragment, print_ifaces, print_ipv4_addresses, then each module's
 * print). Both backends print rules the same way.
 */
import type { FormatContext, NameDb } from "./extension.js";
import { findMatch, findTarget } from "./registry.js";
import type { Backend, IpMatch, Rule, TargetInstance } from "./types.js";
import { listAddr, saveAddr } from "./xt-addr.js";
import { padding, padEnd, padStart } from "./xt-number.js";

export const CHAIN_PROTOS: readonly [string, number][] = [
  ["tcp", 6], ["sctp", 132], ["udp", 17], ["udplite", 136], ["icmp", 1], ["ipv6-icmp", 58], ["icmpv6", 58],
  ["esp", 50], ["ah", 51], ["mobility-header", 135], ["ipv6-mh", 135], ["mh", 135], ["all", 0],
];

/** proto_to_name: iptables' own names, then /etc/protocols unless `nolookup`. */
export function protoToName(proto: number, nolookup: boolean, names: NameDb): string | undefined {
  for (const [name, num] of CHAIN_PROTOS) if (num === proto) return name;
  if (proto !== 0 && !nolookup) return names.protoName(proto);
  return undefined;
}

export interface RuleFormat {
  readonly backend: Backend;
  readonly names: NameDb;
}

/** save_iface; a bare "+" matches every name: legacy prints nothing for it (its mask is empty), nft keeps `! -i +`. */
function saveIface(letter: string, iface: IpMatch["inIface"], backend: Backend): string {
  if (!iface || iface.name === "") return "";
  if (iface.name === "+" && (backend === "legacy" || !iface.invert)) return "";
  return `${iface.invert ? " !" : ""} -${letter} ${iface.name}`;
}

/**
 * The rule's text after "-A CHAIN" (with a leading space), without counters
 * unless `counters` is given (the -c form -S -v prints before the target).
 * Built with `+=`: V8 links the pieces and copies them once, when the
 * chain's text is made flat (chain-texts.ts).
 */
export function saveRuleBody(rule: Rule, fmt: RuleFormat, counters?: string): string {
  const ip = rule.ip;
  let text = "";
  if (ip.src) text += `${ip.src.invert ? " !" : ""} -s ${saveAddr(ip.src.addr, ip.src.mask)}`;
  if (ip.dst) text += `${ip.dst.invert ? " !" : ""} -d ${saveAddr(ip.dst.addr, ip.dst.mask)}`;
  if (ip.inIface) text += saveIface("i", ip.inIface, fmt.backend);
  if (ip.outIface) text += saveIface("o", ip.outIface, fmt.backend);
  if (ip.proto) {
    const name = protoToName(ip.proto, false, fmt.names);
    text += `${ip.invertProto ? " !" : ""} -p ${name ?? ip.proto}`;
  }
  if (ip.fragment) text += `${ip.fragment.invert ? " !" : ""} -f`;
  const ctx: FormatContext = { numeric: true, names: fmt.names, backend: fmt.backend, ip };
  for (const m of rule.matches) {
    const module = findMatch(m.name);
    if (!module) throw new Error(`no match module "${m.name}" for a stored rule`);
    text += matchHead(m.name);
    text += module.save(m.data, ctx);
  }
  if (counters !== undefined) text += counters;
  return text + saveTarget(rule.target, ctx);
}

/** " -m NAME", made once per match module. */
const matchHeads = new Map<string, string>();

function matchHead(name: string): string {
  let head = matchHeads.get(name);
  if (head === undefined) matchHeads.set(name, (head = ` -m ${name}`));
  return head;
}

function saveTarget(target: TargetInstance | undefined, ctx: FormatContext): string {
  if (!target) return "";
  switch (target.kind) {
    case "standard":
      return ` -j ${target.verdict}`;
    case "jump":
      return ` -j ${target.chain}`;
    case "goto":
      return ` -g ${target.chain}`;
    case "ext": {
      const module = findTarget(target.name);
      if (!module) throw new Error(`no target module "${target.name}" for a stored rule`);
      return ` -j ${target.name}${module.save(target.data, ctx)}`;
    }
  }
}

/** The name -L prints in the target column. */
export function targetLabel(target: TargetInstance | undefined, backend: Backend = "nf_tables"): string {
  if (!target) return "";
  switch (target.kind) {
    case "standard":
      return target.verdict;
    case "jump":
    case "goto":
      return target.chain;
    case "ext":
      return findTarget(target.name)?.listName?.(backend) ?? target.name;
  }
}

export interface ListFormat extends RuleFormat {
  readonly numeric: boolean;
  readonly verbose: boolean;
  /** -x: exact counters instead of K/M/G. */
  readonly exact: boolean;
  readonly lineNumbers: boolean;
  /** FMT_NOTABLE: the one-line form `iptables -v -A` prints for each rule it adds. */
  readonly notable?: boolean;
}

/** xtables_print_num in a table column (FMT_KILOMEGAGIGA unless -x). */
/**
 * A 64-bit counter in decimal. Counters are JS numbers: exact below 2^53;
 * above, the nearest double, and 2^64 (what -c -1 gives) is 2^64-1.
 */
export function u64Text(n: number): string {
  if (n <= Number.MAX_SAFE_INTEGER) return String(n);
  if (n >= 2 ** 64) return "18446744073709551615";
  return BigInt(n).toString();
}

export function formatCount(n: number, exact: boolean, table = true): string {
  if (exact) return table ? padStart(u64Text(n), 8) + " " : `${u64Text(n)} `;
  if (n <= 99999) return table ? padStart(String(n), 5) + " " : `${n} `;
  let v = Math.floor((n + 500) / 1000);
  for (const unit of ["K", "M", "G"]) {
    if (v <= 9999) return table ? padStart(String(v), 4) + unit + " " : `${v}${unit} `;
    v = Math.floor((v + 500) / 1000);
  }
  return table ? padStart(String(v), 4) + "T " : `${v}T `;
}

function listIface(iface: IpMatch["inIface"], numeric: boolean, backend: Backend): string {
  const any = numeric ? "*" : "any";
  if (!iface) return any;
  return `${iface.invert ? "!" : ""}${iface.name}`;
}

/**
 * One -L row, with its newline. Columns that repeat from row to row
 * (protocol and options; an address that is not tested) are strings made
 * once.
 */
export function listRule(rule: Rule, num: number, fmt: ListFormat): string {
  if (fmt.notable) return printRuleLine(rule, fmt);
  const ip = rule.ip;
  let text = "";
  if (fmt.lineNumbers) text += padEnd(String(num), 4) + " ";
  if (fmt.verbose) {
    text += formatCount(rule.counters.packets, fmt.exact);
    text += formatCount(rule.counters.bytes, fmt.exact);
  }
  const target = targetLabel(rule.target, fmt.backend);
  text += target;
  text += padding(Math.max(9 - target.length, 0) + 1);
  text += protoColumns(ip, fmt);
  if (fmt.verbose) text += " " + padEnd(listIface(ip.inIface, fmt.numeric, fmt.backend), 6) + " " + padEnd(listIface(ip.outIface, fmt.numeric, fmt.backend), 6) + " ";
  text += addrColumn(ip.src, fmt);
  text += addrColumn(ip.dst, fmt);
  return text + modulesText(rule, fmt) + "\n";
}

/** The prot and opt columns, by protocol, inversion and fragment test (one string per kind of row). */
const protoColumnCache = new WeakMap<NameDb, Map<number, string>>();

function protoColumns(ip: IpMatch, fmt: ListFormat): string {
  const proto = ip.proto ?? 0;
  // Protocol (0-255) in bits 3-10, then -n, `! -p`, and the fragment test (none, -f, ! -f).
  const key = (proto << 3) | (fmt.numeric ? 1 << 11 : 0) | (ip.invertProto ? 4 : 0) | (ip.fragment ? (ip.fragment.invert ? 2 : 1) : 0);
  let byKey = protoColumnCache.get(fmt.names);
  if (!byKey) protoColumnCache.set(fmt.names, (byKey = new Map()));
  let text = byKey.get(key);
  if (text === undefined) {
    const pname = protoToName(proto, fmt.numeric, fmt.names);
    text = (ip.invertProto ? "!" : " ") + padEnd(fmt.numeric || pname === undefined ? String(proto) : pname, 4) + " " + (ip.fragment ? (ip.fragment.invert ? "!f " : "-f ") : "-- ");
    byKey.set(key, text);
  }
  return text;
}

const ANY_ADDRESS_COLUMN = { numeric: " " + padEnd("0.0.0.0/0", 19) + " ", named: " " + padEnd("anywhere", 19) + " " };

/** A source or destination column: the inversion mark, the address, the padding. */
function addrColumn(addr: IpMatch["src"], fmt: ListFormat): string {
  if (!addr || (addr.mask === 0 && !addr.invert)) return fmt.numeric ? ANY_ADDRESS_COLUMN.numeric : ANY_ADDRESS_COLUMN.named;
  const text = listAddr(addr.addr, addr.mask, fmt.numeric, fmt.names);
  return (addr.invert ? "!" : " ") + text + padding(Math.max(19 - text.length, 0) + 1);
}

/** What the rule's matches and target print in -L, after the fixed columns. */
function modulesText(rule: Rule, fmt: ListFormat): string {
  let text = rule.target?.kind === "goto" ? "[goto] " : "";
  const ctx: FormatContext = { numeric: fmt.numeric, names: fmt.names, backend: fmt.backend, ip: rule.ip };
  for (const m of rule.matches) text += findMatch(m.name)!.print(m.data, ctx);
  if (rule.target?.kind === "ext") text += findTarget(rule.target.name)!.print(rule.target.data, ctx);
  return text;
}

/** FMT_PRINT_RULE (NOCOUNTS | OPTIONS | VIA | NUMERIC | NOTABLE): what -v prints for a rule being added. */
function printRuleLine(rule: Rule, fmt: ListFormat): string {
  const ip = rule.ip;
  const out: string[] = [`${targetLabel(rule.target, fmt.backend)} `, ip.invertProto ? "!" : " "];
  const proto = ip.proto ?? 0;
  out.push(`${protoToName(proto, true, fmt.names) ?? proto} `);
  out.push("opt ", ip.fragment ? (ip.fragment.invert ? "!f " : "-f ") : "-- ");
  out.push(`in ${listIface(ip.inIface, true, fmt.backend)} `, `out ${listIface(ip.outIface, true, fmt.backend)} `);
  out.push(ip.src?.invert ? "!" : " ", `${listAddr(ip.src?.addr ?? 0, ip.src?.mask ?? 0, true, fmt.names)} `);
  out.push(ip.dst?.invert ? "!" : " ", `-> ${listAddr(ip.dst?.addr ?? 0, ip.dst?.mask ?? 0, true, fmt.names)}`);
  out.push("  ", modulesText(rule, { ...fmt, numeric: true }), "\n");
  return out.join("");
}
