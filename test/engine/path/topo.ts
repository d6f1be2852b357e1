/**
 * Small topologies for walk tests, built with engine/net as `ip` would:
 * namespaces, veth pairs with addresses, bridges, routes, sysctls.
 */
import { createWorld } from "../../../engine/world/spec.js";
import type { Link, NetNamespace, World } from "../../../engine/world/types.js";
import { createNamespace } from "../../../engine/net/netns.js";
import { createLink, createVeth } from "../../../engine/net/link-ops.js";
import { devOpen } from "../../../engine/net/device.js";
import { insertIfaddr } from "../../../engine/net/inet4.js";
import { insertRoute } from "../../../engine/net/fib4.js";
import { addPort } from "../../../engine/net/bridge.js";
import { settleLinkwatch } from "../../../engine/net/linkwatch.js";
import { broadcastOf, formatIpv4, parseCidr } from "../../../engine/addr/ipv4.js";
import { linkByName } from "../../../engine/net/links.js";

export function world(seed = 7): World {
  return createWorld({ seed });
}

export function ns(w: World, id: string): NetNamespace {
  const n = w.namespaces[id] ?? createNamespace(w, id, "netns", id);
  const lo = linkByName(n, "lo")!;
  devOpen(w, n, lo);
  return n;
}

export function addr(w: World, n: NetNamespace, dev: string, cidr: string): void {
  const c = parseCidr(cidr)!;
  const link = linkByName(n, dev)!;
  const r = insertIfaddr(n, link, { family: 4, address: formatIpv4(c.address), prefixLen: c.prefixLen, broadcast: formatIpv4(broadcastOf(c.address, c.prefixLen)), scope: "global" });
  if (r) throw new Error(`addr ${cidr} on ${dev}: ${r}`);
}

export function up(w: World, n: NetNamespace, dev: string): Link {
  const link = linkByName(n, dev)!;
  devOpen(w, n, link);
  return link;
}

/** A veth pair a (in na) <-> b (in nb), both up with the given addresses. */
export function veth(w: World, na: NetNamespace, a: string, aCidr: string | undefined, nb: NetNamespace, b: string, bCidr: string | undefined): void {
  const r = createVeth(w, na, { name: a }, nb, { name: b });
  if (typeof r === "string") throw new Error(`veth ${a}/${b}: ${r}`);
  up(w, na, a);
  up(w, nb, b);
  if (aCidr) addr(w, na, a, aCidr);
  if (bCidr) addr(w, nb, b, bCidr);
  w.clock.nowMs += 2000;
  settleLinkwatch(w);
}

export function bridge(w: World, n: NetNamespace, name: string, cidr?: string): Link {
  const br = createLink(w, n, "bridge", { name });
  if (typeof br === "string") throw new Error(`bridge ${name}: ${br}`);
  up(w, n, name);
  if (cidr) addr(w, n, name, cidr);
  return br;
}

export function enslave(w: World, n: NetNamespace, br: string, port: string): void {
  const r = addPort(w, n, linkByName(n, br)!, linkByName(n, port)!);
  if (r) throw new Error(`enslave ${port} to ${br}: ${r}`);
  w.clock.nowMs += 2000;
  settleLinkwatch(w);
}

export function route(n: NetNamespace, dst: string, via: string, dev: string): void {
  const r = insertRoute(n, { dst, via, dev }, "add");
  if (r) throw new Error(`route ${dst}: ${r}`);
}

export function sysctl(n: NetNamespace, key: string, value: string): void {
  n.sysctl[key] = value;
}

/** ip_forward=1 as the sysctl does it: every interface's forwarding too. */
export function forwarding(n: NetNamespace, on = true): void {
  const v = on ? "1" : "0";
  n.sysctl["net.ipv4.ip_forward"] = v;
  for (const k of Object.keys(n.sysctl)) if (/^net\.ipv4\.conf\.[^.]+\.forwarding$/.test(k)) n.sysctl[k] = v;
}

