/** `ip route`: list, add, change, replace, append, prepend, del, get, flush (do_iproute in ip/iproute.c). */
import type { IpRun } from "../context.js";
import { matches } from "../matches.js";
import { exitWith } from "../errors.js";
import { flushRoutes, listRoutes } from "./list.js";
import { routeDelete, routeModify } from "./modify.js";
import { routeGetCommand } from "./get.js";
import { IPROUTE_USAGE } from "../usage-texts.js";

export function doIproute(run: IpRun, argv: readonly string[]): void {
  if (argv.length < 1) return listRoutes(run, []);
  const [cmd, ...rest] = argv as [string, ...string[]];
  if (matches(cmd, "add")) return routeModify(run, rest, "add");
  if (matches(cmd, "change") || cmd === "chg") return routeModify(run, rest, "change");
  if (matches(cmd, "replace")) return routeModify(run, rest, "replace");
  if (matches(cmd, "prepend")) return routeModify(run, rest, "prepend");
  if (matches(cmd, "append")) return routeModify(run, rest, "append");
  if (matches(cmd, "test")) return exitWith(255, "nflab: ip route test is not emulated\n");
  if (matches(cmd, "delete")) return routeDelete(run, rest);
  if (matches(cmd, "list") || matches(cmd, "show") || matches(cmd, "lst")) return listRoutes(run, rest);
  if (matches(cmd, "get")) return routeGetCommand(run, rest);
  if (matches(cmd, "flush")) return flushRoutes(run, rest);
  if (matches(cmd, "save") || matches(cmd, "restore") || matches(cmd, "showdump")) {
    return exitWith(255, `nflab: ip route ${cmd} is not emulated\n`);
  }
  if (matches(cmd, "help")) return exitWith(255, IPROUTE_USAGE);
  return exitWith(255, `Command "${cmd}" is unknown, try "ip route help".\n`);
}
