/**
 * ipaddr_list_flush_or_save (ip/ipaddress.c) for listing: `ip link show`
 * and `ip addr show` with their filters (dev, up, master, type, scope,
 * label, to), one link or a dump, then the addresses of each link.
 */
import type { Link } from "../../../world/types.js";
import type { IpRun } from "../context.js";
import { Args, matches } from "../matches.js";
import { duparg2, exitWith, invarg } from "../errors.js";
import { getPrefix } from "../inet-prefix.js";
import { addrViews, printAddrinfo, type AddrView } from "../addr/print-addr.js";
import { printLinkinfo } from "./print-link.js";
import { printLinkStats } from "./print-stats.js";
import { linkByIndex } from "../../../net/links.js";
import { inCidr, parseIpv4 } from "../../../addr/ipv4.js";
import { IPADDR_USAGE, IPLINK_USAGE } from "../usage-texts.js";

export interface ListFilter {
  dev?: string;
  up: boolean;
  master?: number;
  nomaster: boolean;
  kind?: string;
  slaveKind?: string;
  scope?: string;
  label?: string;
  to?: { v4: number; len: number };
  flags: { secondary?: boolean };
}

export function parseListArgs(run: IpRun, argv: readonly string[], doLink: boolean): ListFilter {
  const f: ListFilter = { up: false, nomaster: false, flags: {} };
  const args = new Args(argv);
  const usage = () => exitWith(255, doLink ? IPLINK_USAGE : IPADDR_USAGE);
  while (!args.done) {
    const arg = args.take();
    if (arg === "to") {
      const p = getPrefix(args.next(), run.opts.family);
      f.to = { v4: p.v4, len: p.bitlen };
    } else if (arg === "scope") {
      const s = args.next();
      if (!["host", "link", "global", "all"].includes(s)) invarg('invalid "scope"\n', s);
      f.scope = s;
    } else if (arg === "up") f.up = true;
    else if (arg === "secondary" || arg === "primary" || arg === "-secondary" || arg === "-primary") {
      f.flags.secondary = (arg === "secondary" || arg === "-primary");
    } else if (["permanent", "dynamic", "tentative", "-tentative", "deprecated", "-deprecated", "dadfailed", "-dadfailed", "temporary", "home", "nodad", "optimistic", "mngtmpaddr", "noprefixroute", "autojoin"].includes(arg)) {
      // Flags the lab's addresses do not carry filter nothing out or everything; accepted as ip does.
    } else if (arg === "label") f.label = args.next();
    else if (arg === "group") {
      const g = args.next();
      if (g !== "default" && g !== "0") invarg('Invalid "group" value\n', g);
    } else if (arg === "master") {
      const m = args.next();
      const index = run.ll.nameToIndex(m);
      if (!index) invarg("Device does not exist\n", m);
      f.master = index;
    } else if (arg === "vrf") invarg("Not a valid VRF name\n", args.next());
    else if (arg === "nomaster") f.nomaster = true;
    else if (arg === "type") {
      const t = args.next();
      if (t.endsWith("_slave")) f.slaveKind = t.slice(0, -"_slave".length);
      else f.kind = t;
    } else {
      let dev = arg;
      if (arg === "dev") dev = args.next();
      else if (matches(arg, "help")) usage();
      if (f.dev !== undefined) duparg2("dev", dev);
      f.dev = dev;
    }
  }
  return f;
}

function kindOf(link: Link): string {
  return link.kind === "loopback" || link.kind === "ether" ? "" : link.kind;
}

function linkPasses(run: IpRun, link: Link, f: ListFilter): boolean {
  if (f.up && !link.up) return false;
  const master = link.master ? run.ns.links.find((l) => l.name === link.master) : undefined;
  if (f.master !== undefined && master?.ifindex !== f.master) return false;
  if (f.nomaster && master) return false;
  if (f.kind !== undefined && kindOf(link) !== f.kind) return false;
  if (f.slaveKind !== undefined && (!link.brport || f.slaveKind !== "bridge")) return false;
  return true;
}

function addrPasses(run: IpRun, link: Link, a: AddrView, f: ListFilter): boolean {
  if (f.scope && f.scope !== "all" && a.scope !== f.scope) return false;
  if (f.flags.secondary !== undefined && a.secondary !== f.flags.secondary) return false;
  if (f.label !== undefined && !globMatch(f.label, a.label ?? link.name)) return false;
  if (f.to && f.to.len > 0) {
    if (a.family !== "inet") return false;
    if (!inCidr(parseIpv4(a.local)!, { address: f.to.v4, prefixLen: f.to.len })) return false;
  }
  return true;
}

/** fnmatch for the label filter: * and ? only. */
function globMatch(pattern: string, text: string): boolean {
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, "\\$&").replace(/\*/g, ".*").replace(/\?/g, ".")}$`);
  return re.test(text);
}

/** The listing itself: `ip link [show]` (doLink) and `ip addr [show]`. */
export function listLinks(run: IpRun, argv: readonly string[], doLink: boolean): void {
  const f = parseListArgs(run, argv, doLink);
  const family = doLink ? "packet" : run.opts.family === "unspec" && f.to ? "inet" : run.opts.family;
  let only: Link | undefined;
  if (f.dev !== undefined) {
    const index = run.ll.nameToIndex(f.dev);
    only = index ? linkByIndex(run.ns, index) : undefined;
    if (!only) exitWith(1, `Device "${f.dev}" does not exist.\n`);
  }
  const out = run.out;
  out.startList();
  let links: Link[];
  if (only) {
    run.ll.getLink(only);
    links = [only];
  } else {
    run.ll.rememberAll();
    links = [...run.ns.links];
  }
  for (const link of links) {
    if (!linkPasses(run, link, f)) continue;
    const addrs = family === "packet" ? [] : addrViews(run.world, link, family).filter((a) => addrPasses(run, link, a, f));
    if (family !== "packet") {
      const hasAny = addrViews(run.world, link, "unspec").length > 0;
      const ok = addrs.length > 0 || (!hasAny && family === "unspec");
      if (!ok) continue;
    }
    out.openObject();
    // A label filter prints addresses only; -o prints them without their link.
    const linkShown = f.label === undefined && (run.opts.brief || !(run.opts.oneline && family !== "packet"));
    if (linkShown) printLinkinfo(run, link, { doLink, family, inet6Dump: family === "inet6" && only === undefined });
    if (family !== "packet") {
      out.openArray("json", "addr_info");
      for (const a of addrs) {
        out.openObject();
        printAddrinfo(run, link, a, run.opts.oneline);
        out.closeObject();
      }
      out.closeArray("json", null);
      if (run.opts.brief) out.string("fp", null, "%s", "\n");
      else if (run.opts.stats > 0 && linkShown) {
        printLinkStats(run, link);
        out.nl();
      }
    }
    out.closeObject();
  }
  out.endList();
}
