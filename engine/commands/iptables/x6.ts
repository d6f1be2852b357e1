/**
 * The generic option checks libxtables (xtoptions.c) makes for extensions on
 * the x6 API, with its messages: before an option is parsed (once, `!`,
 * argument) and after the rule is complete (mandatory, also, excl).
 */
import type { OptionSpec, ParseFailure } from "../../netfilter/extension.js";

export function checkOptionUse(ext: string, spec: OptionSpec, seen: ReadonlySet<string>, invert: boolean, arg: string | undefined): ParseFailure | undefined {
  const selfExcl = spec.excl?.includes(spec.name) ?? false;
  if ((!spec.multi || selfExcl) && seen.has(spec.name)) return { error: `${ext}: option "--${spec.name}" can only be used once.\n` };
  if (invert && !spec.invert) return { error: `${ext}: option "--${spec.name}" cannot be inverted.\n` };
  if ((spec.arg ?? "required") !== "none" && arg === undefined) return { error: `${ext}: option "--${spec.name}" requires an argument.\n` };
  return undefined;
}

export function finalOptionChecks(ext: string, options: readonly OptionSpec[], seen: ReadonlySet<string>): ParseFailure | undefined {
  for (const entry of options) {
    if (entry.mandatory && !seen.has(entry.name)) return { error: `${ext}: option "--${entry.name}" must be specified\n` };
    if (!seen.has(entry.name)) continue;
    for (const other of options) {
      if (other === entry) continue;
      if (entry.also?.includes(other.name) && !seen.has(other.name)) {
        return { error: `${ext}: option "--${entry.name}" also requires "--${other.name}".\n` };
      }
      if (entry.excl?.includes(other.name) && seen.has(other.name)) {
        return { error: `${ext}: option "--${entry.name}" cannot be used together with "--${other.name}".\n` };
      }
    }
  }
  return undefined;
}
