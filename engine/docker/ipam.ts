/**
 * Docker's default IPAM for local networks (libnetwork/ipams/defaultipam,
 * ipamutils): pools from the default address pools, skipping those in use
 * and those overlapping the host's on-link routes or its nameservers
 * (netutils.InferReservedNetworks); in a pool, the gateway is the first
 * address and containers get the lowest free one.
 */
import type { World } from "../world/types.js";
import type { DockerState } from "./types.js";
import { formatIpv4, networkOf, parseCidr, parseIpv4, prefixMask, type Cidr } from "../addr/ipv4.js";
import { LAB_HOST } from "../world/spec.js";

/** ipamutils.localScopeDefaultNetworks: [base, size] — 172.17-19 as /16, 172.20-31 as /16s of /14s, 192.168/16 as /20s. */
const DEFAULT_POOLS: readonly (readonly [string, number])[] = [
  ["172.17.0.0/16", 16], ["172.18.0.0/16", 16], ["172.19.0.0/16", 16],
  ["172.20.0.0/14", 16], ["172.24.0.0/14", 16], ["172.28.0.0/14", 16],
  ["192.168.0.0/16", 20],
];

export function* defaultPools(): Generator<Cidr> {
  for (const [base, size] of DEFAULT_POOLS) {
    const b = parseCidr(base)!;
    const count = 2 ** (size - b.prefixLen);
    for (let i = 0; i < count; i++) yield { address: (b.address + i * 2 ** (32 - size)) >>> 0, prefixLen: size };
  }
}

export function overlaps(a: Cidr, b: Cidr): boolean {
  const len = Math.min(a.prefixLen, b.prefixLen);
  return networkOf(a.address, len) === networkOf(b.address, len);
}

export function formatCidr(c: Cidr): string {
  return `${formatIpv4(networkOf(c.address, c.prefixLen))}/${c.prefixLen}`;
}

/** InferReservedNetworks: the nameservers of /etc/resolv.conf and the host's on-link IPv4 routes. */
function reservedNetworks(world: World): Cidr[] {
  const out: Cidr[] = [];
  const resolv = world.files["/etc/resolv.conf"];
  if (resolv?.type === "file") {
    for (const m of resolv.content.matchAll(/^\s*nameserver\s+(\S+)/gm)) {
      const a = parseIpv4(m[1]!);
      if (a !== undefined) out.push({ address: a, prefixLen: 32 });
    }
  }
  for (const r of world.namespaces[LAB_HOST]?.routes ?? []) {
    if (r.scope !== "link" || r.dst === "default" || r.table !== undefined) continue;
    const c = parseCidr(r.dst);
    if (c && c.address !== 0) out.push(c);
  }
  return out;
}

function inUse(state: DockerState): Cidr[] {
  return state.networks.flatMap((n) => (n.subnet ? [parseCidr(n.subnet)!] : []));
}

/** RequestPool with no preferred pool: the first default pool that is free. */
export function allocatePool(world: World, state: DockerState): Cidr | undefined {
  const taken = [...inUse(state), ...reservedNetworks(world)];
  for (const pool of defaultPools()) if (!taken.some((t) => overlaps(t, pool))) return pool;
  return undefined;
}

/** A pool the user asked for (--subnet): refused if it overlaps one in use. */
export function poolOverlapsInUse(state: DockerState, pool: Cidr): boolean {
  return inUse(state).some((t) => overlaps(t, pool));
}

/** RequestAddress: the lowest host address of the pool not taken. */
export function allocateAddress(pool: Cidr, taken: ReadonlySet<string>): string | undefined {
  const net = networkOf(pool.address, pool.prefixLen);
  const last = (net | (~prefixMask(pool.prefixLen) >>> 0)) >>> 0;
  for (let a = net + 1; a < last; a++) {
    const text = formatIpv4(a);
    if (!taken.has(text)) return text;
  }
  return undefined;
}
