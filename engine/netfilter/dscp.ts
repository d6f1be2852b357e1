/** DiffServ class names (extensions/dscp_helper.c) and the TOS names (tos_values.c). */
import type { ParseFailure } from "./extension.js";
import { fail } from "./xt-helpers.js";

const DS_CLASSES: readonly [string, number][] = [
  ["CS0", 0x00], ["CS1", 0x08], ["CS2", 0x10], ["CS3", 0x18], ["CS4", 0x20], ["CS5", 0x28], ["CS6", 0x30], ["CS7", 0x38],
  ["BE", 0x00], ["AF11", 0x0a], ["AF12", 0x0c], ["AF13", 0x0e], ["AF21", 0x12], ["AF22", 0x14], ["AF23", 0x16],
  ["AF31", 0x1a], ["AF32", 0x1c], ["AF33", 0x1e], ["AF41", 0x22], ["AF42", 0x24], ["AF43", 0x26], ["EF", 0x2e],
];

/** class_to_dscp: the first class the argument begins with (case-insensitive). */
export function classToDscp(name: string): number | ParseFailure {
  const upper = name.toUpperCase();
  const c = DS_CLASSES.find(([n]) => upper.startsWith(n));
  return c ? c[1] : fail(`Invalid DSCP value \`${name}'`);
}

export const TOS_SYMBOLS: readonly [string, number][] = [
  ["Minimize-Delay", 0x10], ["Maximize-Throughput", 0x08], ["Maximize-Reliability", 0x04], ["Minimize-Cost", 0x02], ["Normal-Service", 0x00],
];

/** XTTYPE_TOSMASK: "value[/mask]" or a TOS name (mask `defaultMask`). */
export function parseTosMask(arg: string, defaultMask: number): { value: number; mask: number } | ParseFailure {
  const m = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)(.*)$/.exec(arg);
  const v = m ? Number(m[1]!.startsWith("0") && !/^0[xX]/.test(m[1]!) && m[1]!.length > 1 ? parseInt(m[1]!, 8) : Number(m[1])) : undefined;
  if (m && v !== undefined && v <= 255) {
    let mask = 255;
    let rest = m[2]!;
    if (rest.startsWith("/")) {
      const mm = /^(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9]\d*)(.*)$/.exec(rest.slice(1));
      const mv = mm ? (mm[1]!.startsWith("0") && !/^0[xX]/.test(mm[1]!) && mm[1]!.length > 1 ? parseInt(mm[1]!, 8) : Number(mm[1])) : undefined;
      if (!mm || mv === undefined || mv > 255) return fail(`Illegal value: "${arg}"`);
      mask = mv;
      rest = mm[2]!;
    }
    if (rest !== "") return fail(`Illegal value: "${arg}"`);
    return { value: v, mask };
  }
  const sym = TOS_SYMBOLS.find(([n]) => n.toLowerCase() === arg.toLowerCase());
  if (sym) return { value: sym[1], mask: defaultMask };
  return fail(`Symbolic name "${arg}" is unknown`);
}

/** tos_try_print_symbolic: the name, when the mask is 0x3f and the value has one. */
export function tosSymbol(value: number, mask: number): string | undefined {
  if (mask !== 0x3f) return undefined;
  return TOS_SYMBOLS.find(([, v]) => v === value)?.[0];
}
