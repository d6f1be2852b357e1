/**
 * -m sctp (libxt_sctp.c, xt_sctp.c): ports and --chunk-types. On libxtables'
 * old parse API: its own "Only one ..." messages. The chunk flags keep
 * libxt_sctp's quirk: they are filed under the chunk's row in its name table,
 * which is the chunk type only for types 0 to 14.
 */
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { fail, parsePortRange } from "../xt-helpers.js";
import { inRange, printPorts } from "./tcp.js";

const SRC = 1;
const DST = 2;
const CHUNKS = 4;

interface ChunkName {
  readonly name: string;
  readonly type: number;
  readonly flags: string;
}

const CHUNK_NAMES: readonly ChunkName[] = [
  { name: "DATA", type: 0, flags: "----IUBE" }, { name: "INIT", type: 1, flags: "--------" }, { name: "INIT_ACK", type: 2, flags: "--------" },
  { name: "SACK", type: 3, flags: "--------" }, { name: "HEARTBEAT", type: 4, flags: "--------" }, { name: "HEARTBEAT_ACK", type: 5, flags: "--------" },
  { name: "ABORT", type: 6, flags: "-------T" }, { name: "SHUTDOWN", type: 7, flags: "--------" }, { name: "SHUTDOWN_ACK", type: 8, flags: "--------" },
  { name: "ERROR", type: 9, flags: "--------" }, { name: "COOKIE_ECHO", type: 10, flags: "--------" }, { name: "COOKIE_ACK", type: 11, flags: "--------" },
  { name: "ECN_ECNE", type: 12, flags: "--------" }, { name: "ECN_CWR", type: 13, flags: "--------" },
  { name: "SHUTDOWN_COMPLETE", type: 14, flags: "-------T" }, { name: "I_DATA", type: 64, flags: "----IUBE" },
  { name: "RE_CONFIG", type: 130, flags: "--------" }, { name: "PAD", type: 132, flags: "--------" }, { name: "ASCONF", type: 193, flags: "--------" },
  { name: "ASCONF_ACK", type: 128, flags: "--------" }, { name: "FORWARD_TSN", type: 192, flags: "--------" },
  { name: "I_FORWARD_TSN", type: 194, flags: "--------" },
];

interface FlagInfo {
  /** The chunk's row in CHUNK_NAMES (libxt_sctp files it there). */
  chunktype: number;
  flag: number;
  mask: number;
}

export interface SctpData {
  spts: [number, number];
  dpts: [number, number];
  /** XT_SCTP_SRC_PORTS 1, XT_SCTP_DEST_PORTS 2, XT_SCTP_CHUNK_TYPES 4. */
  flags: number;
  invflags: number;
  matchType?: "any" | "all" | "only";
  /** Chunk types in the map, ascending; "ALL" is all 256. */
  chunks: number[];
  flagInfo: FlagInfo[];
}

function parseChunks(d: SctpData, text: string): SctpData | ReturnType<typeof fail> {
  const data: SctpData = { ...d, chunks: [], flagInfo: [] };
  if (text.toUpperCase() === "ALL") return { ...data, chunks: Array.from({ length: 256 }, (_, i) => i) };
  if (text.toUpperCase() === "NONE") return data;
  const set = new Set<number>();
  for (const part of text.split(",").filter(Boolean)) {
    const colon = part.indexOf(":");
    const name = colon < 0 ? part : part.slice(0, colon);
    const row = CHUNK_NAMES.findIndex((c) => c.name.toLowerCase() === name.toLowerCase());
    if (row < 0) return fail(`Unknown sctp chunk \`${name}'`);
    set.add(CHUNK_NAMES[row]!.type);
    if (colon < 0) continue;
    for (const ch of part.slice(colon + 1)) {
      const at = CHUNK_NAMES[row]!.flags.indexOf(ch.toUpperCase());
      if (at < 0 || ch === "-") return fail(`Invalid flags for chunk type ${row}`);
      const bit = 7 - at;
      const isSet = ch === ch.toUpperCase() && ch !== ch.toLowerCase();
      let info = data.flagInfo.find((f) => f.chunktype === row);
      if (!info) {
        if (data.flagInfo.length === 4) {
          return fail(
            "Number of chunk types with flags exceeds currently allowed limit.Increasing this limit involves changing IPT_NUM_SCTP_FLAGS andrecompiling both the kernel space and user space modules\n",
          );
        }
        info = { chunktype: row, flag: 0, mask: 0 };
        data.flagInfo.push(info);
      }
      info.mask |= 1 << bit;
      if (isSet) info.flag |= 1 << bit;
    }
  }
  data.chunks = [...set].sort((a, b) => a - b);
  return data;
}

function chunkFlagsText(chunknum: number, info: FlagInfo): string {
  if (!info.mask) return "";
  const row = CHUNK_NAMES[chunknum];
  let s = ":";
  for (let i = 7; i >= 0; i--) {
    if (!(info.mask & (1 << i))) continue;
    const c = row?.flags[7 - i] ?? "";
    s += info.flag & (1 << i) ? c : c.toLowerCase();
  }
  return s;
}

