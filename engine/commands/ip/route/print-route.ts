/**
 * print_route (ip/iproute.c): one route as `ip route` prints it — type,
 * destination, via, dev, table, proto, scope, src, metric, flags, and for
 * IPv6 the preference — in text or JSON.
 */
import type { IpRun } from "../context.js";

/** What the kernel reports of a route (an rtmsg and its attributes), IPv4 or IPv6. */
export interface RouteMsg {
  family: "inet" | "inet6";
  type: string;
  /** "default", "10.0.0.0/24", "10.0.0.1" (a host prefix prints without its length). */
  dst: string;
  from?: string;
  gateway?: string;
  dev?: string;
  table: number;
  /** Absent: RTPROT_BOOT (not printed). */
  proto?: string;
  scope: "global" | "link" | "host" | "nowhere";
  prefsrc?: string;
  metric?: number;
  flags: string[];
  /** RTM_F_CLONED (ip route get): proto and scope are not printed, the cache flags are. */
  cloned?: { flags: string[] };
  uid?: number;
  /** The firewall mark asked for (ip route get ... mark N). */
  mark?: number;
  /** The link an input route came in on (ip route get ... iif DEV). */
  iif?: string;
  pref?: string;
}

/** Attributes a selector pinned down: ip does not print what the filter already says. */
export interface RouteFilterShown {
  tableFiltered: boolean;
  devFiltered: boolean;
  protoFiltered?: boolean;
  scopeFiltered?: boolean;
  /** `via` with a full-length address. */
  viaFiltered?: boolean;
  /** `src` with a full-length address. */
  srcFiltered?: boolean;
  metricFiltered?: boolean;
}

function tableName(id: number): string {
  return id === 255 ? "local" : id === 254 ? "main" : id === 253 ? "default" : String(id);
}

export function printRoute(run: IpRun, r: RouteMsg, shown: RouteFilterShown): void {
  const out = run.out;
  const details = run.opts.details > 0;
  const color = r.family === "inet" ? "inet" : "inet6";
  out.openObject();
  if (r.type !== "unicast" || details) out.string("any", "type", "%s ", r.type);
  out.string("any", "dst", "%s ", r.dst, r.dst === "default" ? undefined : color);
  if (r.from !== undefined) out.string("any", "from", "from %s ", r.from, color);
  if (r.gateway !== undefined && !shown.viaFiltered) {
    if (out.isJson) out.string("json", "gateway", null, r.gateway);
    else {
      out.raw("via ");
      out.string("fp", null, "%s ", r.gateway, color);
    }
  }
  if (r.dev !== undefined && !shown.devFiltered) {
    if (out.isJson) out.string("json", "dev", null, r.dev);
    else {
      out.raw("dev ");
      out.string("fp", null, "%s ", r.dev, "ifname");
    }
  }
  if (r.table && (r.table !== 254 || details) && !shown.tableFiltered) out.string("any", "table", "table %s ", tableName(r.table));
  if (!r.cloned) {
    const proto = r.proto ?? "boot";
    if ((proto !== "boot" || details) && !shown.protoFiltered) out.string("any", "protocol", "proto %s ", proto);
    if ((r.scope !== "global" || details) && !shown.scopeFiltered) out.string("any", "scope", "scope %s ", r.scope);
  }
  if (r.prefsrc !== undefined && !shown.srcFiltered) {
    if (out.isJson) out.string("json", "prefsrc", null, r.prefsrc);
    else {
      out.raw("src ");
      out.string("fp", null, "%s ", r.prefsrc, color);
    }
  }
  if (r.metric !== undefined && !shown.metricFiltered) out.number("any", "metric", "metric %u ", r.metric);
  out.openArray("json", out.isJson ? "flags" : "");
  for (const f of r.flags) out.string("any", null, "%s ", f);
  out.closeArray("json", null);
  if (r.mark) {
    if (out.isJson) out.number("json", "mark", null, r.mark);
    else out.raw(r.mark >= 16 ? `mark 0x${r.mark.toString(16)} ` : `mark ${r.mark} `);
  }
  if (r.uid !== undefined) out.number("any", "uid", "uid %u ", r.uid);
  if (r.cloned) printCacheFlags(run, r.cloned.flags);
  if (r.iif !== undefined) {
    if (out.isJson) out.string("json", "iif", null, r.iif);
    else {
      out.raw("iif ");
      out.string("fp", null, "%s ", r.iif, "ifname");
    }
  }
  if (r.pref !== undefined) out.string("any", "pref", "pref %s", r.pref);
  out.string("fp", null, "\n", null);
  out.closeObject();
}

/** print_cache_flags: "\n    cache <local,brd> " or, in JSON, "cache": [...]. */
function printCacheFlags(run: IpRun, flags: readonly string[]): void {
  const out = run.out;
  if (out.isJson) {
    out.openArray("json", "cache");
    for (const f of flags) out.string("json", null, null, f);
    out.closeArray("json", null);
    return;
  }
  out.raw(`${run.opts.oneline ? "\\" : "\n"}    cache `);
  if (flags.length === 0) return;
  out.raw(`<${flags.join(",")}> `);
}
