/**
 * What runs at each hook of a namespace, in priority order
 * (include/uapi/linux/netfilter_ipv4.h, enum nf_ip_hook_priorities):
 *
 *   raw -300 · conntrack -200 · mangle -150 · nat (DNAT) -100 · filter 0 ·
 *   security 50 · nat (SNAT) 100 · conntrack confirm INT_MAX
 *
 * Both rule sets of a namespace are evaluated: the kernel runs every table
 * registered at a hook, whether iptables-legacy (x_tables) or iptables-nft
 * (nf_tables base chains at the same priorities) made it. At equal priority
 * the lab runs nf_tables first (Debian's default, usually registered first).
 *
 * Conntrack runs only in a namespace whose rules need it (nf_ct_netns_get:
 * state, conntrack, NAT, CONNMARK, CT); without it nothing is tracked and
 * the nat table is never consulted, as on a real kernel.
 */
import type { Backend, HookName, Table, TableName } from "../netfilter/types.js";
import type { NetNamespace } from "../world/types.js";
import { compiledTable, type CTable } from "./compile.js";

export type HookEntry =
  | { readonly kind: "table"; readonly table: CTable }
  | { readonly kind: "ct-in" }
  | { readonly kind: "nat"; readonly manip: "SRC" | "DST"; readonly tables: readonly CTable[] }
  | { readonly kind: "confirm" };

export interface NsPlan {
  readonly hooks: Readonly<Record<HookName, readonly HookEntry[]>>;
  readonly conntrack: boolean;
  /** Every compiled table, for the plan's cache check. */
  readonly tables: readonly CTable[];
}

const PRIORITY: Readonly<Record<TableName, number>> = { raw: -300, mangle: -150, nat: -100, filter: 0, security: 50 };
const HOOKS: readonly HookName[] = ["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"];
const NAMES: readonly TableName[] = ["raw", "mangle", "nat", "filter", "security"];
const BACKENDS: readonly [Backend, "nft" | "legacy"][] = [["nf_tables", "nft"], ["legacy", "legacy"]];

interface Cached {
  readonly refs: readonly (Table | undefined)[];
  readonly plan: NsPlan;
}

const cache = new WeakMap<NetNamespace, Cached>();

export function nsPlan(ns: NetNamespace): NsPlan {
  const hit = cache.get(ns);
  if (hit && fresh(ns, hit)) return hit.plan;
  const refs: (Table | undefined)[] = [];
  for (const [, key] of BACKENDS) for (const n of NAMES) refs.push(ns.netfilter[key][n]);
  const plan = build(ns);
  cache.set(ns, { refs, plan });
  return plan;
}

function fresh(ns: NetNamespace, c: Cached): boolean {
  let i = 0;
  let j = 0;
  for (const [backend, key] of BACKENDS) {
    for (const n of NAMES) {
      const t = ns.netfilter[key][n];
      if (t !== c.refs[i++]) return false;
      if (t && compiledTable(t, n, backend) !== c.plan.tables[j++]) return false;
    }
  }
  return true;
}

function build(ns: NetNamespace): NsPlan {
  const tables: CTable[] = [];
  for (const [backend, key] of BACKENDS) {
    for (const n of NAMES) {
      const t = ns.netfilter[key][n];
      if (t) tables.push(compiledTable(t, n, backend));
    }
  }
  const conntrack = tables.some((t) => t.needsConntrack);
  const hooks = {} as Record<HookName, HookEntry[]>;
  for (const hook of HOOKS) {
    const entries: { prio: number; order: number; e: HookEntry }[] = [];
    let order = 0;
    for (const t of tables) {
      if (t.name === "nat" || !t.chains.has(hook)) continue;
      entries.push({ prio: PRIORITY[t.name], order: order++, e: { kind: "table", table: t } });
    }
    if (conntrack) {
      if (hook === "PREROUTING" || hook === "OUTPUT") entries.push({ prio: -200, order: order++, e: { kind: "ct-in" } });
      const manip = hook === "PREROUTING" || hook === "OUTPUT" ? "DST" : hook === "FORWARD" ? undefined : "SRC";
      if (manip) {
        const nat = tables.filter((t) => t.name === "nat" && t.chains.has(hook));
        entries.push({ prio: manip === "DST" ? -100 : 100, order: order++, e: { kind: "nat", manip, tables: nat } });
      }
      if (hook === "INPUT" || hook === "POSTROUTING") entries.push({ prio: Number.MAX_SAFE_INTEGER, order: order++, e: { kind: "confirm" } });
    }
    entries.sort((a, b) => a.prio - b.prio || a.order - b.order);
    hooks[hook] = entries.map((x) => x.e);
  }
  return { hooks, conntrack, tables };
}
