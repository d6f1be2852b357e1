/**
 * The generic option checks libxtables (xtoptions.c) makes for extensions on
 * the x6 API, with its messages: before an option is parsed (once, `!`,
 * argument) and after the rule is complete (mandatory, also, excl). `seen`
 * holds option ids.
 */
import type { OptionSpec, ParseFailure } from "../../netfilter/extension.js";

export const optionId = (spec: OptionSpec): string => spec.id ?? spec.name;

export function checkOptionUse(ext: string, spec: OptionSpec, seen: ReadonlySet<string>, invert: boolean, arg: string | undefined): ParseFailure | undefined {
  const id = optionId(spec);
  const selfExcl = spec.excl?.includes(id) ?? false;
  if ((!spec.multi || selfExcl) && seen.has(id)) return { error: `${ext}: option "--${spec.name}" can only be used once.\n` };
  if (invert && !spec.invert) return { error: `${ext}: option "--${spec.name}" cannot be inverted.\n` };
  if ((spec.arg ?? "required") !== "none" && arg === undefined) return { error: `${ext}: option "--${spec.name}" requires an argument.\n` };
  return undefined;
}

/** Option tables with nothing to check after parsing (no mandatory, also or excl). */
const trivial = new WeakMap<readonly OptionSpec[], boolean>();

export function finalOptionChecks(ext: string, options: readonly OptionSpec[], seen: ReadonlySet<string>): ParseFailure | undefined {
  let t = trivial.get(options);
  if (t === undefined) {
    t = !options.some((o) => o.mandatory || o.also?.length || o.excl?.length);
    trivial.set(options, t);
  }
  if (t) return undefined;
  const primary = new Map<string, OptionSpec>();
  for (const o of options) if (!primary.has(optionId(o))) primary.set(optionId(o), o);
  for (const entry of primary.values()) {
    const id = optionId(entry);
    if (entry.mandatory && !seen.has(id)) return { error: `${ext}: option "--${entry.name}" must be specified\n` };
    if (!seen.has(id)) continue;
    for (const other of primary.values()) {
      const oid = optionId(other);
      if (oid === id) continue;
      if (entry.also?.includes(oid) && !seen.has(oid)) {
        return { error: `${ext}: option "--${entry.name}" also requires "--${other.name}".\n` };
      }
      if (entry.excl?.includes(oid) && seen.has(oid)) {
        return { error: `${ext}: option "--${entry.name}" cannot be used together with "--${other.name}".\n` };
      }
    }
  }
  return undefined;
}
