/**
 * The EvalContext matches and targets see (engine/netfilter/extension.ts),
 * one mutable object per namespace walk: the table and hook change as the
 * packet moves on, `state` is set before each module call.
 */
import type { AddrType, EvalContext } from "../netfilter/extension.js";
import type { HookName, TableName } from "../netfilter/types.js";
import type { NetNamespace, World } from "../world/types.js";
import { nextFloat } from "../world/random.js";
import { addrTypeOf, linkAddrs } from "./addresses.js";

export class HookEvalContext implements EvalContext {
  table: TableName = "filter";
  hook: HookName = "PREROUTING";
  state: Record<string, unknown> = {};

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
}
