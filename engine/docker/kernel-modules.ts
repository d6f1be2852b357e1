/**
 * The kernel modules dockerd loads (modprobe): br_netfilter brings the
 * net.bridge.* sysctls to every namespace, with bridge-nf-call-* on.
 */
import type { World } from "../world/types.js";
import { BR_NETFILTER_SYSCTLS } from "../net/sysctl-defaults.js";

export function loadBrNetfilter(world: World): void {
  const modules = (world.modules ??= []);
  if (modules.includes("br_netfilter")) return;
  modules.push("br_netfilter");
  for (const ns of Object.values(world.namespaces)) {
    for (const [key, value] of Object.entries(BR_NETFILTER_SYSCTLS)) if (!(key in ns.sysctl)) ns.sysctl[key] = value;
  }
}
