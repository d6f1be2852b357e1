/**
 * print_linkinfo (ip/ipaddress.c): one link as `ip link` and `ip addr` show
 * it — index, name@peer, flags, mtu, qdisc, master, state, mode, group,
 * qlen, link/ether line, link-netns — in text, -o, -br and -j forms.
 */
import type { Link } from "../../../world/types.js";
import type { IpRun } from "../context.js";
import { linkFlags, operstate } from "../../../net/link-state.js";
import { nsidOf } from "../../../net/nsid.js";
import { printLinkDetails } from "./print-details.js";
import { printLinkStats } from "./print-stats.js";

export interface LinkPrintMode {
  /** `ip link` rather than `ip addr`: the mode, addrgenmode and link stats are shown. */
  doLink: boolean;
  /** The address family asked for: the link/ether line only for unspec and link. */
  family: string;
  /**
   * The links came from an IPv6 dump (inet6_fill_ifinfo): no qdisc, master,
   * mode or group, and the peer only when its index differs from the link's.
   */
  inet6Dump?: boolean;
}

/** The other namespace's id and the peer's index, when a veth's peer lives elsewhere. */
function linkNetnsid(run: IpRun, link: Link): number | undefined {
  if (!link.peer || link.peer.ns === run.ns.id) return undefined;
  const peerNs = run.world.namespaces[link.peer.ns];
  return peerNs ? nsidOf(run.ns, peerNs) : undefined;
}

/** print_name_and_link: "name@peer", returning iproute2's M-DOWN flag. */
function printNameAndLink(run: IpRun, fmt: string, link: Link, inet6Dump = false): boolean {
  const out = run.out;
  let name = link.name;
  let mDown = false;
  if (inet6Dump) {
    // IPv6's link dump names the peer by index, looked up here, and only when it differs from the link's.
    if (link.peer && link.peer.ifindex !== link.ifindex) {
      const peerName = run.ll.indexToName(link.peer.ifindex);
      if (out.isJson) out.string("json", "link", null, peerName);
      else name = `${name}@${peerName}`;
      mDown = run.ll.indexIsUp(link.peer.ifindex) === false;
    }
  } else if (link.peer) {
    const iflink = link.peer.ifindex;
    if (linkNetnsid(run, link) !== undefined) {
      if (out.isJson) out.number("json", "link_index", null, iflink);
      else name = `${name}@if${iflink}`;
    } else {
      const peerName = run.ll.indexToName(iflink);
      if (out.isJson) out.string("json", "link", null, peerName);
      else name = `${name}@${peerName}`;
      const up = run.ll.indexIsUp(iflink);
      mDown = up === false;
    }
  }
  out.string("any", "ifname", fmt, name, "ifname");
  return mDown;
}

export function printLinkFlags(run: IpRun, link: Link, mDown: boolean): void {
  const out = run.out;
  const flags = linkFlags(link);
  out.openArray("any", out.isJson ? "flags" : "<");
  flags.forEach((f, i) => out.string("any", null, i < flags.length - 1 ? "%s," : "%s", f));
  if (mDown) out.string("any", null, ",%s", "M-DOWN");
  out.closeArray("any", "> ");
}

function printOperstate(run: IpRun, link: Link): void {
  const state = operstate(link);
  const color = state === "UP" ? "up" : state === "DOWN" ? "down" : undefined;
  if (run.opts.brief) run.out.string("any", "operstate", "%-14s ", state, color);
  else if (run.out.isJson) run.out.string("json", "operstate", null, state);
  else {
    run.out.raw("state ");
    run.out.string("fp", null, "%s ", state, color);
  }
}

function linkType(link: Link): string {
  return link.kind === "loopback" ? "loopback" : "ether";
}

function broadcastOf(link: Link): string {
  return link.kind === "loopback" ? "00:00:00:00:00:00" : "ff:ff:ff:ff:ff:ff";
}

/** print_linkinfo_brief */
function printLinkBrief(run: IpRun, link: Link, mode: LinkPrintMode): void {
  const mDown = printNameAndLink(run, "%-16s ", link);
  printOperstate(run, link);
  if (mode.family === "packet") {
    run.out.string("any", "address", "%s ", link.mac, "mac");
    printLinkFlags(run, link, mDown);
    run.out.string("fp", null, "%s", "\n");
  }
}

export function printLinkinfo(run: IpRun, link: Link, mode: LinkPrintMode): void {
  const out = run.out;
  if (run.opts.brief) return printLinkBrief(run, link, mode);
  out.number("any", "ifindex", "%d: ", link.ifindex);
  const mDown = printNameAndLink(run, "%s: ", link, mode.inet6Dump);
  printLinkFlags(run, link, mDown);
  out.number("any", "mtu", "mtu %u ", link.mtu);
  if (!mode.inet6Dump) {
    out.string("any", "qdisc", "qdisc %s ", link.qdisc ?? "noqueue");
    if (link.master) {
      const master = run.ns.links.find((l) => l.name === link.master);
      out.string("any", "master", "master %s ", master ? run.ll.indexToName(master.ifindex) : link.master);
    }
  }
  printOperstate(run, link);
  if (mode.doLink) out.string("any", "linkmode", "mode %s ", "DEFAULT");
  if (!mode.inet6Dump) out.string("any", "group", "group %s ", "default");
  out.number("any", "txqlen", "qlen %d", link.txqlen ?? 1000);
  if (mode.family === "unspec" || mode.family === "packet" || run.opts.details > 0) {
    out.nl();
    out.string("any", "link_type", "    link/%s ", linkType(link));
    out.string("any", "address", "%s", link.mac, "mac");
    out.string("fp", null, " brd ", null);
    out.string("any", "broadcast", "%s", broadcastOf(link), "mac");
  }
  const nsid = mode.inet6Dump ? undefined : linkNetnsid(run, link);
  if (nsid !== undefined) {
    if (out.isJson) out.number("json", "link_netnsid", null, nsid);
    else {
      const peerNs = run.world.namespaces[link.peer!.ns];
      if (peerNs?.netnsName !== undefined && peerNs.netnsName !== "" && nameVisible(run, peerNs.netnsName)) {
        out.string("fp", null, " link-netns %s", peerNs.netnsName);
      } else out.number("fp", null, " link-netnsid %d", nsid);
    }
  }
  if (run.opts.details > 0) printLinkDetails(run, link, mode.doLink);
  if (mode.doLink && run.opts.stats > 0) {
    out.nl();
    printLinkStats(run, link);
  }
  out.string("fp", null, "%s", "\n");
}

/** get_name_from_nsid: iproute2 finds a name only among the namespaces under /run/netns whose id it asks for. */
function nameVisible(run: IpRun, name: string): boolean {
  return run.world.files[`/run/netns/${name}`] !== undefined;
}
