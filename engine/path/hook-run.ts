/**
 * One hook of one namespace (nf_hook_slow): every entry of the plan in
 * priority order — tables of both rule sets, conntrack, NAT, confirmation —
 * until one drops the packet. Target side effects are carried out here: LOG
 * lines, NAT bindings, REJECT answers, NOTRACK, CT zones, CONNMARK, TRACE,
 * SET's ipset adds and dels.
 */
import type { NetNamespace } from "../world/types.js";
import type { TargetEffect } from "../netfilter/extension.js";
import type { HookName } from "../netfilter/types.js";
import type { WirePacket } from "../packet/wire.js";
import { nextUint32 } from "../world/random.js";
import { LAB_HOST } from "../world/spec.js";
import { conntrackIn, confirm } from "../conntrack/conntrack-in.js";
import { packetCtView, type CtAttach } from "../conntrack/attach.js";
import { icmpReplyTranslation, natInitialized, natPacket, nullBinding, setupNat, type Manip } from "../conntrack/nat.js";
import { isIcmpError } from "../conntrack/tuple.js";
import { saveRuleBody } from "../netfilter/format.js";
import { printk, sharesLabKernel } from "../trace/kernel-log.js";
import { logLine, NF_LOG_DEFAULT_MASK } from "../trace/log-format.js";
import { emitEvent } from "../trace/monitor.js";
import { nftPacketLine, nftPolicyLine, nftRuleLine, xtPacketLine, xtPolicyLine, xtRuleLine, type TraceVerdict } from "../trace/nf-trace.js";
import { nftRuleText } from "../trace/nft-rule.js";
import type { PacketEnd, RuleRef } from "../trace/types.js";
import { REJECT_TYPES } from "../netfilter/targets/reject.js";
import type { CChain, CRule, CTable } from "./compile.js";
import { HookEvalContext } from "./eval-context.js";
import { nsPlan } from "./plan.js";
import type { Skb } from "./skb.js";
import { traverse, V_ACCEPT, V_DROP, type RuleOutcome, type TraverseHooks } from "./traverse.js";
import { endpoints, summary, type Walk } from "./walk.js";
import { masqueradeAddress } from "./route.js";
import { primaryAddr } from "./addresses.js";
import { linkByName } from "../net/links.js";
import { ipsetApplyPacket } from "../netfilter/ipset.js";

export type HookOutcome = { readonly ok: true } | { readonly ok: false; readonly end: PacketEnd };

const OK: HookOutcome = { ok: true };

/** The TraverseHooks of one namespace visit: what targets ask, and what tracing records. */
class NsRun implements TraverseHooks {
  readonly ctx: HookEvalContext;
  skb!: Skb;
  hook: HookName = "PREROUTING";
  private dumped = false;
  natByRule = false;
  logOk = false;

  constructor(
    public w: Walk,
    readonly ns: NetNamespace,
  ) {
    this.ctx = new HookEvalContext(w.world, ns);
  }

  /** Starts a visit of the namespace by this walk: nf_log's rule for namespaces other than the host's. */
  begin(w: Walk): void {
    this.w = w;
    const host = w.world.namespaces[LAB_HOST];
    this.logOk = this.ns.id === LAB_HOST || (sharesLabKernel(this.ns) && (host?.sysctl["net.netfilter.nf_log_all_netns"] ?? "0").trim() === "1");
  }

  startTable(): void {
    this.dumped = false;
  }

  ref(t: CTable, chain: CChain, r?: CRule): RuleRef {
    if (!r) return { backend: t.backend, table: t.name, chain: chain.name, policy: chain.chain.policy ?? "ACCEPT" };
    return { backend: t.backend, table: t.name, chain: chain.name, num: r.num, rule: `-A ${chain.name}${saveRuleBody(r.rule, { backend: t.backend, names: this.w.names })}` };
  }

  effect(e: TargetEffect, r: CRule, t: CTable, chain: CChain, p: WirePacket): number {
    const skb = this.skb;
    switch (e.kind) {
      case "log": {
        const d = r.targetData as { level: number; flags: number; prefix: string };
        const line = logLine(d.prefix, p, d.flags);
        if (this.logOk) printk(this.w.world, d.level, line);
        if (this.w.recording) this.w.step({ kind: "log", ns: this.ns.id, line: this.logOk ? line : `${line}(not logged: LOG in a network namespace other than the host's needs net.netfilter.nf_log_all_netns=1)` });
        return -1;
      }
      case "reject":
        skb.reject = { with: e.with, table: t, rule: r };
        return V_DROP;
      case "nat":
        return this.nat(e, p);
      case "notrack":
        skb.ct = { kind: "untracked" };
        return -1;
      case "ct":
        if (e.zone !== undefined) skb.zone = e.zone;
        return -1;
      case "connmark":
        if (skb.ct?.kind === "entry") skb.ct.entry.mark = e.mark >>> 0;
        return -1;
      case "trace":
        skb.traceId ??= nextUint32(this.w.world.random);
        return -1;
      case "ipset":
        // The SET target: the kernel ignores a failed add or del.
        ipsetApplyPacket(this.ns.netfilter, e.op, e.set, p, e.dirs, this.w.world.clock.nowMs, e.exist ?? false, e.timeout);
        return -1;
    }
    void chain;
    return -1;
  }

