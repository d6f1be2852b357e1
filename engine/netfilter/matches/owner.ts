/** -m owner revision 1 (libxt_owner.c, xt_owner.c): the local socket's user, group, or its existence (OUTPUT, POSTROUTING). */
import type { HookName } from "../types.js";
import type { MatchModule, NameDb, ParseFailure } from "../extension.js";
import type { Packet } from "../packet.js";
import { badValue, fail } from "../xt-helpers.js";
import { xtStrtouiPrefix } from "../xt-number.js";

export interface OwnerData {
  uid?: [number, number];
  gid?: [number, number];
  socketExists?: boolean;
  supplGroups?: boolean;
  /** Option names given with `!`: uid-owner, gid-owner, socket-exists. */
  invert: string[];
}

/** owner_parse_range: "N", "N-M" or "N:M" below 2^32-1. */
function parseRange(s: string, opt: string): [number, number] | ParseFailure {
  const a = xtStrtouiPrefix(s, 0, 0xfffffffe);
  if (!a) return badValue("owner", opt, s);
  let to = a.value;
  let rest = a.rest;
  if (rest.startsWith("-") || rest.startsWith(":")) {
    const b = xtStrtouiPrefix(rest.slice(1), 0, 0xfffffffe);
    if (!b) return badValue("owner", opt, s);
    to = b.value;
    rest = b.rest;
  }
  if (rest !== "") return badValue("owner", opt, s);
  return [a.value, to];
}

function item(label: string, range: [number, number] | undefined, inv: boolean, name: ((id: number) => string | undefined) | undefined): string {
  if (!range) return "";
  let s = `${inv ? " !" : ""} ${label}`;
  if (range[0] !== range[1]) return `${s} ${range[0]}-${range[1]}`;
  s += ` ${(name && name(range[0])) ?? range[0]}`;
  return s;
}

function dump(d: OwnerData, labels: [string, string, string, string], names: NameDb | undefined): string {
  const inv = (o: string) => d.invert.includes(o);
  let s = "";
  if (d.socketExists) s += `${inv("socket-exists") ? " !" : ""} ${labels[0]}`;
  s += item(labels[1], d.uid, inv("uid-owner"), names ? (id) => names.userName(id) : undefined);
  s += item(labels[2], d.gid, inv("gid-owner"), names ? (id) => names.groupName(id) : undefined);
  if (d.supplGroups) s += ` ${labels[3]}`;
  return s;
}

const ALLOWED: readonly HookName[] = ["OUTPUT", "POSTROUTING"];

export const ownerMatch: MatchModule<OwnerData> = {
  name: "owner",
  options: [{ name: "uid-owner", invert: true }, { name: "gid-owner", invert: true }, { name: "socket-exists", arg: "none", invert: true }, { name: "suppl-groups", arg: "none" }],
  init: () => ({ invert: [] }),
  parse(d, opt, arg, invert, ctx) {
    const data: OwnerData = { ...d, invert: invert ? [...d.invert, opt] : d.invert };
    switch (opt) {
      case "uid-owner": {
        const id = ctx.names.uid(arg!);
        const r = id !== undefined ? ([id, id] as [number, number]) : parseRange(arg!, "--uid-owner");
        if (!Array.isArray(r)) return r;
        return { ...data, uid: r };
      }
      case "gid-owner": {
        const id = ctx.names.gid(arg!);
        const r = id !== undefined ? ([id, id] as [number, number]) : parseRange(arg!, "--gid-owner");
        if (!Array.isArray(r)) return r;
        return { ...data, gid: r };
      }
      case "socket-exists":
        return { ...data, socketExists: true };
      default:
        if (!d.gid) return badValue("owner", "--suppl-groups", "you need to use --gid-owner first");
        return { ...data, supplGroups: true };
    }
  },
  finalCheck: (_d, _c, seen) => (seen.size === 0 ? fail("owner: At least one of --uid-owner, --gid-owner or --socket-exists is required") : undefined),
  save: (d) => dump(d, ["--socket-exists", "--uid-owner", "--gid-owner", "--suppl-groups"], undefined),
  print: (d, ctx) => dump(d, ["owner socket exists", "owner UID match", "owner GID match", "incl. suppl. groups"], ctx.numeric ? undefined : ctx.names),
  check(d, ctx) {
    if (ctx.hooks.some((h) => !ALLOWED.includes(h))) return { dmesg: "xt_owner: only valid in OUTPUT and POSTROUTING" };
    // owner_check: an id range that runs backwards is refused without a word in dmesg.
    if ((d.uid && d.uid[1] < d.uid[0]) || (d.gid && d.gid[1] < d.gid[0])) return { dmesg: "" };
    return undefined;
  },
  /**
   * owner_mt: with no socket, true only when every option given is inverted
   * ((match ^ invert) == 0); a kernel socket (no file) exists but has no
   * user or group, so only inverted --uid-owner/--gid-owner hold for it.
   */
  match(d, p: Packet) {
    const sock = p.socket;
    const inv = (o: string) => d.invert.includes(o);
    const idsInverted = (!d.uid || inv("uid-owner")) && (!d.gid || inv("gid-owner"));
    if (!sock) return idsInverted && (!d.socketExists || inv("socket-exists")) && !d.supplGroups;
    if (d.socketExists && inv("socket-exists")) return false;
    if (sock.kind === "kernel") return idsInverted;
    if (d.uid && ((sock.uid >= d.uid[0] && sock.uid <= d.uid[1]) === inv("uid-owner"))) return false;
    if (d.gid && ((sock.gid >= d.gid[0] && sock.gid <= d.gid[1]) === inv("gid-owner"))) return false;
    return true;
  },
};
