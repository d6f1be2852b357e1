/** -m ttl (libipt_ttl.c, ipt_ttl.c): --ttl-eq, --ttl-lt, --ttl-gt. */
import type { MatchModule } from "../extension.js";
import type { Packet } from "../packet.js";
import { fail, x6Uint } from "../xt-helpers.js";

export interface TtlData {
  mode: "eq" | "ne" | "lt" | "gt";
  ttl: number;
}

const ANY = ["ttl-eq", "ttl-lt", "ttl-gt"];

export const ttlMatch: MatchModule<TtlData> = {
  name: "ttl",
  options: [
    { name: "ttl-lt", excl: ANY }, { name: "ttl-gt", excl: ANY },
    { name: "ttl-eq", invert: true, excl: ANY }, { name: "ttl", id: "ttl-eq", excl: ANY },
  ],
  init: () => ({ mode: "eq", ttl: 0 }),
  parse(_d, opt, arg, invert) {
    const v = x6Uint("ttl", opt, arg!, 0, 255);
    if (typeof v !== "number") return v;
    const mode = opt === "ttl-lt" ? "lt" : opt === "ttl-gt" ? "gt" : invert ? "ne" : "eq";
    return { mode, ttl: v };
  },
  finalCheck: (_d, _c, seen) => (seen.size === 0 ? fail("TTL match: You must specify one of `--ttl-eq', `--ttl-lt', `--ttl-gt") : undefined),
  save: (d) => `${{ eq: " --ttl-eq", ne: " ! --ttl-eq", lt: " --ttl-lt", gt: " --ttl-gt" }[d.mode]} ${d.ttl}`,
  print: (d) => ` TTL match ${{ eq: "TTL ==", ne: "TTL !=", lt: "TTL <", gt: "TTL >" }[d.mode]} ${d.ttl}`,
  match(d, p: Packet) {
    switch (d.mode) {
      case "eq": return p.ttl === d.ttl;
      case "ne": return p.ttl !== d.ttl;
      case "lt": return p.ttl < d.ttl;
      case "gt": return p.ttl > d.ttl;
    }
  },
};
