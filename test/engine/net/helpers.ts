/** A bare world (only lo, down) and its one namespace, for the net model's tests. */
import { createWorld } from "../../../engine/world/spec.js";
import type { NetNamespace, World } from "../../../engine/world/types.js";

export function bareWorld(): { world: World; ns: NetNamespace } {
  const world = createWorld({ bare: true });
  return { world, ns: world.namespaces["lab"]! };
}
