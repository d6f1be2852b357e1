/**
 * GNU getopt_long with its own error messages (opterr = 1), for the small
 * option sets of iptables-save and iptables-restore. Options may be
 * permuted with operands, as GNU getopt does by default.
 */

export interface SimpleOption {
  readonly name: string;
  /** "next": optional, and also taken from the next word when that is not an option (xs_has_arg). */
  readonly arg: "none" | "required" | "optional" | "next";
  readonly key: string;
}

export type SimpleResult =
  | { ok: true; options: { key: string; arg?: string }[]; operands: string[] }
  | { ok: false; error: string };

/** `shorts` as in C: "bcdt:M:f:V" (a colon after a letter: it takes an argument). */
export function simpleGetopt(prog: string, argv: readonly string[], shorts: string, longs: readonly SimpleOption[], nextArg: readonly string[] = []): SimpleResult {
  const options: { key: string; arg?: string }[] = [];
  const operands: string[] = [];
  const shortArg = (c: string): "none" | "required" | "optional" | undefined => {
    const i = shorts.indexOf(c);
    if (i < 0 || c === ":") return undefined;
    if (shorts[i + 1] === ":") return shorts[i + 2] === ":" ? "optional" : "required";
    return "none";
  };
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      const name = a.slice(2, eq >= 0 ? eq : undefined);
      const exact = longs.find((o) => o.name === name);
      const cands = exact ? [exact] : longs.filter((o) => o.name.startsWith(name));
      if (cands.length === 0) return { ok: false, error: `${prog}: unrecognized option '${a}'\n` };
      if (cands.length > 1 && cands.some((c) => c.key !== cands[0]!.key)) {
        return { ok: false, error: `${prog}: option '${a}' is ambiguous; possibilities:${cands.map((c) => ` '--${c.name}'`).join("")}\n` };
      }
      const o = cands[0]!;
      if (o.arg === "none") {
        if (eq >= 0) return { ok: false, error: `${prog}: option '--${o.name}' doesn't allow an argument\n` };
        options.push({ key: o.key });
      } else if (eq >= 0) {
        options.push({ key: o.key, arg: a.slice(eq + 1) });
      } else if (o.arg === "optional") {
        options.push({ key: o.key });
      } else if (o.arg === "next") {
        const next = argv[i + 1];
        if (next !== undefined && !next.startsWith("-") && !next.startsWith("!")) options.push({ key: o.key, arg: argv[++i]! });
        else options.push({ key: o.key });
      } else if (i + 1 < argv.length) {
        options.push({ key: o.key, arg: argv[++i]! });
      } else {
        return { ok: false, error: `${prog}: option '--${o.name}' requires an argument\n` };
      }
      continue;
    }
    if (a.startsWith("-") && a !== "-") {
      for (let j = 1; j < a.length; j++) {
        const c = a[j]!;
        const kind = shortArg(c);
        if (kind === undefined) return { ok: false, error: `${prog}: invalid option -- '${c}'\n` };
        if (kind === "none") {
          const next = argv[i + 1];
          if (nextArg.includes(c) && j === a.length - 1 && next !== undefined && !next.startsWith("-") && !next.startsWith("!")) {
            options.push({ key: c, arg: argv[++i]! });
            break;
          }
          options.push({ key: c });
          continue;
        }
        const rest = a.slice(j + 1);
        if (rest !== "") options.push({ key: c, arg: rest });
        else if (kind === "optional") options.push({ key: c });
        else if (i + 1 < argv.length) options.push({ key: c, arg: argv[++i]! });
        else return { ok: false, error: `${prog}: option requires an argument -- '${c}'\n` };
        break;
      }
      continue;
    }
    operands.push(a);
  }
  return { ok: true, options, operands };
}

/** The program's own name, as basename(argv[0]). */
export function baseName(argv0: string): string {
  return argv0.slice(argv0.lastIndexOf("/") + 1);
}
