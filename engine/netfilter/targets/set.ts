/** -j SET revision 3 (libxt_SET.c, xt_set.c): add the packet's address to an ipset, or delete it. */
import type { TargetModule } from "../extension.js";
import { fail } from "../xt-helpers.js";
import { xtStrtoui } from "../xt-number.js";
import { parseDirs, setRef, type SetDirs } from "../matches/set.js";

export interface SetTargetData {
  add?: SetDirs;
  del?: SetDirs;
  exist?: boolean;
  timeout?: number;
}

export const setTarget: TargetModule<SetTargetData> = {
  name: "SET",
  oldApi: true,
  options: [{ name: "add-set" }, { name: "del-set" }, { name: "exist", arg: "none" }, { name: "timeout" }],
  init: () => ({}),
  parse(d, opt, arg, invert, ctx) {
    if (opt === "exist") return { ...d, exist: true };
    if (opt === "timeout") {
      const v = xtStrtoui(arg!, 0, 0xfffffffe);
      if (v === undefined) return fail("Invalid value for option --timeout or out of range 0-4294967294");
      return { ...d, timeout: v };
    }
    const dirsText = ctx.takeArg();
    if (dirsText === undefined) return fail(`--${opt} requires two args.`);
    if (arg!.length > 31) return fail(`setname \`${arg}' too long, max 31 characters.`);
    if (ctx.ipsetExists && !ctx.ipsetExists(arg!)) return fail(`Set ${arg} doesn't exist.\n`);
    const dirs = parseDirs(dirsText);
    if (!Array.isArray(dirs)) return dirs;
    const ref = { name: arg!, dirs, invert };
    return opt === "add-set" ? { ...d, add: ref } : { ...d, del: ref };
  },
  finalCheck(d) {
    if (!d.add && !d.del) return fail("You must specify either `--add-set' or `--del-set' or `--map-set'");
    if (!d.add && d.exist) return fail("Flag `--exist' can be used with `--add-set' only");
    if (!d.add && d.timeout !== undefined) return fail("Option `--timeout' can be used with `--add-set' only");
    return undefined;
  },
  save(d) {
    let s = setRef("--add-set", d.add);
    if (d.exist) s += " --exist";
    if (d.timeout !== undefined) s += ` --timeout ${d.timeout}`;
    return s + setRef("--del-set", d.del);
  },
  print(d) {
    let s = setRef("add-set", d.add);
    if (d.exist) s += " exist";
    if (d.timeout !== undefined) s += ` timeout ${d.timeout}`;
    return s + setRef("del-set", d.del);
  },
  evaluate(d) {
    const effects = [];
    if (d.add) effects.push({ kind: "ipset" as const, op: "add" as const, set: d.add.name, dirs: d.add.dirs, ...(d.exist ? { exist: true } : {}), ...(d.timeout !== undefined ? { timeout: d.timeout } : {}) });
    if (d.del) effects.push({ kind: "ipset" as const, op: "del" as const, set: d.del.name, dirs: d.del.dirs });
    return { verdict: "CONTINUE", effects };
  },
};
