/**
 * -m cluster (libxt_cluster.c, xt_cluster.c): share connections among up to
 * 32 nodes; a node takes the packets whose connection hashes (jhash of the
 * original source address, scaled to --cluster-total-nodes) into its
 * --cluster-local-nodemask. --cluster-local-node N is the mask bit N-1.
 * Without a connection nothing matches, as in xt_cluster_mt.
 */
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { jhash2 } from "../ipset.js";
import { fail, x6Uint } from "../xt-helpers.js";

export interface ClusterData {
  totalNodes: number;
  nodeMask: number;
  hashSeed: number;
  invert: boolean;
}

const h8 = (v: number): string => `0x${(v >>> 0).toString(16).padStart(8, "0")}`;

export const clusterMatch: MatchModule<ClusterData> = {
  name: "cluster",
  options: [
    { name: "cluster-total-nodes", mandatory: true },
    { name: "cluster-local-node", invert: true, excl: ["cluster-local-nodemask"] },
    { name: "cluster-local-nodemask", invert: true, excl: ["cluster-local-node"] },
    { name: "cluster-hash-seed", mandatory: true },
  ],
  init: () => ({ totalNodes: 0, nodeMask: 0, hashSeed: 0, invert: false }),
  parse(d, opt, arg, invert) {
    const seed = opt === "cluster-hash-seed";
    const v = x6Uint("cluster", opt, arg!, seed ? 0 : 1, seed ? 0xffffffff : 32);
    if (typeof v !== "number") return v;
    if (opt === "cluster-total-nodes") return { ...d, totalNodes: v };
    if (seed) return { ...d, hashSeed: v };
    const nodeMask = opt === "cluster-local-node" ? (1 << (v - 1)) >>> 0 : v;
    return { ...d, nodeMask, invert: d.invert || invert };
  },
  finalCheck(d, _ctx, seen) {
    const all = (local: string): boolean => seen.has("cluster-total-nodes") && seen.has(local) && seen.has("cluster-hash-seed");
    if (all("cluster-local-node")) {
      return d.nodeMask >= 2 ** d.totalNodes ? fail("cluster match: `--cluster-local-node' must be <= `--cluster-total-nodes'") : undefined;
    }
    if (all("cluster-local-nodemask")) {
      return d.nodeMask >= 2 ** d.totalNodes ? fail("cluster match: `--cluster-local-nodemask' too big for `--cluster-total-nodes'") : undefined;
    }
    if (!seen.has("cluster-local-node") && !seen.has("cluster-local-nodemask")) {
      return fail("cluster match: `--cluster-local-node' or`--cluster-local-nodemask' is missing");
    }
    return undefined;
  },
  save: (d) => `${d.invert ? " !" : ""} --cluster-local-nodemask ${h8(d.nodeMask)} --cluster-total-nodes ${d.totalNodes} --cluster-hash-seed ${h8(d.hashSeed)}`,
  print: (d) => ` cluster ${d.invert ? "!" : ""}node_mask=${h8(d.nodeMask)} total_nodes=${d.totalNodes} hash_seed=${h8(d.hashSeed)}`,
  check: (d) => (d.nodeMask >= 2 ** d.totalNodes ? { dmesg: "xt_cluster: node mask cannot exceed total number of nodes" } : undefined),
  match(d, p: Packet) {
    const src = p.ct?.original?.src;
    if (src === undefined) return false;
    const hash = Number((BigInt(jhash2([src], d.hashSeed)) * BigInt(d.totalNodes)) >> 32n);
    return ((d.nodeMask & (1 << hash)) !== 0) !== d.invert;
  },
};
