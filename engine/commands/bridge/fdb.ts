/**
 * `bridge fdb [show] [dev DEV] [br BR]` (iproute2 6.1 fdb.c) over what the
 * kernel's dump would hold (rtnl_fdb_dump), device by device in ifindex
 * order: a bridge port's entries in its bridge's table (frames learned from
 * the far side, newest first, then the port's own MAC, permanent), then the
 * device's own unicast/multicast address list as "self permanent" (IPv6
 * all-nodes from registration on; once up, the bridge's snooper groups and
 * IPv4 all-hosts; a solicited-node group per IPv6 address), and for a
 * bridge its own MAC when no port carries it. Learned entries never age.
 */
import type { Link, NetNamespace } from "../../world/types.js";
import type { IpRun } from "../ip/context.js";
import { duparg, exitWith } from "../ip/errors.js";
import { Args, matches } from "../ip/matches.js";
import { portsOf } from "../../net/bridge.js";
import { vethPeer } from "../../net/device.js";
import { carrierOk } from "../../net/link-state.js";
import { parseIpv6Words } from "../../net/routes6.js";
import type { World } from "../../world/types.js";

interface FdbLine {
  readonly mac: string;
  readonly dev: Link;
  readonly self: boolean;
  readonly master?: string;
  /** NUD_PERMANENT prints "permanent"; a learned entry prints nothing. */
  readonly permanent: boolean;
}

const hex = (n: number): string => n.toString(16).padStart(2, "0");

function ipv6On(ns: NetNamespace, link: Link): boolean {
  const v = ns.sysctl[`net.ipv6.conf.${link.name}.disable_ipv6`] ?? ns.sysctl["net.ipv6.conf.all.disable_ipv6"] ?? "0";
  return v.trim() !== "1" && link.mtu >= 1280;
}

/** dev->uc and dev->mc in the order they were added (ndo_dflt_fdb_dump). */
function addressList(ns: NetNamespace, link: Link): string[] {
  if (link.kind === "loopback") return [];
  const v6 = ipv6On(ns, link);
  const list: string[] = [];
  if (v6) list.push("33:33:00:00:00:01");
  if (link.up) {
    // br_multicast_join_snoopers (mcast_snooping 1): 224.0.0.106 and ff02::6a.
    if (link.kind === "bridge") list.push("01:00:5e:00:00:6a", ...(v6 ? ["33:33:00:00:00:6a"] : []));
    list.push("01:00:5e:00:00:01");
  }
  for (const a of v6 ? link.inet6 ?? [] : []) {
    if (a.scope === "host") continue;
    const w = parseIpv6Words(a.address);
    const mac = `33:33:ff:${hex((w[6] ?? 0) & 0xff)}:${hex((w[7] ?? 0) >> 8)}:${hex((w[7] ?? 0) & 0xff)}`;
    if (!list.includes(mac)) list.push(mac);
  }
  return list;
}

/** The MAC the bridge learned from its port's far side: it sent frames (IPv6 DAD, MLD, traffic) while both were up. */
function learnedBehind(world: World, br: Link, port: Link): string[] {
  if (!br.up || !port.up || !carrierOk(port) || port.kind !== "veth") return [];
  const peer = vethPeer(world, port);
  if (!peer || !peer.link.up) return [];
  const sent = (peer.link.inet6 ?? []).length > 0 || (peer.link.stats?.txPackets ?? 0) > 0;
  return sent && peer.link.mac !== port.mac ? [peer.link.mac] : [];
}

function linesOf(world: World, ns: NetNamespace, link: Link): FdbLine[] {
  const out: FdbLine[] = [];
  const br = link.master !== undefined ? ns.links.find((l) => l.name === link.master && l.kind === "bridge") : undefined;
  if (br) {
    for (const mac of learnedBehind(world, br, link)) out.push({ mac, dev: link, self: false, master: br.name, permanent: false });
    out.push({ mac: link.mac, dev: link, self: false, master: br.name, permanent: true });
  }
  for (const mac of addressList(ns, link)) out.push({ mac, dev: link, self: true, permanent: true });
  // fdb_insert takes only a valid address: a bridge whose ports all left has none.
  if (link.kind === "bridge" && link.mac !== "00:00:00:00:00:00" && !portsOf(ns, link).some((p) => p.mac === link.mac)) {
    out.push({ mac: link.mac, dev: link, self: false, master: link.name, permanent: true });
  }
  return out;
}

/** The words fdb_show takes: dev/brport DEV, br BR, vlan VID, state STATE, dynamic; others are skipped as it skips them. */
interface FdbFilter {
  dev?: string;
  br?: string;
  vlan?: string;
  dynamic?: boolean;
  state?: string;
}

function parseFilter(argv: readonly string[]): FdbFilter {
  const f: FdbFilter = {};
  const args = new Args(argv);
  while (!args.done) {
    const word = args.take();
    if (word === "dev" || word === "brport") {
      const v = args.next();
      if (f.dev !== undefined) duparg(word, v);
      f.dev = v;
    } else if (word === "br") {
      const v = args.next();
      if (f.br !== undefined) duparg("br", v);
      f.br = v;
    } else if (word === "vlan") {
      f.vlan = args.next();
    } else if (word === "state") {
      f.state = args.next();
    } else if (word === "dynamic") {
      f.dynamic = true;
    } else if (matches(word, "help")) {
      exitWith(255, "nflab: bridge fdb help is not emulated\n");
    }
  }
  return f;
}

function kept(l: FdbLine, f: FdbFilter): boolean {
  // No entry carries a VLAN while the bridge does not filter VLANs.
  if (f.vlan !== undefined) return false;
  if (f.dynamic && l.permanent) return false;
  if (f.state !== undefined) return f.state === "permanent" ? l.permanent : f.state === "dynamic" ? !l.permanent : false;
  return true;
}

export function fdbShow(run: IpRun, world: World, argv: readonly string[]): void {
  const f = parseFilter(argv);
  const ns = run.ns;
  const only = f.dev !== undefined ? ns.links.find((l) => l.name === f.dev) : undefined;
  if (f.dev !== undefined && !only) exitWith(255, `Cannot find device "${f.dev}"\n`);
  const bridge = f.br !== undefined ? ns.links.find((l) => l.name === f.br) : undefined;
  if (f.br !== undefined && !bridge) exitWith(255, `Cannot find bridge device "${f.br}"\n`);
  const out = run.out;
  out.startList();
  for (const link of [...ns.links].sort((a, b) => a.ifindex - b.ifindex)) {
    if (only && link !== only) continue;
    // br: the bridge and its ports (a device that is no bridge has none, and lists nothing).
    if (bridge && (bridge.kind !== "bridge" || (link !== bridge && link.master !== bridge.name))) continue;
    for (const l of linesOf(world, ns, link)) {
      if (!kept(l, f)) continue;
      out.openObject();
      out.string("any", "mac", "%s ", l.mac, "mac");
      if (!only) out.string("any", "ifname", "dev %s ", l.dev.name, "ifname");
      out.openArray("json", "flags");
      if (l.self) out.string("any", null, "%s ", "self");
      out.closeArray("json", null);
      if (l.master) out.string("any", "master", "master %s ", l.master);
      out.string("any", "state", "%s\n", l.permanent ? "permanent" : "");
      out.closeObject();
    }
  }
  out.endList();
}
