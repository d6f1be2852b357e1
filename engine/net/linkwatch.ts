/**
 * The kernel's link watch (net/core/link_watch.c): carrier changes are
 * queued and a worker later stores the new operstate, (de)activates the
 * qdisc and sends NETDEV_CHANGE. Urgent events (a veth, a link going down,
 * carrier coming back while the qdisc is deactivated) run at once; the others
 * at most once a second, so a bridge's state can lag behind its carrier.
 * Time is the world's: a run "at once" happens when the command finishes.
 */
import type { Link, LinkWatch, NetNamespace, World } from "../world/types.js";
import { carrierOk, defaultOperstate, iflink } from "./link-state.js";
import { linkByIndex } from "./links.js";
import { netdevEvent } from "./notify.js";

const HZ_MS = 1000;

function state(world: World): LinkWatch {
  world.linkwatch ??= { nextEventMs: 0, pending: [] };
  return world.linkwatch;
}

/** linkwatch_urgent_event */
export function urgentEvent(link: Link): boolean {
  if (!link.up) return false;
  if (iflink(link) !== link.ifindex) return true;
  return carrierOk(link) && !link.qdiscActive;
}

/** Entries taken off the queue by a run in progress: still "pending" to fireEvent. */
let inFlight: { ns: string; ifindex: number }[] = [];

function isPending(lw: LinkWatch, ns: NetNamespace, link: Link): boolean {
  const same = (p: { ns: string; ifindex: number }) => p.ns === ns.id && p.ifindex === link.ifindex;
  return lw.pending.some(same) || inFlight.some(same);
}

/** linkwatch_fire_event */
export function fireEvent(world: World, ns: NetNamespace, link: Link): void {
  const lw = state(world);
  const urgent = urgentEvent(link);
  if (!isPending(lw, ns, link)) lw.pending.push({ ns: ns.id, ifindex: link.ifindex });
  else if (!urgent) return;
  schedule(world, urgent);
}

function schedule(world: World, urgent: boolean, now = world.clock.nowMs): void {
  const lw = state(world);
  if (urgent) lw.dueMs = now;
  else if (lw.dueMs === undefined) lw.dueMs = Math.max(now, lw.nextEventMs);
}

/** linkwatch_do_dev */
function doDev(world: World, ns: NetNamespace, link: Link): void {
  link.operstate = defaultOperstate(ns, link);
  if (!link.up) return;
  if (carrierOk(link)) activateQdisc(link);
  else link.qdiscActive = false;
  netdevEvent(world, ns, link, "CHANGE");
}

/** dev_activate: a link's first qdisc is attached when it first comes up; transmit needs carrier. */
export function activateQdisc(link: Link): void {
  if (link.qdisc === undefined || link.qdisc === "noop") link.qdisc = link.kind === "ether" ? "pfifo_fast" : "noqueue";
  if (carrierOk(link)) link.qdiscActive = true;
}

/** Runs the link watch as its worker would have by the world's current time. */
export function settleLinkwatch(world: World): void {
  const lw = state(world);
  for (let rounds = 0; lw.dueMs !== undefined && lw.dueMs <= world.clock.nowMs && rounds < 100; rounds++) {
    const at = lw.dueMs;
    lw.dueMs = undefined;
    const urgentOnly = lw.nextEventMs > at;
    if (!urgentOnly) lw.nextEventMs = at + HZ_MS;
    inFlight = lw.pending;
    lw.pending = [];
    try {
      while (inFlight.length > 0) {
        const entry = inFlight.shift()!;
        const ns = world.namespaces[entry.ns];
        const link = ns && linkByIndex(ns, entry.ifindex);
        if (!ns || !link) continue;
        if (urgentOnly && !urgentEvent(link)) {
          lw.pending.push(entry);
          continue;
        }
        doDev(world, ns, link);
      }
    } finally {
      inFlight = [];
    }
    if (lw.pending.length > 0) schedule(world, false, at);
  }
}

/**
 * linkwatch_sync_dev: handles the link's pending event now. The kernel does
 * this when a link is read on its own (rtnl_getlink) — which iproute2 does
 * whenever it looks a name up — and when a link leaves its namespace.
 */
export function syncLink(world: World, ns: NetNamespace, link: Link): void {
  const lw = state(world);
  const at = lw.pending.findIndex((p) => p.ns === ns.id && p.ifindex === link.ifindex);
  if (at < 0) return;
  lw.pending.splice(at, 1);
  doDev(world, ns, link);
}

/** netif_carrier_on/off: a change is queued for the link watch. */
export function setCarrier(world: World, ns: NetNamespace, link: Link, on: boolean): void {
  if (carrierOk(link) === on) return;
  link.carrier = on;
  fireEvent(world, ns, link);
}
