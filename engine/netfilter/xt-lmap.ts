/**
 * xtables_parse_val_mask and xtables_print_val_mask with a name map (struct
 * xtables_lmap): "VALUE[/MASK]" in any C base, or a name from an iproute2
 * table (/etc/iproute2/group for devgroup, rt_realms for realm).
 */
import type { ParseFailure } from "./extension.js";
import { fail } from "./xt-helpers.js";
import { xtStrtouiPrefix } from "./xt-number.js";

export type Lmap = ReadonlyMap<number, string>;

export function parseValMaskLmap(ext: string, opt: string, arg: string, lmap: Lmap): { value: number; mask: number } | ParseFailure {
  const byName = (): { value: number; mask: number } | ParseFailure => {
    for (const [id, name] of lmap) if (name === arg) return { value: id, mask: 0xffffffff };
    return fail(`${ext}: could not map name ${arg} to an integer value for option "--${opt}".\n`);
  };
  const v = xtStrtouiPrefix(arg, 0, 0xffffffff);
  if (!v) return byName();
  if (v.rest === "") return { value: v.value, mask: 0xffffffff };
  if (!v.rest.startsWith("/")) return byName();
  const m = xtStrtouiPrefix(v.rest.slice(1), 0, 0xffffffff);
  if (!m) return fail(`${ext}: bad integer value for option "--${opt}", or out of range.\n`);
  if (m.rest !== "") return fail(`${ext}: trailing garbage after value for option "--${opt}".\n`);
  return { value: v.value, mask: m.value };
}

/** " 0xV/0xM", " NAME" (unless numeric) or " 0xV". */
export function printValMaskLmap(value: number, mask: number, lmap: Lmap | undefined): string {
  if (mask >>> 0 !== 0xffffffff) return ` 0x${(value >>> 0).toString(16)}/0x${(mask >>> 0).toString(16)}`;
  const name = lmap?.get(value);
  return name !== undefined ? ` ${name}` : ` 0x${(value >>> 0).toString(16)}`;
}
