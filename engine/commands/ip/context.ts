/** What every part of the ip command works with: the namespace, the options, the output. */
import type { CommandContext } from "../types.js";
import type { NetNamespace, World } from "../../world/types.js";
import type { IpOptions } from "./options.js";
import { Printer } from "./print/printer.js";
import { LlCache } from "./ll-cache.js";

export interface IpRun {
  readonly world: World;
  readonly ns: NetNamespace;
  readonly opts: IpOptions;
  readonly out: Printer;
  readonly ll: LlCache;
  readonly cmd: CommandContext;
  /** Warnings printed before the command finishes (stderr). */
  warn(text: string): void;
}

export function newRun(cmd: CommandContext, ns: NetNamespace, opts: IpOptions, warn: (t: string) => void): IpRun {
  const colorOn = !opts.json && opts.color === "always";
  const bg = cmd.env.get("COLORFGBG");
  const dark = bg !== undefined && /;([0-68])$/.test(bg);
  const out = new Printer({
    json: opts.json,
    pretty: opts.pretty,
    sl: opts.oneline ? "\\" : "\n",
    ...(colorOn ? { color: dark ? "dark" : "light" } : {}),
  });
  return { world: cmd.world, ns, opts, out, ll: new LlCache(cmd.world, ns), cmd, warn };
}
