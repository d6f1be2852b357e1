/** `ip address`: show, add, change, replace, delete, flush (do_ipaddr in ip/ipaddress.c). */
import type { IpRun } from "../context.js";
import { matches } from "../matches.js";
import { exitWith } from "../errors.js";
import { listLinks } from "../link/list.js";
import { addrAdd, addrDel, addrFlush } from "./modify.js";
import { IPADDR_USAGE } from "../usage-texts.js";

export function doIpaddr(run: IpRun, argv: readonly string[]): void {
  if (argv.length < 1) return listLinks(run, [], false);
  const [cmd, ...rest] = argv as [string, ...string[]];
  if (matches(cmd, "add")) return addrAdd(run, rest, false);
  if (matches(cmd, "change") || cmd === "chg" || matches(cmd, "replace")) return addrAdd(run, rest, true);
  if (matches(cmd, "delete")) return addrDel(run, rest);
  if (matches(cmd, "list") || matches(cmd, "show") || matches(cmd, "lst")) return listLinks(run, rest, false);
  if (matches(cmd, "flush")) return addrFlush(run, rest);
  if (matches(cmd, "save") || matches(cmd, "showdump") || matches(cmd, "restore")) {
    return exitWith(255, `nflab: ip address ${cmd} is not emulated\n`);
  }
  if (matches(cmd, "help")) return exitWith(255, IPADDR_USAGE);
  return exitWith(255, `Command "${cmd}" is unknown, try "ip address help".\n`);
}
