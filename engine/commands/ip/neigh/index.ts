/**
 * `ip neigh` (ip/ipneigh.c): show and flush the neighbour table, add,
 * change, replace and delete entries by hand.
 */
import type { Neighbour } from "../../../world/types.js";
import type { IpRun } from "../context.js";
import { Args, matches } from "../matches.js";
import { duparg, duparg2, exitWith, extackError, invarg, nodev, rtnlError } from "../errors.js";
import { getAddr, getPrefix, type InetPrefix } from "../inet-prefix.js";
import { llAddr } from "../link/parse.js";
import { ageNeighbours, deleteNeigh, setNeigh } from "../../../net/neigh.js";
import { linkByIndex } from "../../../net/links.js";
import { formatIpv4, inCidr, parseIpv4 } from "../../../addr/ipv4.js";
import { IPNEIGH_USAGE } from "../usage-texts.js";

const STATES: readonly Neighbour["state"][] = ["INCOMPLETE", "REACHABLE", "STALE", "DELAY", "PROBE", "FAILED", "NOARP", "PERMANENT"];

function nudState(text: string): Neighbour["state"] | "NONE" | undefined {
  const upper = text.toUpperCase();
  if (upper === "NONE") return "NONE";
  return STATES.find((s) => s === upper);
}

function devIndex(run: IpRun, name: string): number {
  run.ll.rememberAll();
  const index = run.ll.nameToIndex(name);
  return index || nodev(name);
}

function modify(run: IpRun, argv: readonly string[], mode: "add" | "replace" | "change" | "del"): void {
  let dst: InetPrefix | undefined;
  let dev: string | undefined;
  let lladdr: string | undefined;
  let state: Neighbour["state"] | "NONE" = "PERMANENT";
  let router = false;
  const args = new Args(argv);
  while (!args.done) {
    const arg = args.take();
    if (matches(arg, "lladdr")) {
      const v = args.next();
      if (lladdr !== undefined) duparg("lladdr", v);
      lladdr = v;
    } else if (arg === "nud") {
      const v = args.next();
      const s = nudState(v);
      if (!s) invarg("nud state is bad", v);
      state = s;
    } else if (matches(arg, "proxy")) {
      args.next();
      exitWith(255, "nflab: proxy neighbours are not emulated\n");
    } else if (arg === "router") router = true;
    else if (arg === "use" || arg === "managed" || matches(arg, "extern_learn")) void 0;
    else if (arg === "dev") dev = args.next();
    else if (matches(arg, "protocol")) args.next();
    else {
      let v = arg;
      if (v === "to") v = args.next();
      if (matches(v, "help")) v = args.next();
      if (dst) duparg2("to", v);
      dst = getAddr(v, run.opts.family);
    }
  }
  if (!dev || !dst || dst.family === "unspec") exitWith(255, "Device and destination are required arguments.\n");
  const mac = lladdr !== undefined && lladdr !== "null" ? llAddr(lladdr) : undefined;
  const link = linkByIndex(run.ns, devIndex(run, dev))!;
  if (dst.family !== "inet") exitWith(2, "nflab: IPv6 neighbours are not emulated\n");
  const address = formatIpv4(dst.v4);
  if (mode === "del") {
    if (!deleteNeigh(run.ns, address, link.name)) exitWith(2, "RTNETLINK answers: No such file or directory\n");
    return;
  }
  // neigh_add: an address shorter than the device's (6 bytes on every emulated link) is refused.
  if (mac && mac.split(":").length < 6) extackError("Invalid link address");
  if (state === "NONE") exitWith(2, "nflab: nud none is not emulated\n");
  if (!mac && state !== "NOARP" && state !== "INCOMPLETE" && state !== "FAILED") extackError("No link layer address given");
  const entry: Neighbour = { dst: address, dev: link.name, state };
  if (mac) entry.lladdr = mac;
  if (router) entry.router = true;
  entry.updatedMs = run.world.clock.nowMs;
  const err = setNeigh(run.ns, entry, mode);
  if (err) rtnlError(err);
}

