/**
 * iproute_get: `ip route get ADDRESS [from ADDRESS] [oif DEV]` answered by
 * the lab's route lookup (engine/net/route-get.ts), printed as the kernel's
 * cloned route: no proto or scope, "uid 0" and the cache flags.
 */
import type { IpRun } from "../context.js";
import { Args, matches } from "../matches.js";
import { exitWith, invarg, nodev, rtnlError } from "../errors.js";
import { getPrefix, type InetPrefix } from "../inet-prefix.js";
import { routeGet } from "../../../net/route-get.js";
import { routeInput } from "../../../net/route-input.js";
import { linkByIndex, linkByName } from "../../../net/links.js";
import { formatIpv4 } from "../../../addr/ipv4.js";
import { printRoute, type RouteMsg } from "./print-route.js";
import { IPROUTE_USAGE } from "../usage-texts.js";

export function routeGetCommand(run: IpRun, argv: readonly string[]): void {
  let family = run.opts.family;
  let dst: InetPrefix | undefined;
  let from: InetPrefix | undefined;
  let odev: string | undefined;
  let idev: string | undefined;
  let mark = 0;
  const args = new Args(argv);
  while (!args.done) {
    const arg = args.take();
    if (arg === "tos" || matches(arg, "dsfield")) invarg("TOS value is invalid\n", args.next());
    else if (matches(arg, "from")) {
      const v = args.next();
      if (matches(v, "help")) exitWith(255, IPROUTE_USAGE);
      from = getPrefix(v, family);
      if (family === "unspec") family = from.family;
    } else if (matches(arg, "iif")) idev = args.next();
    else if (matches(arg, "mark")) {
      const v = args.next();
      if (!/^(0[xX][0-9a-fA-F]+|\d+)$/.test(v)) invarg("invalid mark value", v);
      mark = Number(v);
    } else if (matches(arg, "oif") || arg === "dev") odev = args.next();
    else if (matches(arg, "notify") || matches(arg, "connected") || matches(arg, "fibmatch")) {
      exitWith(255, `nflab: ip route get ${arg} is not emulated\n`);
    } else if (matches(arg, "vrf")) invarg("Invalid VRF\n", args.next());
    else if (matches(arg, "uid") || matches(arg, "sport") || matches(arg, "dport") || matches(arg, "ipproto") || arg === "as") {
      args.next();
    } else {
      let v = arg;
      if (v === "to") v = args.next();
      if (matches(v, "help")) exitWith(255, IPROUTE_USAGE);
      dst = getPrefix(v, family);
      if (family === "unspec") family = dst.family;
      if (dst.family === "inet" && dst.bitlen !== 32) run.warn(`Warning: /${dst.bitlen} as prefix is invalid, only /32 (or none) is supported.\n`);
    }
  }
  if (!dst) exitWith(1, "need at least a destination address\n");
  if (idev !== undefined && !run.ll.nameToIndex(idev)) nodev(idev);
  let oif: string | undefined;
  if (odev !== undefined) {
    const index = run.ll.nameToIndex(odev);
    if (!index) nodev(odev);
    oif = linkByIndex(run.ns, index)?.name;
  }
  if (dst.family === "inet6") exitWith(2, "nflab: ip -6 route get is not emulated\n");
  if (idev !== undefined) return inputRoute(run, formatIpv4(dst.v4), from ? formatIpv4(from.v4) : "0.0.0.0", idev);
  const result = routeGet(run.ns, formatIpv4(dst.v4), { ...(from ? { src: formatIpv4(from.v4) } : {}), ...(oif ? { oif } : {}) });
  if (typeof result === "string") rtnlError(result);
  const devLink = linkByName(run.ns, result.dev);
  const msg: RouteMsg = {
    family: "inet",
    type: result.type,
    dst: formatIpv4(dst.v4),
    table: 254,
    scope: "global",
    // Kernel 6.18 reports a multicast route's offload as failed (seen on the recording host).
    flags: result.type === "multicast" ? ["rt_offload_failed"] : [],
    uid: 0,
    cloned: { flags: result.flags },
  };
  if (mark) msg.mark = mark;
  if (from) msg.from = formatIpv4(from.v4);
  if (result.gateway) msg.gateway = result.gateway;
  msg.dev = devLink ? run.ll.indexToName(devLink.ifindex) : result.dev;
  if (!from && result.src !== "0.0.0.0") msg.prefsrc = result.src;
  run.out.startList();
  printRoute(run, msg, { tableFiltered: false, devFiltered: false });
  run.out.endList();
}

/** `ip route get DST from SRC iif DEV`: the input route, printed without src or uid and with the link it came in on. */
function inputRoute(run: IpRun, dst: string, src: string, idev: string): void {
  const iif = linkByIndex(run.ns, run.ll.nameToIndex(idev))!;
  const result = routeInput(run.ns, dst, src, iif.name);
  if (typeof result === "string") rtnlError(result);
  const out = linkByName(run.ns, result.dev);
  const msg: RouteMsg = {
    family: "inet",
    type: result.type,
    dst,
    from: src,
    table: 254,
    scope: "global",
    flags: result.type === "multicast" ? ["rt_offload_failed"] : [],
    cloned: { flags: result.flags },
    iif: run.ll.indexToName(iif.ifindex),
  };
  if (result.gateway) msg.gateway = result.gateway;
  msg.dev = out ? run.ll.indexToName(out.ifindex) : result.dev;
  run.out.startList();
  printRoute(run, msg, { tableFiltered: false, devFiltered: false });
  run.out.endList();
}
