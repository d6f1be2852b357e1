/**
 * Linux bridges (net/bridge) as far as a lab needs them: ports join and
 * leave, STP is off so an enabled port forwards at once, the bridge has
 * carrier while some port forwards, takes the lowest port MAC unless it was
 * given one, and follows its ports' smallest MTU unless given one.
 */
import type { Link, NetNamespace, World } from "../world/types.js";
import { operUp } from "./link-state.js";
import { linkByName } from "./links.js";
import { setCarrier } from "./linkwatch.js";
import { compareMac, ZERO_MAC } from "./mac.js";
import type { NetdevEvent } from "./notify.js";

export function bridgeOf(ns: NetNamespace, port: Link): Link | undefined {
  if (!port.master) return undefined;
  const br = linkByName(ns, port.master);
  return br?.kind === "bridge" ? br : undefined;
}

export function portsOf(ns: NetNamespace, br: Link): Link[] {
  return ns.links.filter((l) => l.master === br.name && l.brport);
}

/** port_cost: from the link speed; a veth says 10 Gb/s. */
function portCost(dev: Link): number {
  return dev.kind === "veth" ? 2 : 100;
}

export type EnslaveError = "EINVAL" | "EOPNOTSUPP" | "ELOOP" | "EBUSY";

/** br_add_if */
export function addPort(world: World, ns: NetNamespace, br: Link, dev: Link): EnslaveError | undefined {
  if (br.kind !== "bridge") return "EOPNOTSUPP";
  if (dev === br || dev.kind === "loopback") return "EINVAL";
  if (dev.kind === "bridge") return "ELOOP";
  if (dev.master === br.name) return undefined;
  if (dev.master) {
    const old = bridgeOf(ns, dev);
    if (old) delPort(world, ns, old, dev);
  }
  const used = new Set(portsOf(ns, br).map((p) => p.brport!.portNo));
  let portNo = 1;
  while (used.has(portNo)) portNo++;
  dev.master = br.name;
  dev.brport = { state: "disabled", portNo, priority: 32, cost: portCost(dev) };
  recalcBridgeId(world, ns, br);
  if (dev.up && operUp(dev) && br.up) enablePort(world, ns, br, dev);
  adjustMtu(ns, br);
  return undefined;
}

/** br_del_if */
export function delPort(world: World, ns: NetNamespace, br: Link, dev: Link): void {
  disablePort(world, ns, br, dev);
  dev.master = undefined;
  dev.brport = undefined;
  adjustMtu(ns, br);
  recalcBridgeId(world, ns, br);
}

function enablePort(world: World, ns: NetNamespace, br: Link, dev: Link): void {
  dev.brport!.state = "forwarding";
  stateSelection(world, ns, br);
}

function disablePort(world: World, ns: NetNamespace, br: Link, dev: Link): void {
  dev.brport!.state = "disabled";
  stateSelection(world, ns, br);
}

/** br_port_state_selection: the bridge has carrier while a port forwards. */
function stateSelection(world: World, ns: NetNamespace, br: Link): void {
  const live = portsOf(ns, br).some((p) => p.brport!.state === "forwarding");
  setCarrier(world, ns, br, live);
}

/** br_stp_recalculate_bridge_id: the lowest port MAC (zero with no port), unless the user set one. */
function recalcBridgeId(world: World, ns: NetNamespace, br: Link): void {
  if (br.macSet) return;
  const macs = portsOf(ns, br).map((p) => p.mac).sort(compareMac);
  const addr = macs[0] ?? ZERO_MAC;
  if (addr === (br.bridgeId ?? ZERO_MAC)) return;
  changeBridgeId(world, ns, br, addr);
}

/** br_stp_change_bridge_id; also what setting a bridge's MAC does. */
export function changeBridgeId(world: World, ns: NetNamespace, br: Link, addr: string): void {
  br.bridgeId = addr;
  br.mac = addr;
  stateSelection(world, ns, br);
}

/** br_mtu_auto_adjust */
function adjustMtu(ns: NetNamespace, br: Link): void {
  if (br.mtuSet) return;
  const mtus = portsOf(ns, br).map((p) => p.mtu);
  if (mtus.length > 0) br.mtu = Math.min(...mtus);
}

/** br_dev_open and br_dev_stop: ports that can forward are enabled, or all are disabled. */
export function bridgeOpen(world: World, ns: NetNamespace, br: Link): void {
  for (const p of portsOf(ns, br)) if (p.up && operUp(p)) enablePort(world, ns, br, p);
}

export function bridgeStop(world: World, ns: NetNamespace, br: Link): void {
  for (const p of portsOf(ns, br)) if (p.brport!.state !== "disabled") disablePort(world, ns, br, p);
}

/** br_device_event, for a link that is a bridge port. */
export function brportEvent(world: World, ns: NetNamespace, dev: Link, event: NetdevEvent): void {
  const br = bridgeOf(ns, dev);
  if (!br || !dev.brport) return;
  switch (event) {
    case "CHANGE":
      if (!br.up) return;
      if (dev.up && operUp(dev)) {
        if (dev.brport.state === "disabled") enablePort(world, ns, br, dev);
      } else if (dev.brport.state !== "disabled") disablePort(world, ns, br, dev);
      return;
    case "DOWN":
      if (br.up) disablePort(world, ns, br, dev);
      return;
    case "UP":
      if (br.up && operUp(dev)) enablePort(world, ns, br, dev);
      return;
    case "UNREGISTER":
      delPort(world, ns, br, dev);
      return;
    case "CHANGEADDR":
      recalcBridgeId(world, ns, br);
      return;
    case "CHANGEMTU":
      adjustMtu(ns, br);
      return;
  }
}

/** br_dev_delete: a bridge going away releases its ports first. */
export function bridgeDevEvent(world: World, ns: NetNamespace, br: Link, event: "UNREGISTER"): void {
  if (br.kind !== "bridge" || event !== "UNREGISTER") return;
  for (const p of portsOf(ns, br)) delPort(world, ns, br, p);
}
