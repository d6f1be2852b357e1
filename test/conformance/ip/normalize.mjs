/**
 * What a recording cannot reproduce in the ip conformance cases, replaced the
 * same way on both sides: the random MAC addresses the kernel (or the lab's
 * seeded generator) gives veths and bridges, and the IPv6 link-local
 * addresses derived from them. Each distinct MAC becomes <mac1>, <mac2>, ...
 * in order of first appearance over the whole case, and its EUI-64 link-local
 * address <ll-mac1>, ..., so the output still shows which links share a MAC
 * (a bridge takes its port's). MACs the case itself names are kept.
 */

const MAC = /\b[0-9a-f]{2}(?::[0-9a-f]{2}){5}\b/g;
/** A bridge id as iproute2 prints it: priority, then the MAC in %x groups ("8000.2:0:0:0:0:1"). */
const BRIDGE_ID = /\b([0-9a-f]{4})\.([0-9a-f]{1,2}(?::[0-9a-f]{1,2}){5})\b/g;
const LINK_LOCAL = /\bfe80::([0-9a-f]{1,4}):([0-9a-f]{1,2})ff:fe([0-9a-f]{1,2}):([0-9a-f]{1,4})\b/g;
const TOKEN = new RegExp(`${BRIDGE_ID.source}|${MAC.source}|${LINK_LOCAL.source}`, "g");
/** Addresses that are the same on every machine: zero, broadcast, the STP group address. */
const FIXED = new Set(["00:00:00:00:00:00", "ff:ff:ff:ff:ff:ff", "01:80:c2:00:00:00"]);

/** @param {string} groups "1e:5d:ed:53:d3:f" */
function padMac(groups) {
  return groups
    .split(":")
    .map((g) => g.padStart(2, "0"))
    .join(":");
}

/** The MAC an EUI-64 link-local address was made from. @param {string[]} g */
function macOfLinkLocal(g) {
  const w0 = parseInt(g[0], 16);
  const w3 = parseInt(g[3], 16);
  const bytes = [(w0 >> 8) ^ 2, w0 & 255, parseInt(g[1], 16), parseInt(g[2], 16), w3 >> 8, w3 & 255];
  return bytes.map((b) => b.toString(16).padStart(2, "0")).join(":");
}

/**
 * @typedef {{ cmd: string, stdout: string, stderr: string, exitCode: number }} CommandOutput
 * @template {CommandOutput} T
 * @param {readonly T[]} records the outputs of one case, in order
 * @returns {T[]}
 */
export function normalizeCase(records) {
  const named = new Set(records.flatMap((r) => r.cmd.toLowerCase().match(MAC) ?? []));
  /** @type {Map<string, number>} */
  const seen = new Map();
  const indexOf = (/** @type {string} */ mac) => {
    if (!seen.has(mac)) seen.set(mac, seen.size + 1);
    return seen.get(mac);
  };
  const replace = (/** @type {string} */ text) =>
    text.replace(TOKEN, (token, ...groups) => {
      if (groups[0] !== undefined) {
        const mac = padMac(groups[1]);
        if (FIXED.has(mac) || named.has(mac)) return token;
        return `${groups[0]}.<mac${indexOf(mac)}>`;
      }
      if (token.startsWith("fe80::")) {
        const mac = macOfLinkLocal(groups.slice(2, 6));
        return named.has(mac) ? token : `<ll-mac${indexOf(mac)}>`;
      }
      if (FIXED.has(token) || named.has(token)) return token;
      return `<mac${indexOf(token)}>`;
    });
  return records.map((r) => ({ ...r, stdout: replace(r.stdout), stderr: replace(r.stderr) }));
}
