/**
 * ipaddr_modify and the kernel's inet_rtm_newaddr/inet_rtm_deladdr:
 * `ip addr add|del|replace ADDR[/LEN] dev DEV [brd +|ADDR] [label L]
 * [scope S] [metric M] [noprefixroute]`, and `ip addr flush`.
 */
import type { IfAddr, Link } from "../../../world/types.js";
import type { IpRun } from "../context.js";
import { Args, matches } from "../matches.js";
import { duparg, duparg2, exitWith, extackError, invarg, nodev } from "../errors.js";
import { getAddr, getPrefix, type InetPrefix } from "../inet-prefix.js";
import { deleteIfaddr, insertIfaddr } from "../../../net/inet4.js";
import { addInet6Address, deleteInet6Address } from "../../../net/inet6.js";
import { linkByIndex } from "../../../net/links.js";
import { broadcastOf, formatIpv4, networkOf, parseIpv4 } from "../../../addr/ipv4.js";
import { IPADDR_USAGE } from "../usage-texts.js";
import { parseListArgs } from "../link/list.js";
import { addrViews } from "./print-addr.js";

interface AddrReq {
  local?: InetPrefix;
  localArg?: string;
  brd?: string | "+" | "-";
  scope?: IfAddr["scope"];
  dev?: string;
  label?: string;
  metric?: number;
  noprefixroute: boolean;
  nodad: boolean;
}

const SCOPES: Readonly<Record<string, IfAddr["scope"]>> = { host: "host", link: "link", global: "global", universe: "global", "0": "global", "253": "link", "254": "host" };

function parseAddrReq(run: IpRun, argv: readonly string[]): AddrReq {
  const req: AddrReq = { noprefixroute: false, nodad: false };
  let family = run.opts.family;
  const args = new Args(argv);
  while (!args.done) {
    const arg = args.take();
    if (arg === "peer" || arg === "remote") {
      args.next();
      exitWith(255, "nflab: ip addr ... peer is not emulated\n");
    } else if (matches(arg, "broadcast") || arg === "brd") {
      const v = args.next();
      if (req.brd !== undefined) duparg("broadcast", v);
      if (v === "+" || v === "-") req.brd = v;
      else {
        const a = getAddr(v, family);
        if (family === "unspec") family = a.family;
        req.brd = formatIpv4(a.v4);
      }
    } else if (arg === "anycast") {
      getAddr(args.next(), family);
    } else if (arg === "scope") {
      const v = args.next();
      const scope = SCOPES[v];
      if (!scope) invarg("invalid scope value.", v);
      req.scope = scope;
    } else if (arg === "dev") req.dev = args.next();
    else if (arg === "label") req.label = args.next();
    else if (matches(arg, "metric") || matches(arg, "priority") || matches(arg, "preference")) {
      const v = args.next();
      if (!/^\d+$/.test(v)) invarg('"metric" value is invalid\n', v);
      req.metric = Number(v);
    } else if (matches(arg, "valid_lft") || matches(arg, "preferred_lft")) {
      const v = args.next();
      if (v !== "forever") exitWith(255, "nflab: address lifetimes other than forever are not emulated\n");
    } else if (arg === "noprefixroute") req.noprefixroute = true;
    else if (["secondary", "temporary", "dadfailed", "deprecated", "tentative", "permanent"].includes(arg)) {
      run.warn(`Warning: ${arg} option is not mutable from userspace\n`);
    } else if (["nodad", "optimistic", "home", "mngtmpaddr", "autojoin"].includes(arg)) {
      if (family !== "inet6") run.warn(`Warning: ${arg} option can be set only for IPv6 addresses\n`);
      else if (arg === "nodad") req.nodad = true;
    } else {
      let v = arg;
      if (arg === "local") v = args.next();
      if (matches(v, "help")) exitWith(255, IPADDR_USAGE);
      if (req.local) duparg2("local", v);
      req.localArg = v;
      req.local = getPrefix(v, family);
      if (family === "unspec") family = req.local.family;
    }
  }
  return req;
}

function findLink(run: IpRun, req: AddrReq): Link {
  if (req.dev === undefined) exitWith(1, 'Not enough information: "dev" argument is required.\n');
  const index = run.ll.nameToIndex(req.dev);
  const link = index ? linkByIndex(run.ns, index) : undefined;
  return link ?? nodev(req.dev);
}