  /** nf_nat_setup_info for SNAT, DNAT, MASQUERADE and REDIRECT. */
  private nat(e: Extract<TargetEffect, { kind: "nat" }>, p: WirePacket): number {
    const ct = this.skb.ct;
    if (ct?.kind !== "entry") return -1;
    const manip: Manip = e.type === "snat" || e.type === "masquerade" ? "SRC" : "DST";
    if (natInitialized(ct.entry, manip)) return -1;
    const range: { minAddr?: number; maxAddr?: number; minPort?: number; maxPort?: number } = { ...(e.range ?? {}) };
    if (e.type === "masquerade") {
      const dev = p.outIface ?? "";
      const addr = masqueradeAddress(this.ns, dev, this.skb.route?.nexthop ?? p.dst);
      if (addr === undefined) {
        if (this.logOk) printk(this.w.world, 6, `${dev} ate my IP address`);
        return V_DROP;
      }
      range.minAddr = addr;
      range.maxAddr = addr;
      ct.entry.nat.masqIface = dev;
    } else if (e.type === "redirect") {
      let addr: number | undefined;
      if (this.hook === "OUTPUT") addr = 0x7f000001;
      else {
        const link = p.inIface ? linkByName(this.ns, p.inIface) : undefined;
        addr = link ? primaryAddr(link) : undefined;
      }
      if (addr === undefined) return V_DROP;
      range.minAddr = addr;
      range.maxAddr = addr;
    }
    if (!setupNat(this.w.world, this.ns, ct.entry, manip, range)) return V_DROP;
    this.natByRule = true;
    return -1;
  }

  ruleMatched(t: CTable, chain: CChain, r: CRule, p: WirePacket): void {
    if (p.trace && t.backend === "legacy") this.legacyTrace(t, chain.name, "rule", r.num, p);
  }

  ruleDone(t: CTable, chain: CChain, r: CRule, o: RuleOutcome, p: WirePacket): void {
    if (this.w.recording) this.w.step({ kind: "rule", ns: this.ns.id, ref: this.ref(t, chain, r), verdict: verdictText(r, o) });
    if (p.trace && t.backend === "nf_tables") {
      const v: TraceVerdict = o.kind === "jump" || o.kind === "goto" ? o : { kind: o.kind };
      const id = this.traceId();
      const save = `-A ${chain.name}${saveRuleBody(r.rule, { backend: t.backend, names: this.w.names })}`;
      this.nftEvent(
        t,
        chain,
        p,
        nftRuleLine(id, t.name, chain.name, nftRuleText(r.rule), v),
        xtRuleLine(id, t.name, chain.name, nftHandle(t, chain, r), v, save),
      );
    }
  }

  fellOff(t: CTable, chain: CChain, p: WirePacket): void {
    if (this.w.recording) this.w.step({ kind: "return", ns: this.ns.id, backend: t.backend, table: t.name, chain: chain.name });
    if (p.trace && t.backend === "legacy") this.legacyTrace(t, chain.name, "return", chain.rules.length + 1, p);
  }

  policy(t: CTable, chain: CChain, verdict: "ACCEPT" | "DROP", p: WirePacket): void {
    if (this.w.recording) this.w.step({ kind: "policy", ns: this.ns.id, ref: this.ref(t, chain) });
    if (!p.trace) return;
    if (t.backend === "legacy") {
      this.legacyTrace(t, chain.name, "policy", chain.rules.length + 1, p);
      return;
    }
    const id = this.traceId();
    this.nftEvent(t, chain, p, nftPolicyLine(id, t.name, chain.name, verdict, p.mark), xtPolicyLine(id, t.name, chain.name, verdict));
  }

  private traceId(): number {
    this.skb.traceId ??= nextUint32(this.w.world.random);
    return this.skb.traceId;
  }

