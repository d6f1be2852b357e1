/**
 * iplink_modify and the kernel's rtnl_newlink, do_setlink and rtnl_dellink:
 * `ip link add`, `set` and `delete` applied to the namespace, with the
 * kernel's refusals worded as ip prints them.
 */
import type { Link, NetNamespace } from "../../../world/types.js";
import type { IpRun } from "../context.js";
import type { LinkError } from "../../../net/link-ops.js";
import { createLink, createVeth, deleteLink, renameLink, setMac, setMtu } from "../../../net/link-ops.js";
import { devClose, devOpen } from "../../../net/device.js";
import { addPort, bridgeOf, delPort } from "../../../net/bridge.js";
import { linkByIndex, linkByName } from "../../../net/links.js";
import { moveLink, netnsByName } from "../../../net/netns.js";
import { duparg, exitWith, extackError, invarg, nodev, rtnlError } from "../errors.js";
import { parseLinkReq, type LinkReq } from "./parse.js";
import { BRIDGE_LINK_TYPE_USAGE, VETH_USAGE } from "../usage-texts.js";

function linkError(err: LinkError): never {
  switch (err) {
    case "MTU_TOO_BIG":
      return extackError("mtu greater than device maximum");
    case "MTU_TOO_SMALL":
      return extackError("mtu less than device minimum");
    case "NETNS_LOCAL":
      return extackError("The interface netns is immutable");
    default:
      return rtnlError(err);
  }
}

/** netns_get_fd: a name under /run/netns (a PID is not emulated). */
function targetNs(run: IpRun, name: string): NetNamespace {
  const ns = netnsByName(run.world, name);
  if (ns) return ns;
  if (/^\d+$/.test(name)) exitWith(2, "RTNETLINK answers: No such process\n");
  return invarg('Invalid "netns" value\n', name);
}

/** ip names the master by its index where ip runs (ll_name_to_index). */
function resolveMaster(run: IpRun, req: LinkReq): number | undefined {
  if (req.master === undefined) return undefined;
  const index = run.ll.nameToIndex(req.master);
  if (!index) invarg("Device does not exist\n", req.master);
  return index;
}

/** do_set_master: the index is looked up in the link's namespace, which may be a new one by now. */
function setMaster(run: IpRun, ns: NetNamespace, link: Link, masterIndex: number | undefined, nomaster: boolean): void {
  if (nomaster) {
    const br = bridgeOf(ns, link);
    if (br) delPort(run.world, ns, br, link);
    return;
  }
  if (masterIndex === undefined) return;
  const master = linkByIndex(ns, masterIndex);
  if (!master) return rtnlError("EINVAL");
  const err = addPort(run.world, ns, master, link);
  if (err === "ELOOP") extackError("Can not enslave a bridge to a bridge");
  if (err) rtnlError(err);
}

/** The attributes do_setlink applies after creating or when changing a link, in its order. */
function applyAttrs(run: IpRun, ns: NetNamespace, link: Link, req: LinkReq, master: number | undefined, rename: boolean): void {
  if (req.address !== undefined) {
    const err = setMac(run.world, ns, link, req.address);
    if (err) linkError(err);
  }
  if (req.mtu !== undefined) {
    const err = setMtu(run.world, ns, link, req.mtu);
    if (err) linkError(err);
  }
  if (rename && req.name !== undefined) {
    const err = renameLink(run.world, ns, link, req.name);
    if (err) linkError(err);
  }
  setMaster(run, ns, link, master, req.nomaster === true);
  if (req.up === true) devOpen(run.world, ns, link);
  else if (req.up === false) devClose(run.world, ns, link);
  if (req.txqlen !== undefined) link.txqlen = req.txqlen;
}

