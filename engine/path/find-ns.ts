/** A namespace by the names a learner uses: its id, its `ip netns` name, or its hostname. */
import type { NetNamespace, World } from "../world/types.js";

export function findNamespace(world: World, name: string): NetNamespace | undefined {
  return (
    world.namespaces[name] ??
    Object.values(world.namespaces).find((ns) => ns.netnsName === name) ??
    Object.values(world.namespaces).find((ns) => ns.hostname === name)
  );
}
