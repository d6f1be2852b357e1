/**
 * A container's network sandbox (libnetwork/osl): its own namespace with lo
 * up, and for each network a veth pair made on the host — the host end
 * joins the bridge, the other end moves into the container, becomes eth0,
 * takes the 02:42 MAC of its address and comes up — then the default route
 * through the first network's gateway.
 */
import type { NetNamespace, World } from "../world/types.js";
import type { DockerContainer, DockerNetwork, Endpoint } from "./types.js";
import { createNamespace, destroyNamespace, moveLink } from "../net/netns.js";
import { createVeth, deleteLink, renameLink, setMac, setMtu } from "../net/link-ops.js";
import { addPort } from "../net/bridge.js";
import { devClose, devOpen } from "../net/device.js";
import { formatBroadcast, insertIfaddr } from "../net/inet4.js";
import { insertRoute } from "../net/fib4.js";
import { linkByName } from "../net/links.js";
import { settleLinkwatch } from "../net/linkwatch.js";
import { vethName } from "./ids.js";

/** The sysctls dockerd sets in every container that has its own network namespace (oci_linux.go). */
const CONTAINER_SYSCTLS: Readonly<Record<string, string>> = {
  "net.ipv4.ip_unprivileged_port_start": "0",
  "net.ipv4.ping_group_range": "0\t2147483647",
};

export function sandboxNsId(container: DockerContainer): string {
  return `container:${container.name}`;
}

/** osl.NewSandbox: a fresh namespace, lo up. */
export function createSandbox(world: World, container: DockerContainer): NetNamespace {
  const ns = createNamespace(world, sandboxNsId(container), "container", container.hostname);
  for (const [key, value] of Object.entries(CONTAINER_SYSCTLS)) if (key in ns.sysctl) ns.sysctl[key] = value;
  devOpen(world, ns, ns.links[0]!);
  return ns;
}

/** The bridge driver's CreateEndpoint: the veth pair, the host end on the bridge and up. */
export function createVethPair(world: World, host: NetNamespace, net: DockerNetwork, mtu: number): { hostName: string; peerName: string } {
  const hostName = vethName(world, host);
  const peerName = vethName(world, host);
  const pair = createVeth(world, host, { name: hostName, txqlen: 0 }, host, { name: peerName, txqlen: 0 });
  if (typeof pair === "string") throw new Error(`docker: cannot create veth pair: ${pair}`);
  if (mtu > 0) {
    setMtu(world, host, pair.link, mtu);
    setMtu(world, host, pair.peer, mtu);
  }
  const br = linkByName(host, net.bridge!);
  if (br) addPort(world, host, br, pair.link);
  devOpen(world, host, pair.link);
  return { hostName, peerName };
}

/** osl AddInterface: moved into the sandbox, renamed, MAC and address set, IPv6 off, up. */
export function moveIntoSandbox(world: World, host: NetNamespace, sandbox: NetNamespace, peerName: string, ep: Endpoint): void {
  const link = linkByName(host, peerName);
  if (!link) throw new Error(`docker: sandbox interface ${peerName} is missing`);
  const err = moveLink(world, host, link, sandbox);
  if (err) throw new Error(`docker: cannot move ${peerName} into the sandbox: ${err}`);
  devClose(world, sandbox, link);
  renameLink(world, sandbox, link, ep.ifname!);
  setMac(world, sandbox, link, ep.mac);
  insertIfaddr(sandbox, link, { family: 4, address: ep.ip, prefixLen: ep.prefixLen, broadcast: formatBroadcast(ep.ip, ep.prefixLen), scope: "global" });
  const disable = `net.ipv6.conf.${ep.ifname}.disable_ipv6`;
  if (disable in sandbox.sysctl) sandbox.sysctl[disable] = "1";
  devOpen(world, sandbox, link);
}

/** Sandbox.SetGateway: `default via GW dev IF`. */
export function setGateway(sandbox: NetNamespace, gateway: string, dev: string): void {
  insertRoute(sandbox, { dst: "default", via: gateway, dev }, "add");
}

/** The host end of an endpoint goes (its peer with it); used when a container leaves a network. */
export function removeVeth(world: World, host: NetNamespace, hostVeth: string): void {
  const link = linkByName(host, hostVeth);
  if (link) deleteLink(world, host, link);
}

/** Sandbox.Destroy: the namespace goes, and every veth in it takes its host end along. */
export function destroySandbox(world: World, nsId: string): void {
  const ns = world.namespaces[nsId];
  if (ns) destroyNamespace(world, ns);
  settleLinkwatch(world);
}