function chunksText(d: SctpData, numeric: boolean): string {
  let s = ` ${d.matchType}`;
  if (d.chunks.length === 0) return `${s} NONE`;
  if (d.chunks.length === 256) return `${s} ALL`;
  s += " ";
  s += d.chunks
    .map((type) => {
      let t = numeric ? `0x${type.toString(16).toUpperCase().padStart(4, "0")}` : CHUNK_NAMES.filter((c) => c.type === type).map((c) => c.name).join("");
      for (const f of d.flagInfo) if (f.chunktype === type) t += chunkFlagsText(type, f);
      return t;
    })
    .join(",");
  return s;
}

const savePorts = (opt: string, r: [number, number], inv: boolean): string => `${inv ? " !" : ""} --${opt} ${r[0] === r[1] ? r[0] : `${r[0]}:${r[1]}`}`;

export const sctpMatch: MatchModule<SctpData> = {
  name: "sctp",
  oldApi: true,
  options: [{ name: "source-port" }, { name: "sport" }, { name: "destination-port" }, { name: "dport" }, { name: "chunk-types" }],
  init: () => ({ spts: [0, 0xffff], dpts: [0, 0xffff], flags: 0, invflags: 0, chunks: [], flagInfo: [] }),
  parse(d, opt, arg, invert, ctx) {
    if (opt === "chunk-types") {
      if (d.flags & CHUNKS) return fail("Only one `--chunk-types' allowed");
      const second = ctx.takeArg();
      if (second === undefined) return fail("--chunk-types requires two args");
      const type = arg!.toLowerCase();
      if (type !== "any" && type !== "all" && type !== "only") return fail('Match type has to be one of "ALL", "ANY" or "ONLY"');
      const data = parseChunks({ ...d, matchType: type }, second);
      if ("error" in data) return data;
      return { ...data, flags: d.flags | CHUNKS, invflags: d.invflags | (invert ? CHUNKS : 0) };
    }
    const src = opt === "source-port" || opt === "sport";
    const bit = src ? SRC : DST;
    if (d.flags & bit) return fail(`Only one \`--${src ? "source" : "destination"}-port' allowed`);
    const range = parsePortRange(arg!, "sctp", ctx.names);
    if (!Array.isArray(range)) return range;
    return { ...d, [src ? "spts" : "dpts"]: range, flags: d.flags | bit, invflags: d.invflags | (invert ? bit : 0) };
  },
  save(d) {
    let s = "";
    if (d.flags & SRC) s += savePorts("sport", d.spts, (d.invflags & SRC) !== 0);
    if (d.flags & DST) s += savePorts("dport", d.dpts, (d.invflags & DST) !== 0);
    if (d.flags & CHUNKS) s += `${d.invflags & CHUNKS ? " !" : ""} --chunk-types${chunksText(d, false)}`;
    return s;
  },
  print(d, ctx) {
    let s = " sctp";
    if (d.flags & SRC) s += printPorts("spt", d.spts, (d.invflags & SRC) !== 0, "sctp", ctx.numeric, ctx.names);
    if (d.flags & DST) s += printPorts("dpt", d.dpts, (d.invflags & DST) !== 0, "sctp", ctx.numeric, ctx.names);
    if (d.flags & CHUNKS) s += `${d.invflags & CHUNKS ? " !" : ""}${chunksText(d, ctx.numeric)}`;
    return s;
  },
  check(_d, ctx) {
    if (ctx.ip.proto !== 132 || ctx.ip.invertProto) return { dmesg: "x_tables: ip_tables: sctp match: only valid for protocol 132" };
    return undefined;
  },
  match(d, p: Packet) {
    if (p.fragOffset !== 0 || p.proto !== 132) return false;
    if (d.flags & SRC && !inRange(p.sport, d.spts, (d.invflags & SRC) !== 0)) return false;
    if (d.flags & DST && !inRange(p.dport, d.dpts, (d.invflags & DST) !== 0)) return false;
    if (!(d.flags & CHUNKS)) return true;
    const chunks = p.sctpChunks ?? [];
    const flagsOk = (c: { type: number; flags: number }): boolean =>
      d.flagInfo.every((f) => CHUNK_NAMES[f.chunktype]?.type !== c.type || (c.flags & f.mask) === (f.flag & f.mask));
    const wanted = new Set(d.chunks);
    let hit: boolean;
    if (d.matchType === "any") hit = chunks.some((c) => wanted.has(c.type) && flagsOk(c));
    else if (d.matchType === "all") hit = d.chunks.every((t) => chunks.some((c) => c.type === t && flagsOk(c)));
    else hit = chunks.every((c) => wanted.has(c.type) && flagsOk(c));
    return hit !== ((d.invflags & CHUNKS) !== 0);
  },
};
