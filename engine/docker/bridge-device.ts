/**
 * A bridge network's device, as the bridge driver sets it up over netlink
 * (setup_device_linux.go, setup_ipv4_linux.go): the bridge with a 02:42 MAC,
 * router advertisements off, the gateway address, and — last of all — up.
 * With no port it has no carrier, so `ip link` shows it NO-CARRIER, DOWN.
 */
import type { NetNamespace, World } from "../world/types.js";
import type { DockerNetwork } from "./types.js";
import { createLink, deleteLink, setMtu } from "../net/link-ops.js";
import { devOpen } from "../net/device.js";
import { formatBroadcast, insertIfaddr } from "../net/inet4.js";
import { linkByName } from "../net/links.js";
import { randomDockerMac } from "./ids.js";

/** setupDevice, setupDefaultSysctl, setupMTU and setupBridgeIPv4: the bridge exists, addressed, still down. */
export function createBridgeDevice(world: World, host: NetNamespace, net: DockerNetwork, mtu: number): void {
  const name = net.bridge!;
  let br = linkByName(host, name);
  if (!br) {
    // netlink.Bridge{LinkAttrs{Name}}: a literal, so TxQLen 0 is sent too (no "qlen" in `ip link`).
    const made = createLink(world, host, "bridge", { name, mac: randomDockerMac(world), txqlen: 0 });
    if (typeof made === "string") throw new Error(`docker: cannot create bridge ${name}: ${made}`);
    br = made;
    const acceptRa = `net.ipv6.conf.${name}.accept_ra`;
    if (acceptRa in host.sysctl) host.sysctl[acceptRa] = "0";
  }
  if (mtu > 0) setMtu(world, host, br, mtu);
  const [address, len] = [net.gateway!, Number(net.subnet!.split("/")[1])];
  if (!br.addrs.some((a) => a.address === address && a.prefixLen === len)) {
    insertIfaddr(host, br, { family: 4, address, prefixLen: len, broadcast: formatBroadcast(address, len), scope: "global" });
  }
}

/** setupDeviceUp */
export function bridgeUp(world: World, host: NetNamespace, net: DockerNetwork): void {
  const br = linkByName(host, net.bridge!);
  if (br) devOpen(world, host, br);
}

/** A user network's bridge goes with the network; docker0 stays. */
export function deleteBridgeDevice(world: World, host: NetNamespace, net: DockerNetwork): void {
  if (net.isDefault) return;
  const br = linkByName(host, net.bridge!);
  if (br) deleteLink(world, host, br);
}
