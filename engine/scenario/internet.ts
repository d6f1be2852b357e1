/**
 * The internet side of a scenario's world: one small machine per scenario
 * host, each with its own uplink (an ethernet card with no cable in the
 * world, like the lab host's eth0). The packet walk carries packets between
 * uplinks as the internet would (engine/path/internet.ts). They are
 * namespaces of kind "remote": other machines, not visible to `ip netns` on
 * the lab host.
 */
import { formatIpv4, networkOf, parseIpv4 } from "../addr/ipv4.js";
import { devOpen } from "../net/device.js";
import { insertRoute } from "../net/fib4.js";
import { formatBroadcast, insertIfaddr } from "../net/inet4.js";
import { registerLink } from "../net/link-ops.js";
import { settleLinkwatch } from "../net/linkwatch.js";
import { createNamespace } from "../net/netns.js";
import { randomMac } from "../world/spec.js";
import { listen } from "../path/sockets.js";
import type { World } from "../world/types.js";
import type { WorldDef } from "./schema.js";

/** Bytes of the page a scenario host's web server answers with (nginx's default index.html is 615). */
const PAGE_BYTES = 615;

export function buildInternet(world: World, def: WorldDef): void {
  for (const host of def.hosts) {
    const ns = createNamespace(world, host.name, "remote", host.name);
    devOpen(world, ns, ns.links[0]!);
    const eth0 = registerLink(world, ns, "ether", { name: "eth0", mac: randomMac(world.random, "52:54:00") });
    if (typeof eth0 === "string") throw new Error(`cannot give ${host.name} an eth0: ${eth0}`);
    eth0.operstate = "UP";
    devOpen(world, ns, eth0);
    const addr = parseIpv4(host.address)!;
    const gateway = formatIpv4(networkOf(addr, 24) + 1);
    const error = insertIfaddr(ns, eth0, { family: 4, address: host.address, prefixLen: 24, broadcast: formatBroadcast(host.address, 24), scope: "global" });
    if (error) throw new Error(`cannot give ${host.name} the address ${host.address}: ${error}`);
    insertRoute(ns, { dst: "default", via: gateway, dev: "eth0" }, "add");
    for (const service of host.listens) {
      const [proto, port] = service.split("/") as ["tcp" | "udp", string];
      listen(world, ns, { proto, port: Number(port), owner: { command: proto === "tcp" ? "nginx" : "server" }, replyBytes: PAGE_BYTES });
    }
  }
  settleLinkwatch(world);
}
