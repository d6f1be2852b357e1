/**
 * iproute2's link cache (lib/ll_map.c): names and indexes it has seen. A
 * name or index not in it is fetched from the kernel on its own
 * (RTM_GETLINK), and the kernel first settles that link's pending link-watch
 * event — which is why `ip link show br0` can show a fresher state than
 * `ip link`. A dump fills the cache without that.
 */
import type { Link, NetNamespace, World } from "../../world/types.js";
import { linkByIndex, linkByName } from "../../net/links.js";
import { syncLink } from "../../net/linkwatch.js";

interface Entry {
  index: number;
  name: string;
  up: boolean;
}

export class LlCache {
  private readonly byIndex = new Map<number, Entry>();

  constructor(
    private readonly world: World,
    private readonly ns: NetNamespace,
  ) {}

  remember(link: Link): void {
    this.byIndex.set(link.ifindex, { index: link.ifindex, name: link.name, up: link.up });
  }

  /** Every link of the namespace, as a dump leaves them. */
  rememberAll(): void {
    for (const link of this.ns.links) this.remember(link);
  }

  forget(index: number): void {
    this.byIndex.delete(index);
  }

  /** ll_link_get: the kernel's RTM_GETLINK for one link. */
  getLink(link: Link): void {
    syncLink(this.world, this.ns, link);
    this.remember(link);
  }

  /** ll_name_to_index: 0 when there is no such link. */
  nameToIndex(name: string): number {
    for (const e of this.byIndex.values()) if (e.name === name) return e.index;
    const link = linkByName(this.ns, name);
    if (!link) return /^if\d+$/.test(name) && linkByIndex(this.ns, Number(name.slice(2))) ? Number(name.slice(2)) : 0;
    this.getLink(link);
    return link.ifindex;
  }

  /** ll_index_to_name: "if7" when the index is not a link here. */
  indexToName(index: number): string {
    if (index === 0) return "*";
    const cached = this.byIndex.get(index);
    if (cached) return cached.name;
    const link = linkByIndex(this.ns, index);
    if (!link) return `if${index}`;
    this.getLink(link);
    return link.name;
  }

  /** ll_index_to_flags & IFF_UP, from the cache only; undefined when not cached. */
  indexIsUp(index: number): boolean | undefined {
    return this.byIndex.get(index)?.up;
  }
}
