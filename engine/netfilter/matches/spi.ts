/**
 * What esp and ah share (libxt_esp.c, libipt_ah.c, xt_esp.c, xt_ah.c): an
 * XTTYPE_UINT32RC SPI range, inverted with `!`, omitted from the save form
 * when it is 0:4294967295 and not inverted; the kernel reads the SPI from the
 * header after the IP header and refuses a rule without the right `-p`.
 * In 1.8.9 the save form leaves out a full range even when inverted; -L
 * prints it ("spis:!0:4294967295").
 */
import type { CheckFailure, ParseFailure } from "../extension.js";
import type { Packet } from "../packet.js";
import type { IpMatch } from "../types.js";
import { packetBytes } from "../packet-bytes.js";
import { x6UintRange } from "../xt-helpers.js";

export interface SpiData {
  spis: [number, number];
  invert: boolean;
}

export const initSpi = (): SpiData => ({ spis: [0, 0xffffffff], invert: false });

export function parseSpi(ext: string, opt: string, arg: string, invert: boolean): SpiData | ParseFailure {
  const v = x6UintRange(ext, opt, arg, 0xffffffff);
  if (!Array.isArray(v)) return v;
  return { spis: [v[0]!, v.length >= 2 ? v[1]! : v[0]!], invert };
}

export const skipSpi = (d: SpiData): boolean => d.spis[0] === 0 && d.spis[1] === 0xffffffff && !d.invert;

export function saveSpi(opt: string, d: SpiData): string {
  if (d.spis[0] === 0 && d.spis[1] === 0xffffffff) return "";
  const [a, b] = d.spis;
  return `${d.invert ? " !" : ""} --${opt} ${a === b ? a : `${a}:${b}`}`;
}

/** print_spis: "spi:5", "spis:!1:2". */
export function printSpi(d: SpiData): string {
  if (skipSpi(d)) return "";
  const [a, b] = d.spis;
  const inv = d.invert ? "!" : "";
  return a === b ? `spi:${inv}${a}` : `spis:${inv}${a}:${b}`;
}

export function checkProto(name: string, proto: number, ip: IpMatch): CheckFailure | undefined {
  if (ip.proto !== proto || ip.invertProto) return { dmesg: `x_tables: ip_tables: ${name} match: only valid for protocol ${proto}` };
  return undefined;
}

/** The SPI at `offset` bytes into the header after the IP header; a later fragment never matches. */
export function spiMatches(d: SpiData, p: Packet, offset: number): boolean {
  if (p.fragOffset !== 0) return false;
  const b = packetBytes(p);
  const at = 20 + offset;
  if (b.length < at + 4) return false;
  const spi = ((b[at]! << 24) | (b[at + 1]! << 16) | (b[at + 2]! << 8) | b[at + 3]!) >>> 0;
  return (spi >= d.spis[0] && spi <= d.spis[1]) !== d.invert;
}
