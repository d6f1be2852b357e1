/** -m socket revision 3 (libxt_socket.c, xt_socket.c): a local socket would receive the packet. */
import type { HookName } from "../types.js";
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";

export interface SocketData {
  transparent?: boolean;
  nowildcard?: boolean;
  restoreSkmark?: boolean;
}

function flags(d: SocketData): string {
  return (d.transparent ? " --transparent" : "") + (d.nowildcard ? " --nowildcard" : "") + (d.restoreSkmark ? " --restore-skmark" : "");
}

const HOOKS: readonly HookName[] = ["PREROUTING", "INPUT"];

export const socketMatch: MatchModule<SocketData> = {
  name: "socket",
  options: [{ name: "transparent", arg: "none" }, { name: "nowildcard", arg: "none" }, { name: "restore-skmark", arg: "none" }],
  init: () => ({}),
  parse(d, opt) {
    if (opt === "transparent") return { ...d, transparent: true };
    if (opt === "nowildcard") return { ...d, nowildcard: true };
    return { ...d, restoreSkmark: true };
  },
  save: flags,
  print: (d) => ` socket${flags(d)}`,
  check(_d, ctx) {
    if (ctx.hooks.some((h) => !HOOKS.includes(h))) return { dmesg: "x_tables: ip_tables: socket match: used from hooks OUTPUT, but only valid from PREROUTING/INPUT" };
    return undefined;
  },
  match(d, p: Packet) {
    // The packet walk tells whether a local socket owns the packet's flow (p.socket).
    const sock = p.socket as { transparent?: boolean } | undefined;
    if (!sock) return false;
    return !d.transparent || sock.transparent === true;
  },
};
