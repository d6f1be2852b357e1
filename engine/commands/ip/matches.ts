/**
 * iproute2's argument matching: matches(arg, word) is true when arg is a
 * non-empty prefix of word ("a" is "address", "sh" is "show"); NEXT_ARG
 * complains when a keyword lacks its value.
 */
import { incompleteCommand } from "./errors.js";

export function matches(arg: string, word: string): boolean {
  return arg.length > 0 && word.startsWith(arg);
}

/** A cursor over argv, as the C code walks argc/argv. */
export class Args {
  private at = 0;

  constructor(private readonly argv: readonly string[]) {}

  get done(): boolean {
    return this.at >= this.argv.length;
  }

  get rest(): readonly string[] {
    return this.argv.slice(this.at);
  }

  get count(): number {
    return this.argv.length - this.at;
  }

  peek(): string {
    return this.argv[this.at] ?? "";
  }

  take(): string {
    return this.argv[this.at++] ?? "";
  }

  /** NEXT_ARG: the value after the keyword just taken. */
  next(): string {
    if (this.at >= this.argv.length) incompleteCommand();
    return this.argv[this.at++]!;
  }
}
