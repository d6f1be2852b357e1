/** -j CT revision 1 and -j NOTRACK (libxt_CT.c, xt_CT.c): conntrack settings before tracking starts (raw table). */
import type { TargetModule, CheckFailure, CheckContext } from "../extension.js";
import { fail } from "../xt-helpers.js";
import { xtStrtoui } from "../xt-number.js";

const CT_EVENTS = ["new", "related", "destroy", "reply", "assured", "protoinfo", "helper", "mark", "natseqinfo", "secmark"];
const EXP_EVENTS = ["new"];

export interface CtData {
  notrack?: boolean;
  helper?: string;
  timeout?: string;
  ctEvents?: string[];
  expEvents?: string[];
  zone?: number;
  zoneMark?: boolean;
  zoneDir?: "orig" | "reply";
}

function parseEvents(arg: string, table: readonly string[]): string[] | import("../extension.js").ParseFailure {
  const out = new Set<string>();
  for (const e of arg.split(",")) {
    if (!table.includes(e)) return fail(`Unknown event type "${e}"`);
    out.add(e);
  }
  return table.filter((e) => out.has(e));
}

/** The conntrack helpers the kernel has, by name, with the protocols they register for (6 tcp, 17 udp). */
const HELPERS: Record<string, readonly number[]> = {
  ftp: [6], tftp: [17], sip: [17, 6], irc: [6], pptp: [6], RAS: [17], "Q.931": [6], snmp: [17], "netbios-ns": [17], sane: [6], amanda: [17],
};

export function rawOnly(name: string, ctx: CheckContext): CheckFailure | undefined {
  if (ctx.table !== "raw") return { dmesg: `x_tables: ip_tables: ${name} target: only valid in raw table, not ${ctx.table}` };
  return undefined;
}

function dump(d: CtData, pfx: string): string {
  let s = "";
  if (d.notrack) s += ` ${pfx}notrack`;
  if (d.helper) s += ` ${pfx}helper ${d.helper}`;
  if (d.timeout) s += ` ${pfx}timeout ${d.timeout}`;
  if (d.ctEvents?.length) s += ` ${pfx}ctevents ${d.ctEvents.join(",")}`;
  if (d.expEvents?.length) s += ` ${pfx}expevents ${d.expEvents.join(",")}`;
  if (d.zoneMark || d.zone) s += ` ${pfx}zone${d.zoneDir ? `-${d.zoneDir}` : ""}${d.zoneMark ? " mark" : ` ${d.zone}`}`;
  return s;
}

export const ctTarget: TargetModule<CtData> = {
  name: "CT",
  options: [
    { name: "notrack", arg: "none" }, { name: "helper" }, { name: "timeout" }, { name: "ctevents" }, { name: "expevents" },
    { name: "zone-orig" }, { name: "zone-reply" }, { name: "zone" },
  ],
  init: () => ({}),
  parse(d, opt, arg) {
    switch (opt) {
      case "notrack":
        return { ...d, notrack: true };
      case "helper":
        return { ...d, helper: arg! };
      case "timeout":
        return { ...d, timeout: arg! };
      case "ctevents": {
        const e = parseEvents(arg!, CT_EVENTS);
        return Array.isArray(e) ? { ...d, ctEvents: e } : e;
      }
      case "expevents": {
        const e = parseEvents(arg!, EXP_EVENTS);
        return Array.isArray(e) ? { ...d, expEvents: e } : e;
      }
      default: {
        const next: CtData = { ...d };
        if (opt === "zone-orig") next.zoneDir = "orig";
        if (opt === "zone-reply") next.zoneDir = "reply";
        if (arg!.toLowerCase() === "mark") return { ...next, zoneMark: true, zone: 0 };
        const z = xtStrtoui(arg!, 0, 65535);
        if (z === undefined) return fail(`Cannot parse ${arg} as a zone ID`);
        return { ...next, zone: z };
      }
    }
  },
  save: (d) => dump(d, "--"),
  print: (d) => ` CT${dump(d, "")}`,
  check(d, ctx) {
    const raw = rawOnly("CT", ctx);
    if (raw || d.helper === undefined) return raw;
    // xt_ct_set_helper: the helper is looked up by name for the rule's layer 4 protocol.
    const proto = ctx.ip.proto ?? 0;
    if (proto === 0 || ctx.ip.invertProto) return { dmesg: "xt_CT: You must specify a L4 protocol and not use inversions on it", errno: "ENOENT" };
    if (!HELPERS[d.helper]?.includes(proto)) return { dmesg: `xt_CT: No such helper "${d.helper}"`, errno: "ENOENT" };
    return undefined;
  },
  evaluate(d) {
    const effect: { kind: "ct"; zone?: number; helper?: string; notrack?: boolean } = { kind: "ct" };
    if (d.zone !== undefined) effect.zone = d.zone;
    if (d.helper !== undefined) effect.helper = d.helper;
    if (d.notrack) effect.notrack = true;
    return { verdict: "CONTINUE", effects: d.notrack ? [effect, { kind: "notrack" }] : [effect] };
  },
};

export const notrackTarget: TargetModule<Record<string, never>> = {
  name: "NOTRACK",
  listName: () => "CT",
  options: [],
  init: () => ({}),
  parse: (d) => d,
  save: () => "",
  print: () => " NOTRACK",
  check: (_d, ctx) => rawOnly("CT", ctx),
  evaluate: () => ({ verdict: "CONTINUE", effects: [{ kind: "notrack" }] }),
};