export function linkSet(run: IpRun, argv: readonly string[]): void {
  const req = parseLinkReq(argv, false);
  if (req.type !== undefined) exitWith(255, "nflab: ip link set ... type is not emulated\n");
  const master = resolveMaster(run, req);
  const index = run.ll.nameToIndex(req.dev!);
  const link = index ? linkByIndex(run.ns, index) : undefined;
  if (!link) nodev(req.dev!);
  let ns = run.ns;
  if (req.netns !== undefined) {
    const to = targetNs(run, req.netns);
    const err = moveLink(run.world, run.ns, link, to);
    if (err) linkError(err);
    ns = to;
  }
  applyAttrs(run, ns, link, req, master, req.name !== req.dev);
  run.ll.forget(link.ifindex);
}

export function linkDelete(run: IpRun, argv: readonly string[]): void {
  const req = parseLinkReq(argv, false);
  const index = run.ll.nameToIndex(req.dev!);
  const link = index ? linkByIndex(run.ns, index) : undefined;
  if (!link) nodev(req.dev!);
  const err = deleteLink(run.world, run.ns, link);
  if (err) rtnlError(err);
}

export function linkAdd(run: IpRun, argv: readonly string[]): void {
  const req = parseLinkReq(argv, true);
  if (req.type === undefined) exitWith(1, 'Not enough information: "type" argument is required\n');
  // ip sends the name unchecked; IFLA_IFNAME's policy (at most IFNAMSIZ - 1 bytes) refuses it.
  if (req.name !== undefined && new TextEncoder().encode(req.name).length >= 16) extackError("Attribute failed policy validation");
  const master = resolveMaster(run, req);
  const ns = req.netns !== undefined ? targetNs(run, req.netns) : run.ns;
  if (req.name !== undefined && linkByName(ns, req.name)) rtnlError("EEXIST");
  const opts = { ...(req.name !== undefined ? { name: req.name } : {}), ...(req.address ? { mac: req.address } : {}), ...(req.mtu !== undefined ? { mtu: req.mtu } : {}) };
  let link: Link;
  if (req.type === "veth") {
    const peer = parseVethPeer(run, req.typeArgs);
    // veth_newlink: the peer goes where ip runs (src_net) unless it names its own namespace.
    const peerNs = peer.netns !== undefined ? targetNs(run, peer.netns) : run.ns;
    const made = createVeth(run.world, ns, opts, peerNs, {
      ...(peer.name !== undefined ? { name: peer.name } : {}),
      ...(peer.address ? { mac: peer.address } : {}),
      ...(peer.mtu !== undefined ? { mtu: peer.mtu } : {}),
    });
    if (typeof made === "string") return rtnlError(made);
    link = made.link;
  } else if (req.type === "bridge" || req.type === "dummy") {
    if (req.typeArgs.length > 0) typeOptions(req.type, req.typeArgs);
    const made = createLink(run.world, ns, req.type, opts);
    if (typeof made === "string") return rtnlError(made);
    link = made;
  } else {
    return exitWith(2, `nflab: ip link add type ${req.type} is not emulated (veth, bridge and dummy are)\n`);
  }
  if (req.up) devOpen(run.world, ns, link);
  if (master === undefined) return;
  try {
    setMaster(run, ns, link, master, false);
  } catch (refusal) {
    // rtnl_newlink_create: a master it cannot take unregisters the new link (out_unregister).
    deleteLink(run.world, ns, link);
    throw refusal;
  }
}

function parseVethPeer(run: IpRun, typeArgs: readonly string[]): LinkReq {
  if (typeArgs.length === 0) return { typeArgs: [] };
  if (typeArgs[0] !== "peer") {
    // veth's usage() prints to stdout, then the command fails.
    run.out.raw(VETH_USAGE);
    exitWith(1, "");
  }
  const peer = parseLinkReq(typeArgs.slice(1), true);
  if (peer.type !== undefined) duparg("type", peer.type);
  return peer;
}

function typeOptions(type: string, args: readonly string[]): void {
  if (args[0] === "help") exitWith(1, type === "bridge" ? BRIDGE_LINK_TYPE_USAGE : "");
  exitWith(2, `nflab: ${type} options (${args.join(" ")}) are not emulated\n`);
}
