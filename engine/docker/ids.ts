/**
 * The names and numbers Docker makes up, drawn from the world's generator:
 * 64-hex ids (pkg/stringid), veth names (netutils.GenerateIfaceName) and the
 * 02:42 MACs of v27 (netutils.genMAC).
 */
import type { NetNamespace, World } from "../world/types.js";
import { nextUint32 } from "../world/random.js";
import { parseIpv4 } from "../addr/ipv4.js";
import { linkByName } from "../net/links.js";

export function randomHex(world: World, chars: number): string {
  let out = "";
  while (out.length < chars) out += nextUint32(world.random).toString(16).padStart(8, "0");
  return out.slice(0, chars);
}

/** stringid.GenerateRandomID: 64 hex digits whose short form is not all decimal digits. */
export function generateId(world: World): string {
  for (;;) {
    const id = randomHex(world, 64);
    if (!/^\d{12}$/.test(id.slice(0, 12))) return id;
  }
}

/** stringid.TruncateID */
export function shortId(id: string): string {
  return id.replace(/^sha256:/, "").slice(0, 12);
}

/** GenerateIfaceName("veth", 11): "veth" and 7 hex digits not naming a link already. */
export function vethName(world: World, ns: NetNamespace): string {
  for (;;) {
    const name = `veth${randomHex(world, 7)}`;
    if (!linkByName(ns, name)) return name;
  }
}

function mac(bytes: readonly number[]): string {
  return bytes.map((b) => b.toString(16).padStart(2, "0")).join(":");
}

/** genMAC(nil): 02:42 and four random bytes (a bridge's address). */
export function randomDockerMac(world: World): string {
  const r = nextUint32(world.random);
  return mac([0x02, 0x42, r >>> 24, (r >>> 16) & 255, (r >>> 8) & 255, r & 255]);
}

/** GenerateMACFromIP: 02:42 and the four bytes of the IPv4 address. */
export function macFromIp(ip: string): string {
  const v = parseIpv4(ip) ?? 0;
  return mac([0x02, 0x42, v >>> 24, (v >>> 16) & 255, (v >>> 8) & 255, v & 255]);
}
