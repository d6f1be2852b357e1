/**
 * The netdevice notifier chain: what the rest of the stack does when a link
 * comes up, goes down, changes carrier state (after the link watch), address,
 * MTU or name, or leaves its namespace. Each subsystem's part lives in its
 * own file; this only calls them in the kernel's order.
 */
import type { Link, NetNamespace, World } from "../world/types.js";
import { bridgeDevEvent, brportEvent } from "./bridge.js";
import { inet4LinkGone, inet4LinkUp, fibDisableIp } from "./inet4.js";
import { addrconfEvent } from "./inet6.js";
import { neighLinkDown } from "./neigh.js";

export type NetdevEvent = "UP" | "DOWN" | "CHANGE" | "UNREGISTER" | "CHANGEADDR" | "CHANGEMTU";

export function netdevEvent(world: World, ns: NetNamespace, link: Link, event: NetdevEvent): void {
  switch (event) {
    case "UP":
      inet4LinkUp(ns, link);
      addrconfEvent(world, ns, link, "UP");
      break;
    case "DOWN":
      fibDisableIp(ns, link, false);
      neighLinkDown(ns, link);
      addrconfEvent(world, ns, link, "DOWN");
      break;
    case "CHANGE":
      addrconfEvent(world, ns, link, "CHANGE");
      break;
    case "UNREGISTER":
      bridgeDevEvent(world, ns, link, "UNREGISTER");
      inet4LinkGone(ns, link);
      neighLinkDown(ns, link);
      addrconfEvent(world, ns, link, "UNREGISTER");
      break;
    case "CHANGEMTU":
      addrconfEvent(world, ns, link, "CHANGEMTU");
      break;
    case "CHANGEADDR":
      break;
  }
  brportEvent(world, ns, link, event);
}