  /** One nf_tables trace event; the first of a base chain carries the packet. */
  private nftEvent(t: CTable, _chain: CChain, p: WirePacket, nft: string, xt: string): void {
    let n = nft;
    let x = xt;
    if (!this.dumped) {
      this.dumped = true;
      const id = this.traceId();
      n = nftPacketLine(id, t.name, this.hook, p) + n;
      x = xtPacketLine(id, p) + x;
    }
    emitEvent(this.w.world, this.ns, { atMs: this.w.world.clock.nowMs, kind: "trace", nft: n, xtables: x });
  }

  /** ip_tables.c trace_packet: "TRACE: table:chain:rule:N " and the packet, through the kernel log. */
  private legacyTrace(t: CTable, chain: string, kind: "rule" | "return" | "policy", num: number, p: WirePacket): void {
    const line = logLine(`TRACE: ${t.name}:${chain}:${kind}:${num} `, p, NF_LOG_DEFAULT_MASK);
    if (this.logOk) printk(this.w.world, 4, line);
    if (this.w.recording) this.w.step({ kind: "log", ns: this.ns.id, line });
  }
}

/** The rule's handle in its nf_tables table. The rule model keeps none yet: a guess in creation order. */
function nftHandle(t: CTable, chain: CChain, r: CRule): number {
  const own = (r.rule as { handle?: number }).handle;
  if (own !== undefined) return own;
  let h = 0;
  for (const c of t.table.chains) {
    h++;
    for (const rule of c.rules) {
      h++;
      if (rule === r.rule) return h;
    }
  }
  void chain;
  return h;
}

function verdictText(r: CRule, o: RuleOutcome): string {
  switch (o.kind) {
    case "jump":
      return `JUMP ${o.chain}`;
    case "goto":
      return `GOTO ${o.chain}`;
    case "continue":
      return r.tkind === 7 ? `${r.targetName} (continue)` : "CONTINUE";
    case "accept":
      return r.tkind === 7 ? `${r.targetName} (accept)` : "ACCEPT";
    case "drop":
      if (r.targetName === "REJECT") return `REJECT --reject-with ${REJECT_TYPES[(r.targetData as { with: number }).with]?.[0] ?? "icmp-port-unreachable"}`;
      return r.tkind === 7 ? `${r.targetName} (drop)` : "DROP";
    case "return":
      return "RETURN";
    case "queue":
      return "QUEUE";
  }
}

const runs = new WeakMap<NetNamespace, NsRun>();

/** The namespace's hooks object, reused from walk to walk (a world's namespaces are never shared). */
function runFor(w: Walk, ns: NetNamespace): NsRun {
  let r = runs.get(ns);
  if (!r || r.ctx.world !== w.world) runs.set(ns, (r = new NsRun(w, ns)));
  r.begin(w);
  return r;
}

function withCtView(w: Walk, skb: Skb): void {
  const view = packetCtView(skb.ct, w.world.clock.nowMs);
  if (view !== skb.p.ct) skb.p = { ...skb.p, ct: view };
}

/** Runs every entry of the hook; on a drop, says who dropped it. */
export function runHook(w: Walk, ns: NetNamespace, hook: HookName, skb: Skb): HookOutcome {
  const plan = nsPlan(ns);
  const entries = plan.hooks[hook];
  const run = runFor(w, ns);
  run.skb = skb;
  run.ctx.skb = skb;
  run.hook = hook;
  if (w.recording) w.step({ kind: "hook", ns: ns.id, hook, ...(skb.p.inIface ? { in: skb.p.inIface } : {}), ...(skb.p.outIface ? { out: skb.p.outIface } : {}), packet: summary(skb.p) });
  if (skb.ct?.kind === "entry") withCtView(w, skb);
  for (const e of entries) {
    switch (e.kind) {
      case "table": {
        run.startTable();
        const res = traverse(e.table, hook, skb.p, run.ctx, run);
        skb.p = res.packet;
        if (res.verdict !== V_ACCEPT) return dropped(run, hook, res.decider, res.verdict);
        break;
      }
      case "ct-in":
        ctIn(w, ns, skb);
        break;
      case "nat": {
        const out = natHook(w, run, hook, e.manip, e.tables, skb);
        if (!out.ok) return out;
        break;
      }
      case "confirm":
        if (skb.ct?.kind === "entry" && !skb.ct.confirmed && skb.ct.ns === ns.id) confirm(w.world, ns, skb.ct);
        break;
    }
  }
  return OK;
}

