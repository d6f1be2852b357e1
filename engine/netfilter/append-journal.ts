/**
 * The jumps and the checked rules of a table that got all its rules by
 * appends through one editor, starting from none: iptables-restore builds
 * kube-proxy's 150,000 rules so. Each rule is noted while it is at hand, and
 * the check at COMMIT (validate.ts) reads the notes instead of reading every
 * rule again and looking each jump's chain up by name.
 *
 * Positions are places in table.chains and in a chain's rules. An editor
 * that changes the table any other way drops its journal.
 */
import { keepShape } from "../keep-shape.js";
import { IntList } from "./int-list.js";
import type { Rule } from "./types.js";
import { needsCheck, unconditional } from "./validate.js";

export class AppendJournal {
  /** Per jump or goto, three numbers: the chain it is in, the rule's position there, the chain it enters. */
  readonly jumps = new IntList();
  /** Per rule whose modules have a kernel check, two numbers: its chain and its position there. */
  readonly checks = new IntList();
  /** Per chain, the position of its first rule that is an unconditional standard verdict (legacy follows nothing after it), or -1. */
  readonly stops: number[];
  /** How many rules were noted (the check compares it with the table's). */
  rules = 0;

  constructor(chains: number) {
    this.stops = new Array<number>(chains).fill(-1);
  }

  chainAdded(): void {
    this.stops.push(-1);
  }

  /** `rule` went to position `at` of chain `chain`; `enters` is the chain its jump or goto enters, or -1. */
  appended(chain: number, at: number, rule: Rule, enters: number): void {
    this.rules++;
    if (enters >= 0) {
      this.jumps.push(chain);
      this.jumps.push(at);
      this.jumps.push(enters);
    } else if (rule.target?.kind === "standard" && this.stops[chain] === -1 && unconditional(rule)) {
      this.stops[chain] = at;
    }
    if (needsCheck(rule)) {
      this.checks.push(chain);
      this.checks.push(at);
    }
  }
}

keepShape(new AppendJournal(0));
