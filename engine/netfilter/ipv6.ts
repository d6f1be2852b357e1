/** IPv6 addresses as eight 16-bit groups: inet_pton and inet_ntop (RFC 5952 text). */

export type Ipv6Groups = readonly number[];

/** inet_pton(AF_INET6): undefined when the text is not an address. */
export function parseIpv6(text: string): number[] | undefined {
  if (text.length === 0 || text.length > 45) return undefined;
  let s = text;
  const lastColon = s.lastIndexOf(":");
  if (lastColon >= 0 && s.indexOf(".", lastColon) > lastColon) {
    // A dotted quad in the last 32 bits: written back as two hex groups.
    const quad = s.slice(lastColon + 1).split(".");
    if (quad.length !== 4) return undefined;
    const b = quad.map((q) => (/^\d{1,3}$/.test(q) && (q.length === 1 || q[0] !== "0") ? Number(q) : 256));
    if (b.some((x) => x > 255)) return undefined;
    s = `${s.slice(0, lastColon + 1)}${((b[0]! << 8) | b[1]!).toString(16)}:${((b[2]! << 8) | b[3]!).toString(16)}`;
  }
  const halves = s.split("::");
  if (halves.length > 2) return undefined;
  const groups = (part: string): number[] | undefined => {
    if (part === "") return [];
    const out: number[] = [];
    for (const g of part.split(":")) {
      if (!/^[0-9a-fA-F]{1,4}$/.test(g)) return undefined;
      out.push(parseInt(g, 16));
    }
    return out;
  };
  const head = groups(halves[0]!);
  if (!head) return undefined;
  if (halves.length === 1) {
    const all = head;
    return all.length === 8 ? all : undefined;
  }
  const rest = groups(halves[1]!);
  if (!rest) return undefined;
  const known = head.length + rest.length;
  if (known > 7) return undefined;
  return [...head, ...new Array<number>(8 - known).fill(0), ...rest];
}

/** inet_ntop(AF_INET6): lower case, the longest run (2 or more) of zero groups as "::", v4-mapped in dotted form. */
export function formatIpv6(g: Ipv6Groups): string {
  if (g[0] === 0 && g[1] === 0 && g[2] === 0 && g[3] === 0 && g[4] === 0 && (g[5] === 0xffff || (g[5] === 0 && (g[6]! > 0 || g[7]! > 1)))) {
    const v4 = `${g[6]! >> 8}.${g[6]! & 0xff}.${g[7]! >> 8}.${g[7]! & 0xff}`;
    if (g[5] === 0xffff) return `::ffff:${v4}`;
    if (g[6]! !== 0) return `::${v4}`;
  }
  let bestStart = -1;
  let bestLen = 0;
  for (let i = 0; i < 8; ) {
    if (g[i] !== 0) {
      i++;
      continue;
    }
    let j = i;
    while (j < 8 && g[j] === 0) j++;
    if (j - i > bestLen) {
      bestStart = i;
      bestLen = j - i;
    }
    i = j;
  }
  if (bestLen < 2) return g.map((x) => x.toString(16)).join(":");
  const left = g.slice(0, bestStart).map((x) => x.toString(16)).join(":");
  const right = g.slice(bestStart + bestLen).map((x) => x.toString(16)).join(":");
  return `${left}::${right}`;
}

/** The address with only its first `prefix` bits kept. */
export function maskIpv6(g: Ipv6Groups, prefix: number): number[] {
  return g.map((x, i) => {
    const bits = Math.max(0, Math.min(16, prefix - i * 16));
    return bits === 0 ? 0 : x & ((0xffff << (16 - bits)) & 0xffff);
  });
}
