/**
 * Finding links in a namespace, and the numbers and names the kernel gives
 * them. Links are kept in ifindex order, as `ip link` lists them.
 */
import type { Link, NetNamespace, World } from "../world/types.js";

export function linkByName(ns: NetNamespace, name: string): Link | undefined {
  return ns.links.find((l) => l.name === name);
}

export function linkByIndex(ns: NetNamespace, ifindex: number): Link | undefined {
  return ns.links.find((l) => l.ifindex === ifindex);
}

/** The namespace a link belongs to (links are found by identity). */
export function namespaceOf(world: World, link: Link): NetNamespace | undefined {
  return Object.values(world.namespaces).find((ns) => ns.links.includes(link));
}

/**
 * dev_index_reserve: the wanted index when it is free (a link moving in keeps
 * its number), else the lowest free one from the namespace's cyclic counter.
 */
export function reserveIfindex(ns: NetNamespace, wanted?: number): number {
  const used = new Set(ns.links.map((l) => l.ifindex));
  if (wanted !== undefined && !used.has(wanted)) return wanted;
  let index = Math.max(1, ns.nextIfindex);
  while (used.has(index)) index++;
  ns.nextIfindex = index + 1;
  return index;
}

/** Puts a link in the namespace's list at its ifindex's place. */
export function insertLink(ns: NetNamespace, link: Link): void {
  const at = ns.links.findIndex((l) => l.ifindex > link.ifindex);
  if (at < 0) ns.links.push(link);
  else ns.links.splice(at, 0, link);
}

export function removeLink(ns: NetNamespace, link: Link): void {
  const at = ns.links.indexOf(link);
  if (at >= 0) ns.links.splice(at, 1);
}

/** dev_valid_name: 1 to 15 bytes, not "." or "..", no "/", ":" or white space. */
export function validIfname(name: string): boolean {
  if (name.length === 0 || name.length >= 16) return false;
  if (name === "." || name === "..") return false;
  return !/[/:\s]/.test(name);
}

/**
 * A name from a pattern with "%d" (veth%d): the lowest number not taken,
 * as dev_alloc_name picks it. Undefined when the pattern has no %d.
 */
export function allocName(ns: NetNamespace, pattern: string): string | undefined {
  if (!pattern.includes("%d")) return undefined;
  const taken = new Set(ns.links.map((l) => l.name));
  for (let i = 0; ; i++) {
    const name = pattern.replace("%d", String(i));
    if (!taken.has(name)) return name;
  }
}

/** The next number of the namespace's event sequence. */
export function nextSeq(ns: NetNamespace): number {
  ns.seq = (ns.seq ?? 0) + 1;
  return ns.seq;
}