function show(run: IpRun, argv: readonly string[], flush: boolean): void {
  let dev: string | undefined;
  let prefix: InetPrefix | undefined;
  let states: Set<string> | undefined;
  const args = new Args(argv);
  while (!args.done) {
    const arg = args.take();
    if (arg === "dev") dev = args.next();
    else if (arg === "nud") {
      const v = args.next();
      if (v === "all") states = new Set([...STATES, "NONE"]);
      else {
        const s = nudState(v);
        if (!s) invarg("nud state is bad", v);
        (states ??= new Set()).add(s);
      }
    } else if (arg === "proxy" || arg === "unused" || arg === "nomaster") void 0;
    else if (arg === "vrf" || arg === "master" || matches(arg, "protocol")) args.next();
    else {
      let v = arg;
      if (v === "to") v = args.next();
      if (matches(v, "help")) exitWith(255, IPNEIGH_USAGE);
      prefix = getPrefix(v, run.opts.family);
    }
  }
  if (flush && !dev && !prefix && argv.length === 0) exitWith(255, "Flush requires arguments.\n");
  let devName: string | undefined;
  if (dev !== undefined) devName = linkByIndex(run.ns, devIndex(run, dev))?.name;
  ageNeighbours(run.ns, run.world.clock.nowMs);
  const picked = (run.ns.neigh ?? []).filter((n) => {
    if (run.opts.family !== "unspec" && run.opts.family !== "inet") return false;
    if (devName !== undefined && n.dev !== devName) return false;
    if (states ? !states.has(n.state) : n.state === "NOARP") return false;
    if (prefix && prefix.bitlen > 0 && !inCidr(parseIpv4(n.dst)!, { address: prefix.v4, prefixLen: prefix.bitlen })) return false;
    return true;
  });
  if (flush) {
    for (const n of picked) if (n.state !== "PERMANENT" && n.state !== "NOARP") deleteNeigh(run.ns, n.dst, n.dev);
    return;
  }
  const out = run.out;
  out.startList();
  for (const n of picked) {
    out.openObject();
    out.string("any", "dst", "%s ", n.dst, "inet");
    if (devName === undefined) {
      out.raw("dev ");
      const link = run.ns.links.find((l) => l.name === n.dev);
      out.string("any", "dev", "%s ", link ? run.ll.indexToName(link.ifindex) : n.dev, "ifname");
    }
    if (n.lladdr) {
      out.raw("lladdr ");
      out.string("any", "lladdr", "%s ", n.lladdr, "mac");
    }
    if (n.router) out.null("any", "router", "%s ", "router");
    out.openArray("json", out.isJson ? "state" : "");
    out.string("any", null, "%s ", n.state);
    out.closeArray("json", null);
    out.string("fp", null, "\n", "");
    out.closeObject();
  }
  out.endList();
}

export function doIpneigh(run: IpRun, argv: readonly string[]): void {
  if (argv.length < 1) return show(run, [], false);
  const [cmd, ...rest] = argv as [string, ...string[]];
  if (matches(cmd, "add")) return modify(run, rest, "add");
  if (matches(cmd, "change") || cmd === "chg") return modify(run, rest, "change");
  if (matches(cmd, "replace")) return modify(run, rest, "replace");
  if (matches(cmd, "delete")) return modify(run, rest, "del");
  if (matches(cmd, "get")) return exitWith(255, "nflab: ip neigh get is not emulated\n");
  if (matches(cmd, "show") || matches(cmd, "lst") || matches(cmd, "list")) return show(run, rest, false);
  if (matches(cmd, "flush")) return show(run, rest, true);
  if (matches(cmd, "help")) return exitWith(255, IPNEIGH_USAGE);
  return exitWith(255, `Command "${cmd}" is unknown, try "ip neigh help".\n`);
}