/**
 * client (10.0.0.2) --veth-- router (10.0.0.1 | 10.1.0.1) --veth-- server (10.1.0.2)
 */
export function routed(w: World): { client: NetNamespace; router: NetNamespace; server: NetNamespace } {
  const client = ns(w, "client");
  const router = ns(w, "router");
  const server = ns(w, "server");
  veth(w, client, "eth0", "10.0.0.2/24", router, "c0", "10.0.0.1/24");
  veth(w, server, "eth0", "10.1.0.2/24", router, "s0", "10.1.0.1/24");
  route(client, "default", "10.0.0.1", "eth0");
  route(server, "default", "10.1.0.1", "eth0");
  forwarding(router);
  return { client, router, server };
}

/** Two namespaces a (10.99.0.1) and b (10.99.0.2) on one veth pair, as recorded on the real kernel. */
export function pair(w: World): { a: NetNamespace; b: NetNamespace } {
  const a = ns(w, "a");
  const b = ns(w, "b");
  veth(w, a, "va", "10.99.0.1/24", b, "vb", "10.99.0.2/24");
  return { a, b };
}

import { LabFs } from "../../../engine/fs/lab-fs.js";
import type { CommandContext } from "../../../engine/commands/types.js";
import { iptablesCommand } from "../../../engine/commands/iptables/iptables.js";

/** Runs an iptables command line in a namespace ("-t nat -A ..."); throws when it fails. */
export function ipt(w: World, n: NetNamespace, line: string, backend: "iptables" | "iptables-nft" | "iptables-legacy" = "iptables"): string {
  const argv = [backend, ...splitWords(line)];
  const fs = new LabFs(w.files, () => w.clock.nowMs);
  const ctx: CommandContext = {
    world: w, ns: n, argv, stdin: "", env: new Map(), cwd: "/root", fs, interactive: false,
    exec: async () => ({ stdout: "", stderr: "", exitCode: 127 }),
  };
  const r = iptablesCommand.run(ctx);
  if (r instanceof Promise) throw new Error("async iptables");
  if (r.exitCode !== 0) throw new Error(`${argv.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

function splitWords(line: string): string[] {
  const out: string[] = [];
  for (const m of line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)) out.push(m[1] ?? m[2] ?? m[3]!);
  return out;
}

import { registerLink } from "../../../engine/net/link-ops.js";

/** A machine on the internet: its uplink eth0 with an address, a default route via its gateway. */
export function remote(w: World, id: string, cidr: string, gateway: string): NetNamespace {
  const n = createNamespace(w, id, "remote", id);
  devOpen(w, n, linkByName(n, "lo")!);
  const eth = registerLink(w, n, "ether", { name: "eth0" });
  if (typeof eth === "string") throw new Error(eth);
  up(w, n, "eth0");
  addr(w, n, "eth0", cidr);
  route(n, "default", gateway, "eth0");
  return n;
}

/** The lab host as Docker leaves it: docker0 172.17.0.1/16, a container per name with 172.17.0.N, forwarding on. */
export function docker(w: World, containers: string[], brNetfilter = true): { host: NetNamespace; containers: NetNamespace[] } {
  const host = w.namespaces["lab"]!;
  if (brNetfilter) {
    w.modules = [...(w.modules ?? []), "br_netfilter"];
    host.sysctl["net.bridge.bridge-nf-call-iptables"] = "1";
  }
  bridge(w, host, "docker0", "172.17.0.1/16");
  const made = containers.map((name, i) => {
    const c = ns(w, name);
    veth(w, c, "eth0", `172.17.0.${i + 2}/16`, host, `veth${i}`, undefined);
    enslave(w, host, "docker0", `veth${i}`);
    route(c, "default", "172.17.0.1", "eth0");
    return c;
  });
  forwarding(host);
  return { host, containers: made };
}
