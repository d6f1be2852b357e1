/**
 * The Network the packet tools send through. Until the packet walk of
 * engine/path offers connect/send/echo through netfilter and conntrack, it is
 * the routing-only directNetwork.
 */
import type { Network } from "./network.js";
import { directNetwork } from "./direct-network.js";

export const NETWORK: Network = directNetwork;
