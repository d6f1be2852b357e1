/**
 * engine/net — the emulated network stack's state and the kernel's rules for
 * changing it: links (lo, veth, bridge, dummy, ether), their carrier and
 * operstate through the link watch, IPv4 and IPv6 addresses with the routes
 * the kernel makes for them, routing tables and the route lookup,
 * neighbours, namespaces, per-link sysctls. It keeps the World's plain data
 * consistent; it prints nothing (commands/ip does) and moves no packet
 * (engine/path does, asking routeGet and the link lookups below).
 *
 * Call settleLinkwatch(world) before reading link state after time passed
 * (a bridge's operstate lags its carrier by up to a second, as on Linux).
 */
export { linkByIndex, linkByName, namespaceOf } from "./links.js";
export { vethPeer, devOpen, devClose } from "./device.js";
export { bridgeOf, portsOf, addPort, delPort } from "./bridge.js";
export { carrierOk, operstate, operUp, linkFlags } from "./link-state.js";
export { settleLinkwatch, syncLink } from "./linkwatch.js";
export { routeInput, type InputResult, type InputFailure } from "./route-input.js";
export { routeGet, fibLookup, selectSourceAddress, isLocalAddress, type RouteResult, type RouteFailure, type RouteGetOptions } from "./route-get.js";
export { insertRoute, deleteRoute, type InsertMode, type RouteMatch } from "./fib4.js";
export { insertIfaddr, deleteIfaddr, primaryOf } from "./inet4.js";
export { ipv6Routes } from "./routes6.js";
export { findNeigh, setNeigh, deleteNeigh, neighTable } from "./neigh.js";
export { createNamespace, addNetns, deleteNetns, destroyNamespace, moveLink, netnsByName } from "./netns.js";
export { createVeth, createLink, deleteLink, renameLink, setMtu, setMac, registerLink, type LinkError } from "./link-ops.js";
export { writeSysctl } from "./sysctl-write.js";
