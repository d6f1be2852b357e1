/**
 * -L (the table) and -S (the rules as commands) for one table, as
 * nft_rule_list / nft_rule_list_save and libiptc's list_entries /
 * list_rules print them.
 */
import { formatCount, listRule, saveRuleBody, u64Text, type ListFormat, type RuleFormat } from "../../netfilter/format.js";
import { chainReferences } from "../../netfilter/references.js";
import { listingPositions } from "../../netfilter/tables.js";
import type { Chain, Rule, Table } from "../../netfilter/types.js";
import { padEnd, padStart } from "../../netfilter/xt-number.js";
import { TextBuilder } from "../../netfilter/text-builder.js";
import { chainTexts } from "../../netfilter/chain-texts.js";

/** The chain's title line: its name, and its policy or how many rules refer to it. */
function title(chain: Chain, refs: number, fmt: ListFormat): string {
  if (chain.policy === undefined) return `Chain ${chain.name} (${refs} references)\n`;
  let line = `Chain ${chain.name} (policy ${chain.policy}`;
  if (fmt.verbose) line += ` ${formatCount(chain.counters.packets, fmt.exact, false)}packets, ${formatCount(chain.counters.bytes, fmt.exact, false)}bytes`;
  return line + ")\n";
}

/** The column names under every title: the same for every chain of one listing. */
function columnNames(fmt: ListFormat): string {
  let line = "";
  if (fmt.lineNumbers) line += padEnd("num", 4) + " ";
  if (fmt.verbose) line += fmt.exact ? padStart("pkts", 8) + " " + padStart("bytes", 10) + " " : padStart("pkts", 5) + " " + padStart("bytes", 5) + " ";
  line += padEnd("target", 9) + " " + " prot " + "opt";
  if (fmt.verbose) line += " " + padEnd("in", 6) + " " + padEnd("out", 6) + " ";
  line += " " + padEnd("source", 19) + " " + " " + padEnd("destination", 19) + " " + "\n";
  return line;
}

/** The positions of the chains to list: every chain in listing order, or the one named. */
function chainPositions(table: Table, chainName: string | undefined): ArrayLike<number> & Iterable<number> {
  return chainName === undefined ? listingPositions(table) : table.chains.flatMap((c, i) => (c.name === chainName ? [i] : []));
}

/** -L [chain [rulenum]] in parts (joined by a reader that needs it whole); undefined when the chain does not exist. */
export function listTable(table: Table, chainName: string | undefined, rulenum: number, fmt: ListFormat): readonly string[] | undefined {
  const positions = chainPositions(table, chainName);
  if (chainName !== undefined && positions.length === 0) return undefined;
  const references = chainReferences(table);
  const columns = columnNames(fmt);
  if (chainName === undefined) return wholeTable(table, positions, references, columns, fmt);
  const out = new TextBuilder();
  let found = false;
  for (const at of positions) {
    const c = table.chains[at]!;
    if (!rulenum) {
      if (found) out.push("\n");
      found = true;
      out.push(title(c, references[at]!, fmt));
      out.push(columns);
      out.push(rowsText(c, fmt));
    } else {
      const r = c.rules[rulenum - 1];
      if (r) out.push(listRule(r, rulenum, fmt));
    }
  }
  return out.parts();
}

/**
 * Every chain, each as a block made in the table's order (chain-texts.ts):
 * its title, the column names, its rows and the blank line that separates
 * it from the next (none after the last).
 */
function wholeTable(table: Table, positions: ArrayLike<number>, references: ArrayLike<number>, columns: string, fmt: ListFormat): readonly string[] {
  const blocks = chainTexts(table.chains, (c, at) => `${title(c, references[at]!, fmt)}${columns}${rowsText(c, fmt)}\n`);
  const out = new TextBuilder();
  for (let k = 0; k < positions.length; k++) {
    const text = blocks.at(positions[k]!)!;
    out.pushPart(k === positions.length - 1 ? text.slice(0, -1) : text);
  }
  return out.parts();
}

function rowsText(c: Chain, fmt: ListFormat): string {
  const rules = c.rules;
  let text = "";
  for (let i = 0; i < rules.length; i++) text += listRule(rules[i]!, i + 1, fmt);
  return text;
}

/** -S [chain [rulenum]]; with `counters` (-v) the -c forms. Undefined when the chain does not exist. */
export function listRules(table: Table, chainName: string | undefined, rulenum: number, counters: boolean, fmt: RuleFormat): string | undefined {
  const positions = chainPositions(table, chainName);
  if (chainName !== undefined && positions.length === 0) return undefined;
  const chains = table.chains;
  const out = new TextBuilder();
  if (!rulenum) {
    for (const at of positions) {
      const c = chains[at]!;
      if (c.policy === undefined) out.push(`-N ${c.name}\n`);
      else out.push(`-P ${c.name} ${c.policy}${counters ? ` -c ${u64Text(c.counters.packets)} ${u64Text(c.counters.bytes)}` : ""}\n`);
    }
  }
  const rulesText = (c: Chain): string => {
    let text = "";
    c.rules.forEach((r, i) => {
      if (rulenum && i + 1 !== rulenum) return;
      text += `-A ${c.name}${saveRuleBody(r, fmt, counters ? ` -c ${u64Text(r.counters.packets)} ${u64Text(r.counters.bytes)}` : undefined)}\n`;
    });
    return text;
  };
  // The whole table: each chain's rules made in the table's order (chain-texts.ts).
  const texts = chainName === undefined ? chainTexts(chains, rulesText) : undefined;
  for (const at of positions) {
    if (!texts) out.push(rulesText(chains[at]!));
    else {
      const text = texts.at(at);
      if (text !== undefined) out.pushPart(text);
    }
  }
  return out.text();
}
