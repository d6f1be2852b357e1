/**
 * `ip link`: show, add, set, delete (do_iplink in ip/iplink.c). Commands are
 * matched as prefixes in the tool's order.
 */
import type { IpRun } from "../context.js";
import { matches } from "../matches.js";
import { exitWith } from "../errors.js";
import { listLinks } from "./list.js";
import { linkAdd, linkDelete, linkSet } from "./modify.js";
import { IPLINK_USAGE } from "../usage-texts.js";

export function doIplink(run: IpRun, argv: readonly string[]): void {
  if (argv.length < 1) return listLinks(run, [], true);
  const [cmd, ...rest] = argv as [string, ...string[]];
  if (matches(cmd, "add")) return linkAdd(run, rest);
  if (matches(cmd, "set") || matches(cmd, "change")) return linkSet(run, rest);
  if (matches(cmd, "replace")) return exitWith(255, "nflab: ip link replace is not emulated\n");
  if (matches(cmd, "delete")) return linkDelete(run, rest);
  if (matches(cmd, "show") || matches(cmd, "lst") || matches(cmd, "list")) return listLinks(run, rest, true);
  if (matches(cmd, "help")) return exitWith(255, IPLINK_USAGE);
  if (matches(cmd, "xstats") || matches(cmd, "afstats") || matches(cmd, "property")) {
    return exitWith(255, `nflab: ip link ${cmd} is not emulated\n`);
  }
  return exitWith(255, `Command "${cmd}" is unknown, try "ip link help".\n`);
}
