/**
 * The EvalContext matches and targets see (engine/netfilter/extension.ts),
 * one mutable object per namespace walk: the table and hook change as the
 * packet moves on, `state` is set before each module call. ipset lookups
 * and the state modules share by name (recent's lists, hashlimit's tables)
 * are the namespace's; connlimit's count is made here from conntrack.
 */
import type { AddrType, EvalContext } from "../netfilter/extension.js";
import type { Packet } from "../netfilter/packet.js";
import { sharedState, type HookName, type TableName } from "../netfilter/types.js";
import { ipsetTestPacket, type IpsetMatchExt } from "../netfilter/ipset.js";
import type { NetNamespace, World } from "../world/types.js";
import type { WirePacket } from "../packet/wire.js";
import { nextFloat } from "../world/random.js";
import { addrTypeOf, linkAddrs } from "./addresses.js";
import { conncount, type ConncountKey } from "./conncount.js";
import type { Skb } from "./skb.js";

export class HookEvalContext implements EvalContext {
  table: TableName = "filter";
  hook: HookName = "PREROUTING";
  state: Record<string, unknown> = {};
  /** The packet being walked (its conntrack, for connlimit). */
  skb: Skb | undefined;

  constructor(
    readonly world: World,
    private readonly ns: NetNamespace,
  ) {}

  get nowMs(): number {
    return this.world.clock.nowMs;
  }

  random(): number {
    return nextFloat(this.world.random);
  }

  addrType(addr: number, iface?: string): AddrType {
    return addrTypeOf(this.ns, addr, iface);
  }

  ifaceAddrs(iface: string): readonly number[] {
    return linkAddrs(this.ns, iface);
  }

  ipsetTest(name: string, packet: Packet, dirs: readonly ("src" | "dst")[], ext?: IpsetMatchExt): boolean | undefined {
    return ipsetTestPacket(this.ns.netfilter, name, packet, dirs, this.nowMs, ext);
  }

  shared(key: string): Record<string, unknown> {
    return sharedState(this.ns.netfilter, key);
  }

  /** Sets `state.count` for connlimit's match: the connections its rule knows for the packet's address. */
  countConnections(key: ConncountKey, p: WirePacket): void {
    this.state.count = conncount(this.world, this.ns, this.state, key, p, this.skb?.ct);
  }
}