function ctIn(w: Walk, ns: NetNamespace, skb: Skb): void {
  // "Previously seen (loopback or untracked)? Ignore." (nf_conntrack_in)
  if (skb.ct && (skb.ct.kind === "untracked" || skb.ct.ns === ns.id)) {
    if (skb.ct.kind === "untracked") w.step({ kind: "conntrack", ns: ns.id, state: "UNTRACKED", detail: "UNTRACKED: raw's NOTRACK (or CT --notrack) keeps conntrack away" });
    withCtView(w, skb);
    return;
  }
  const r = conntrackIn(w.world, ns, skb.p, skb.zone);
  skb.ct = r.attach;
  if (w.recording) {
    const a = r.attach;
    if (!a) w.step({ kind: "conntrack", ns: ns.id, state: "INVALID", detail: `INVALID: ${r.invalid}` });
    else w.step({ kind: "conntrack", ns: ns.id, state: a.info, detail: ctDetail(a, skb.p) });
  }
  withCtView(w, skb);
}

function ctDetail(a: CtAttach, p: WirePacket): string {
  const e = a.entry;
  const state = e.tcp ? ` ${e.tcp}` : "";
  switch (a.info) {
    case "NEW":
      return a.confirmed ? `NEW: another packet of a connection not yet answered${state}` : `NEW: a new connection ${endpoints(p)} (in the table once this packet leaves the stack)`;
    case "ESTABLISHED":
      return `ESTABLISHED: ${a.dir === 1 ? "a reply in" : "part of"} a known connection${state}`;
    case "RELATED":
      return `RELATED: an ICMP error (or REJECT answer) about a tracked connection`;
  }
}

function natHook(w: Walk, run: NsRun, hook: HookName, manip: Manip, tables: readonly CTable[], skb: Skb): HookOutcome {
  const ct = skb.ct;
  if (ct?.kind !== "entry" || ct.ns !== run.ns.id) return OK;
  const e = ct.entry;
  const before = skb.p;
  if (ct.info === "RELATED" && isIcmpError(skb.p)) {
    // nf_nat_inet_fn: ICMP errors follow their connection's mapping; no table lookup.
    skb.p = icmpReplyTranslation(skb.p, e, ct.dir, manip);
  } else {
    run.natByRule = false;
    if ((ct.info === "NEW" || ct.info === "RELATED") && !natInitialized(e, manip)) {
      for (const t of tables) {
        run.startTable();
        const res = traverse(t, hook, skb.p, run.ctx, run);
        skb.p = res.packet;
        if (res.verdict !== V_ACCEPT) return dropped(run, hook, res.decider, res.verdict);
        // The first table (of either rule set) that sets up a mapping wins (nf_nat_inet_fn).
        if (natInitialized(e, manip)) break;
      }
      if (!natInitialized(e, manip)) nullBinding(w.world, run.ns, e, manip);
    }
    skb.p = natPacket(skb.p, e, ct.dir, manip);
  }
  if (skb.p !== before) {
    const from = manip === "DST" ? `${endpoints(before).split(" -> ")[1]}` : `${endpoints(before).split(" -> ")[0]}`;
    const to = manip === "DST" ? `${endpoints(skb.p).split(" -> ")[1]}` : `${endpoints(skb.p).split(" -> ")[0]}`;
    if (w.recording) w.step({ kind: "nat", ns: run.ns.id, hook, manip, how: run.natByRule ? "rule" : "binding", from, to });
    withCtView(w, skb);
  }
  return OK;
}

function dropped(run: NsRun, hook: HookName, decider: import("./traverse.js").Decider | undefined, verdict: number): HookOutcome {
  const ns = run.ns.id;
  const skb = run.skb;
  if (!decider) return { ok: false, end: { kind: "dropped", ns, code: "rule", text: `dropped in ${hook}`, hook } };
  const ref = run.ref(decider.table, decider.chain, decider.rule);
  const where = `${decider.table.backend === "legacy" ? "legacy " : ""}${decider.table.name} ${decider.chain.name}`;
  if (decider.kind === "policy") return { ok: false, end: { kind: "dropped", ns, code: "policy", text: `dropped by the policy of ${where} (DROP)`, by: ref, hook } };
  if (skb.reject) return { ok: false, end: { kind: "dropped", ns, code: "rejected", text: `rejected by ${where} rule ${decider.rule!.num} with ${skb.reject.with}`, by: ref, hook } };
  if (verdict === 3) return { ok: false, end: { kind: "dropped", ns, code: "queue", text: `queued to userspace by ${where} rule ${decider.rule!.num}, and nothing listens: dropped`, by: ref, hook } };
  const name = decider.rule!.targetName;
  const what = name === "DROP" ? "dropped" : `dropped (${name})`;
  return { ok: false, end: { kind: "dropped", ns, code: name === "DROP" ? "rule" : "nat-failed", text: `${what} by ${where} rule ${decider.rule!.num}`, by: ref, hook } };
}