export function addrAdd(run: IpRun, argv: readonly string[], replace: boolean): void {
  const req = parseAddrReq(run, argv);
  if (req.brd === "+" || req.brd === "-") {
    if (req.local?.family !== "inet") exitWith(1, "Broadcast can be set only for IPv4 addresses\n");
  }
  const link = findLink(run, req);
  const local = req.local;
  if (!local) return exitWith(2, "RTNETLINK answers: Invalid argument\n");
  if (local.family === "inet6") {
    const err = addInet6Address(run.world, run.ns, link, local.v6!, local.bitlen, req.scope ?? "global", req.noprefixroute, req.nodad);
    if (err === "EEXIST" && !replace) exitWith(2, "RTNETLINK answers: File exists\n");
    return;
  }
  const address = formatIpv4(local.v4);
  const ifa: IfAddr = {
    family: 4,
    address,
    prefixLen: local.bitlen,
    scope: req.scope ?? ((local.v4 >>> 24) === 127 ? "host" : "global"),
  };
  if (req.brd === "+" && local.bitlen <= 30) ifa.broadcast = formatIpv4(broadcastOf(local.v4, local.bitlen));
  else if (req.brd === "-" && local.bitlen <= 30) ifa.broadcast = formatIpv4(networkOf(local.v4, local.bitlen));
  else if (req.brd && req.brd !== "+" && req.brd !== "-" && req.brd !== "0.0.0.0") ifa.broadcast = req.brd;
  if (req.label !== undefined && req.label !== link.name) ifa.label = req.label;
  if (req.metric) ifa.metric = req.metric;
  if (req.noprefixroute) ifa.noprefixroute = true;
  if (replace) {
    // An address that exists keeps everything but its metric (inet_rtm_newaddr's replace path).
    const old = link.addrs.find((a) => a.address === address && a.prefixLen === ifa.prefixLen);
    if (old) {
      if (req.metric !== undefined) old.metric = req.metric || undefined;
      return;
    }
  }
  const err = insertIfaddr(run.ns, link, ifa);
  if (err === "EEXIST") extackError("ipv4: Address already assigned");
  if (err === "EINVAL_SCOPE") extackError("ipv4: Invalid scope value");
}

export function addrDel(run: IpRun, argv: readonly string[]): void {
  const req = parseAddrReq(run, argv);
  const local = req.local;
  if (req.dev === undefined) exitWith(1, 'Not enough information: "dev" argument is required.\n');
  if (local && local.family === "inet" && !local.lenGiven) {
    run.warn(
      "Warning: Executing wildcard deletion to stay compatible with old scripts.\n" +
        `         Explicitly specify the prefix length (${req.localArg}/32) to avoid this warning.\n` +
        "         This special behaviour is likely to disappear in further releases,\n" +
        "         fix your scripts!\n",
    );
  }
  const link = findLink(run, req);
  if (local?.family === "inet6") {
    if (!deleteInet6Address(run.ns, link, local.v6!, local.bitlen)) exitWith(2, "RTNETLINK answers: Cannot assign requested address\n");
    return;
  }
  const target = link.addrs.find((a) => {
    if (local && parseIpv4(a.address) !== local.v4) return false;
    if (req.label !== undefined && (a.label ?? link.name) !== req.label) return false;
    if (local?.lenGiven && a.prefixLen !== local.bitlen) return false;
    return true;
  });
  if (!target) extackError("ipv4: Address not found");
  deleteIfaddr(run.ns, link, target);
}

/** ip addr flush: every matching address deleted in turn (ones already gone with their primary are skipped). */
export function addrFlush(run: IpRun, argv: readonly string[]): void {
  if (argv.length === 0) exitWith(1, "Flush requires arguments.\n");
  if (run.opts.family === "packet") exitWith(1, "Cannot flush link addresses.\n");
  const f = parseListArgs(run, argv, false);
  let links = run.ns.links;
  if (f.dev !== undefined) {
    const index = run.ll.nameToIndex(f.dev);
    const link = index ? linkByIndex(run.ns, index) : undefined;
    if (!link) exitWith(1, `Device "${f.dev}" does not exist.\n`);
    links = [link];
  }
  for (const link of [...links]) {
    if (f.up && !link.up) continue;
    for (const view of addrViews(run.world, link, run.opts.family)) {
      if (f.scope && f.scope !== "all" && view.scope !== f.scope) continue;
      if (f.label !== undefined && view.label !== f.label) continue;
      if (view.family === "inet") {
        const ifa = link.addrs.find((a) => a.address === view.local && a.prefixLen === view.prefixLen);
        if (ifa) deleteIfaddr(run.ns, link, ifa);
      } else deleteInet6Address(run.ns, link, view.local, view.prefixLen);
    }
  }
}
