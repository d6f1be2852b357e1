/**
 * The generic option checks libxtables (xtoptions.c) makes for extensions on
 * the x6 API, with its messages: before an option is parsed (once, `!`,
 * argument) and after the rule is complete (mandatory, also, excl). `seen`
 * holds option ids.
 */
import type { OptionSpec, ParseFailure, SeenOptions } from "../../netfilter/extension.js";

export const optionId = (spec: OptionSpec): string => spec.id ?? spec.name;

/**
 * `options` (the module's table) names an option as libxtables does: by the
 * first entry with its id (`--dport` twice is "--destination-port").
 */
export function checkOptionUse(ext: string, spec: OptionSpec, seen: SeenOptions, invert: boolean, arg: string | undefined, options?: readonly OptionSpec[]): ParseFailure | undefined {
  const id = optionId(spec);
  const selfExcl = spec.excl?.includes(id) ?? false;
  const name = (): string => options?.find((o) => optionId(o) === id)?.name ?? spec.name;
  if ((!spec.multi || selfExcl) && seen.has(id)) return { error: `${ext}: option "--${name()}" can only be used once.\n` };
  if (invert && !spec.invert) return { error: `${ext}: option "--${name()}" cannot be inverted.\n` };
  if ((spec.arg ?? "required") !== "none" && arg === undefined) return { error: `${ext}: option "--${spec.name}" requires an argument.\n` };
  return undefined;
}

/** Per option table: nothing to check after parsing (no mandatory, also or excl), or its primary entries. */
const primaries = new WeakMap<readonly OptionSpec[], readonly OptionSpec[] | null>();

function primaryOptions(options: readonly OptionSpec[]): readonly OptionSpec[] | null {
  let p = primaries.get(options);
  if (p === undefined) {
    if (!options.some((o) => o.mandatory || o.also?.length || o.excl?.length)) p = null;
    else {
      const byId = new Map<string, OptionSpec>();
      for (const o of options) if (!byId.has(optionId(o))) byId.set(optionId(o), o);
      p = [...byId.values()];
    }
    primaries.set(options, p);
  }
  return p;
}

/** Whether finalOptionChecks can find anything to refuse in this option table. */
export function hasFinalOptionChecks(options: readonly OptionSpec[]): boolean {
  return primaryOptions(options) !== null;
}

export function finalOptionChecks(ext: string, options: readonly OptionSpec[], seen: SeenOptions): ParseFailure | undefined {
  const primary = primaryOptions(options);
  if (primary === null) return undefined;
  for (const entry of primary) {
    const id = optionId(entry);
    if (entry.mandatory && !seen.has(id)) return { error: `${ext}: option "--${entry.name}" must be specified\n` };
    if (!seen.has(id) || (!entry.also && !entry.excl)) continue;
    for (const other of primary) {
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
