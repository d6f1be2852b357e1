/**
 * -m dccp (libxt_dccp.c, xt_dccp.c): ports, packet types and one option
 * number. `-p dccp --dport 5` loads it as `-p tcp` loads tcp. -L names the
 * types (stopping at INVALID, which stands for types 10-15) and -n numbers
 * them. The lab sends no DCCP of its own: ports come from the packet model,
 * the type from the DCCP header's type bits (byte 8) in the packet's bytes,
 * and a packet has no DCCP options.
 */
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { packetBytes } from "../packet-bytes.js";
import { fail, x6PortRange, x6Uint } from "../xt-helpers.js";
import { inRange, printPorts } from "./tcp.js";
import { checkProto } from "./spi.js";

const TYPES = ["REQUEST", "RESPONSE", "DATA", "ACK", "DATAACK", "CLOSEREQ", "CLOSE", "RESET", "SYNC", "SYNCACK", "INVALID"] as const;
const INVALID = 10;
/** Bits of the types 11-15, set with INVALID. */
const INVALID_OTHER = 0xf800;

export interface DccpData {
  spts?: [number, number];
  dpts?: [number, number];
  typemask?: number;
  option?: number;
  /** Options given with `!`: "spts", "dpts", "types", "option". */
  invert: string[];
}

function parseTypes(text: string): number | ReturnType<typeof fail> {
  let mask = 0;
  for (const word of text.split(",").filter(Boolean)) {
    const i = TYPES.findIndex((t) => t.toLowerCase() === word.toLowerCase());
    if (i < 0) return fail(`Unknown DCCP type \`${word}'`);
    mask |= 1 << i;
  }
  return mask & (1 << INVALID) ? mask | INVALID_OTHER : mask;
}

function printTypes(mask: number, invert: boolean, numeric: boolean): string {
  const out: string[] = [];
  for (let i = 0; i < 16; i++) {
    if (!(mask & (1 << i))) continue;
    out.push(numeric ? String(i) : TYPES[i] ?? "");
    if (!numeric && i === INVALID) break;
  }
  return `${invert ? " !" : ""} ${out.join(",")}`;
}

const KEY: Record<string, keyof DccpData> = { "source-port": "spts", "destination-port": "dpts", "dccp-types": "typemask", "dccp-option": "option" };

/** The DCCP packet type: bits 1-4 of the header's ninth byte. */
function dccpType(p: Packet): number {
  const b = packetBytes(p);
  return b.length > 28 ? (b[28]! >>> 1) & 0xf : 0;
}

export const dccpMatch: MatchModule<DccpData> = {
  name: "dccp",
  options: [
    { name: "source-port", invert: true }, { name: "sport", id: "source-port", invert: true },
    { name: "destination-port", invert: true }, { name: "dport", id: "destination-port", invert: true },
    { name: "dccp-types", invert: true }, { name: "dccp-option", invert: true },
  ],
  init: () => ({ invert: [] }),
  parse(d, opt, arg, invert, ctx) {
    const id = opt === "sport" ? "source-port" : opt === "dport" ? "destination-port" : opt;
    const key = KEY[id]!;
    let v: DccpData[keyof DccpData] | ReturnType<typeof fail>;
    if (key === "spts" || key === "dpts") v = x6PortRange("dccp", id, arg!, ctx.names);
    else if (key === "typemask") v = parseTypes(arg!);
    else v = x6Uint("dccp", opt, arg!, 1, 255);
    if (typeof v === "object" && "error" in v) return v;
    return { ...d, [key]: v, invert: invert ? [...d.invert, key] : d.invert };
  },
  save(d) {
    const inv = (k: string): string => (d.invert.includes(k) ? " !" : "");
    let out = "";
    for (const [k, opt] of [["spts", "sport"], ["dpts", "dport"]] as const) {
      const r = d[k];
      if (r) out += `${inv(k)} --${opt} ${r[0] === r[1] ? r[0] : `${r[0]}:${r[1]}`}`;
    }
    if (d.typemask !== undefined) out += `${inv("typemask")} --dccp-types${printTypes(d.typemask, false, false)}`;
    if (d.option !== undefined) out += `${inv("option")} --dccp-option ${d.option}`;
    return out;
  },
  print(d, ctx) {
    const inv = (k: string): boolean => d.invert.includes(k);
    let out = " dccp";
    if (d.spts) out += printPorts("spt", d.spts, inv("spts"), "dccp", ctx.numeric, ctx.names);
    if (d.dpts) out += printPorts("dpt", d.dpts, inv("dpts"), "dccp", ctx.numeric, ctx.names);
    if (d.typemask !== undefined) out += printTypes(d.typemask, inv("typemask"), ctx.numeric);
    if (d.option !== undefined && (d.option || inv("option"))) out += ` option=${inv("option") ? "!" : ""}${d.option}`;
    return out;
  },
  check: (_d, ctx) => checkProto("dccp", 33, ctx.ip),
  match(d, p) {
    if (p.fragOffset !== 0) return false;
    if (d.spts && !inRange(p.sport, d.spts, d.invert.includes("spts"))) return false;
    if (d.dpts && !inRange(p.dport, d.dpts, d.invert.includes("dpts"))) return false;
    if (d.typemask !== undefined && ((d.typemask & (1 << dccpType(p))) !== 0) === d.invert.includes("typemask")) return false;
    if (d.option !== undefined && !d.invert.includes("option")) return false;
    return true;
  },
};
