/** -m multiport revision 1 (libxt_multiport.c, xt_multiport.c): up to 15 ports or ranges. */
import type { MatchModule, NameDb, ParseFailure } from "../extension.js";
import type { Packet } from "../packet.js";
import { fail, parsePort, portName } from "../xt-helpers.js";

export interface MultiportData {
  flags: "sports" | "dports" | "ports";
  ports: number[];
  /** pflags[i]: ports[i] starts a range ending at ports[i + 1]. */
  pflags: boolean[];
  invert: boolean;
}

const MAX_PORTS = 15;
const PROTO_NAMES: Record<number, string> = { 6: "tcp", 17: "udp", 136: "udplite", 132: "sctp", 33: "dccp" };

function checkProto(proto: number | undefined, invert: boolean | undefined): string | ParseFailure {
  if (invert) return fail("multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP");
  const name = PROTO_NAMES[proto ?? 0];
  if (name) return name;
  if (!proto) return fail("multiport needs `-p tcp', `-p udp', `-p udplite', `-p sctp' or `-p dccp'");
  return fail("multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP");
}

function parsePorts(text: string, proto: string, names: NameDb): Pick<MultiportData, "ports" | "pflags"> | ParseFailure {
  const ports: number[] = [];
  const pflags: boolean[] = [];
  const items = text.split(",");
  let i = 0;
  for (const item of items) {
    if (i >= MAX_PORTS) return fail("too many ports specified");
    const colon = item.indexOf(":");
    if (colon >= 0 && i === MAX_PORTS - 1) return fail("too many ports specified");
    const lo = parsePort(colon >= 0 ? item.slice(0, colon) : item, proto, names);
    if (typeof lo !== "number") return lo;
    ports[i] = lo;
    pflags[i] = false;
    if (colon >= 0) {
      pflags[i] = true;
      const hi = parsePort(item.slice(colon + 1), proto, names);
      if (typeof hi !== "number") return hi;
      ports[++i] = hi;
      pflags[i] = false;
      if (lo >= hi) return fail("invalid portrange specified");
    }
    i++;
  }
  return { ports, pflags };
}

function listPorts(d: MultiportData, proto: string | undefined, numeric: boolean, names: NameDb): string {
  const out: string[] = [];
  for (let i = 0; i < d.ports.length; i++) {
    let s = proto ? portName(d.ports[i]!, proto, numeric, names) : String(d.ports[i]);
    if (d.pflags[i]) s += `:${proto ? portName(d.ports[++i]!, proto, numeric, names) : d.ports[i]}`;
    out.push(s);
  }
  return out.join(",");
}

export const multiportMatch: MatchModule<MultiportData> = {
  name: "multiport",
  options: [
    { name: "source-ports", id: "sports", invert: true, excl: ["sports", "dports", "ports"] },
    { name: "sports", invert: true, excl: ["sports", "dports", "ports"] },
    { name: "destination-ports", id: "dports", invert: true, excl: ["sports", "dports", "ports"] },
    { name: "dports", invert: true, excl: ["sports", "dports", "ports"] },
    { name: "ports", invert: true, excl: ["sports", "dports", "ports"] },
  ],
  init: () => ({ flags: "ports", ports: [], pflags: [], invert: false }),
  parse(_d, opt, arg, invert, ctx) {
    const proto = checkProto(ctx.ip.proto, ctx.ip.invertProto);
    if (typeof proto !== "string") return proto;
    const parsed = parsePorts(arg!, proto, ctx.names);
    if ("error" in parsed) return parsed;
    const flags = opt === "source-ports" || opt === "sports" ? "sports" : opt === "ports" ? "ports" : "dports";
    return { flags, ...parsed, invert };
  },
  finalCheck: (_d, _ctx, seen) => (seen.size === 0 ? fail("multiport expection an option") : undefined),
  save: (d) => `${d.invert ? " !" : ""} --${d.flags} ${listPorts(d, "tcp", true, undefined as never)}`,
  print: (d, ctx) => ` multiport ${d.flags} ${d.invert ? " !" : ""}${listPorts(d, PROTO_NAMES[ctx.ip.proto ?? 0], ctx.numeric, ctx.names)}`,
  check(_d, ctx) {
    if (!PROTO_NAMES[ctx.ip.proto ?? 0] || ctx.ip.invertProto) return { dmesg: "xt_multiport: Multiport only works with TCP, UDP, UDPLITE, SCTP and DCCP" };
    return undefined;
  },
  match(d, p: Packet) {
    if (p.fragOffset !== 0) return false;
    let hit = false;
    for (let i = 0; i < d.ports.length && !hit; i++) {
      const lo = d.ports[i]!;
      const hi = d.pflags[i] ? d.ports[++i]! : lo;
      const inR = (port: number | undefined) => port !== undefined && port >= lo && port <= hi;
      hit = d.flags === "sports" ? inR(p.sport) : d.flags === "dports" ? inR(p.dport) : inR(p.sport) || inR(p.dport);
    }
    return hit !== d.invert;
  },
};
