/**
 * What `ip link` shows of a link's state, as the kernel derives it: the
 * operstate the link watch last stored, the IFF_* flags (dev_get_flags) and
 * default_operstate (net/core/link_watch.c), which the link watch applies.
 */
import type { Link, NetNamespace, Operstate } from "../world/types.js";
import { linkByIndex } from "./links.js";

export function carrierOk(link: Link): boolean {
  return link.carrier ?? true;
}

/** The index of the link this one sits on (dev_get_iflink): a veth's peer, otherwise itself. */
export function iflink(link: Link): number {
  return link.peer ? link.peer.ifindex : link.ifindex;
}

/** IFLA_OPERSTATE: the stored state while running, DOWN otherwise. */
export function operstate(link: Link): Operstate {
  return link.up ? (link.operstate ?? "UNKNOWN") : "DOWN";
}

/** netif_oper_up: the stored state is UP or UNKNOWN. */
export function operUp(link: Link): boolean {
  const state = link.operstate ?? "UNKNOWN";
  return state === "UP" || state === "UNKNOWN";
}

/** default_operstate: what the link watch stores when it looks at the link. */
export function defaultOperstate(ns: NetNamespace, link: Link): Operstate {
  if (!carrierOk(link)) {
    const lower = iflink(link);
    if (lower === link.ifindex) return "DOWN";
    // Since Linux 6.9 the lower link is looked up by index in the link's own
    // namespace: a veth whose peer is elsewhere is DOWN, not LOWERLAYERDOWN.
    const other = linkByIndex(ns, lower);
    if (!other) return "DOWN";
    return carrierOk(other) ? "DOWN" : "LOWERLAYERDOWN";
  }
  return "UP";
}

/** The flags iproute2 prints between < and >, in its order (without M-DOWN). */
export function linkFlags(link: Link): string[] {
  const up = link.up;
  const running = up && operUp(link);
  const flags: string[] = [];
  if (up && !running) flags.push("NO-CARRIER");
  flags.push(link.kind === "loopback" ? "LOOPBACK" : "BROADCAST");
  if (link.kind !== "loopback" && link.kind !== "dummy") flags.push("MULTICAST");
  if (link.kind === "dummy") flags.push("NOARP");
  if (up) flags.push("UP");
  if (up && carrierOk(link)) flags.push("LOWER_UP");
  return flags;
}

/** iproute2's M-DOWN: the link this one sits on is in the same namespace and not up. */
export function lowerIsDown(ns: NetNamespace, link: Link): boolean {
  if (!link.peer || link.peer.ns !== ns.id) return false;
  return !linkByIndex(ns, link.peer.ifindex)?.up;
}
