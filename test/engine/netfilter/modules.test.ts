/**
 * Every match's match() and every target's evaluate() on packets: the rule is
 * parsed from iptables words exactly as the command parses it, then tried on
 * packets the way the kernel module would judge them.
 */
import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../engine/commands/iptables/parse.js";
import type { AddrType, EvalContext, TargetResult } from "../../../engine/netfilter/extension.js";
import { nameDbFromFiles } from "../../../engine/netfilter/names.js";
import type { Packet } from "../../../engine/netfilter/packet.js";
import type { Backend, NetfilterState } from "../../../engine/netfilter/types.js";
import { emptyNetfilter, sharedState } from "../../../engine/netfilter/types.js";
import { ipsetTestPacket } from "../../../engine/netfilter/ipset.js";
import { newLab } from "../commands/iptables/lab.js";

const lab = newLab("nf_tables");
const names = nameDbFromFiles((path) => {
  try {
    return lab.fs.readFile(path);
  } catch {
    return undefined;
  }
});

const ip = (s: string): number => s.split(".").reduce((a, b) => a * 256 + Number(b), 0);

function pkt(over: Partial<Packet> = {}): Packet {
  return { src: ip("10.0.0.1"), dst: ip("10.0.0.2"), proto: 6, sport: 40000, dport: 80, tcpFlags: 0x02, length: 60, ttl: 64, tos: 0, fragOffset: 0, mark: 0, ...over };
}

interface Ctx extends EvalContext {
  state: Record<string, unknown>;
}

let seed = 1;

function evalCtx(over: Partial<EvalContext> = {}, nf: NetfilterState = emptyNetfilter()): Ctx {
  return {
    table: "filter", hook: "INPUT", nowMs: 1_000_000, state: {},
    random: () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 1) / 2 ** 31),
    addrType: (addr: number): AddrType => (addr === ip("10.0.0.2") || addr >>> 24 === 127 ? "LOCAL" : addr === ip("10.0.0.255") ? "BROADCAST" : "UNICAST"),
    shared: (key) => sharedState(nf, key),
    ...over,
  } as Ctx;
}

function parse(words: string, backend: Backend = "nf_tables", table = "filter") {
  const argv = ["iptables", "-t", table, "-A", "INPUT", ...(words.match(/"[^"]*"|\S+/g) ?? []).map((w) => w.replace(/^"|"$/g, ""))];
  return parseCommand(argv, { backend, names, err: { prog: "iptables", backend } });
}

/** A rule's matches, each with its own runtime state kept across calls. */
function matcher(words: string, ctxOver: Partial<EvalContext> = {}, nf?: NetfilterState) {
  const p = parse(words);
  const states = p.matches.map(() => ({}) as Record<string, unknown>);
  return (packet: Packet, over: Partial<EvalContext> = {}): boolean =>
    p.matches.every((m, i) => m.module.match(m.data, packet, { ...evalCtx({ ...ctxOver, ...over }, nf), state: states[i]! }));
}

const m = (words: string, packet: Packet, over: Partial<EvalContext> = {}): boolean => matcher(words, over)(packet);

function target(words: string, packet: Packet = pkt(), table = "filter", over: Partial<EvalContext> = {}): TargetResult {
  const p = parse(words, "nf_tables", table);
  const t = p.target!;
  return t.module.evaluate(t.data, packet, { ...evalCtx({ table: table as EvalContext["table"], ...over }), state: {} });
}

describe("matches", () => {
  it("tcp: ports, flags, options", () => {
    expect(m("-p tcp --dport 80", pkt())).toBe(true);
    expect(m("-p tcp --dport 81", pkt())).toBe(false);
    expect(m("-p tcp ! --dport 81", pkt())).toBe(true);
    expect(m("-p tcp --sport 30000:50000", pkt())).toBe(true);
    expect(m("-p tcp --syn", pkt())).toBe(true);
    expect(m("-p tcp --syn", pkt({ tcpFlags: 0x12 }))).toBe(false);
    expect(m("-p tcp ! --syn", pkt({ tcpFlags: 0x10 }))).toBe(true);
    expect(m("-p tcp --tcp-flags SYN,ACK ACK", pkt({ tcpFlags: 0x10 }))).toBe(true);
    expect(m("-p tcp --tcp-option 2", pkt({ tcpOptions: [2, 4] }))).toBe(true);
    expect(m("-p tcp --tcp-option 3", pkt({ tcpOptions: [2, 4] }))).toBe(false);
    // A later fragment carries no header: no port test holds.
    expect(m("-p tcp --dport 80", pkt({ fragOffset: 10 }))).toBe(false);
  });

  it("udp and sctp ports", () => {
    expect(m("-p udp --dport 53", pkt({ proto: 17, dport: 53 }))).toBe(true);
    expect(m("-p udp ! --sport 53", pkt({ proto: 17, sport: 53 }))).toBe(false);
    expect(m("-p sctp --dport 2905", pkt({ proto: 132, dport: 2905 }))).toBe(true);
    expect(m("-p sctp --chunk-types any INIT", pkt({ proto: 132, sctpChunks: [{ type: 1, flags: 0 }] }))).toBe(true);
    expect(m("-p sctp --chunk-types only INIT", pkt({ proto: 132, sctpChunks: [{ type: 1, flags: 0 }, { type: 0, flags: 0 }] }))).toBe(false);
    expect(m("-p sctp --chunk-types all INIT,DATA", pkt({ proto: 132, sctpChunks: [{ type: 1, flags: 0 }, { type: 0, flags: 0 }] }))).toBe(true);
    expect(m("-p sctp --chunk-types any DATA:E", pkt({ proto: 132, sctpChunks: [{ type: 0, flags: 0 }] }))).toBe(false);
    expect(m("-p sctp --chunk-types any DATA:E", pkt({ proto: 132, sctpChunks: [{ type: 0, flags: 1 }] }))).toBe(true);
  });

  it("icmp types and codes", () => {
    const echo = pkt({ proto: 1, icmpType: 8, icmpCode: 0 });
    expect(m("-p icmp --icmp-type echo-request", echo)).toBe(true);
    expect(m("-p icmp --icmp-type echo-reply", echo)).toBe(false);
    expect(m("-p icmp --icmp-type any", echo)).toBe(true);
    expect(m("-p icmp --icmp-type port-unreachable", pkt({ proto: 1, icmpType: 3, icmpCode: 3 }))).toBe(true);
    expect(m("-p icmp --icmp-type destination-unreachable", pkt({ proto: 1, icmpType: 3, icmpCode: 13 }))).toBe(true);
    expect(m("-p icmp ! --icmp-type 8", echo)).toBe(false);
  });

  it("multiport and iprange", () => {
    expect(m("-p tcp -m multiport --dports 22,80:90", pkt({ dport: 85 }))).toBe(true);
    expect(m("-p tcp -m multiport --dports 22,443", pkt())).toBe(false);
    expect(m("-p tcp -m multiport --ports 40000", pkt())).toBe(true);
    expect(m("-p tcp -m multiport ! --sports 1:100", pkt())).toBe(true);
    expect(m("-m iprange --src-range 10.0.0.0-10.0.0.5", pkt())).toBe(true);
    expect(m("-m iprange ! --dst-range 10.0.0.0-10.0.0.5", pkt())).toBe(false);
    expect(m("-m iprange --dst-range 10.0.0.3-10.0.0.5", pkt())).toBe(false);
  });

  it("state and conntrack", () => {
    const est = pkt({ ct: { state: "ESTABLISHED", direction: "REPLY", status: ["SEEN_REPLY", "ASSURED"], mark: 0, original: { src: ip("10.0.0.2"), dst: ip("10.0.0.1"), sport: 80, dport: 40000 } } });
    expect(m("-m state --state RELATED,ESTABLISHED", est)).toBe(true);
    expect(m("-m state --state NEW", est)).toBe(false);
    expect(m("-m conntrack --ctstate NEW", pkt({ ct: { state: "NEW", direction: "ORIGINAL", status: [], mark: 0 } }))).toBe(true);
    expect(m("-m conntrack ! --ctstate INVALID", est)).toBe(true);
    expect(m("-m conntrack --ctstatus ASSURED", est)).toBe(true);
    expect(m("-m conntrack --ctdir REPLY", est)).toBe(true);
    expect(m("-m conntrack --ctorigsrc 10.0.0.2", est)).toBe(true);
    expect(m("-m conntrack --ctorigdstport 40000", est)).toBe(true);
    expect(m("-m state --state UNTRACKED", pkt({ ct: { state: "UNTRACKED", direction: "ORIGINAL", status: [], mark: 0 } }))).toBe(true);
    expect(m("-m conntrack --ctstate INVALID", pkt())).toBe(true);
  });

  it("comment, mark, connmark, length, ttl, dscp, tos, pkttype, mac", () => {
    expect(m('-m comment --comment "x y"', pkt())).toBe(true);
    expect(m("-m mark --mark 0x10/0xf0", pkt({ mark: 0x1f }))).toBe(true);
    expect(m("-m mark ! --mark 1", pkt({ mark: 1 }))).toBe(false);
    const ct = { state: "ESTABLISHED", direction: "ORIGINAL", status: [], mark: 7 } as const;
    expect(m("-m connmark --mark 7", pkt({ ct }))).toBe(true);
    expect(m("-m connmark --mark 7", pkt())).toBe(false);
    expect(m("-m length --length 40:100", pkt())).toBe(true);
    expect(m("-m length ! --length 60", pkt())).toBe(false);
    expect(m("-m ttl --ttl-lt 65", pkt())).toBe(true);
    expect(m("-m ttl --ttl-eq 63", pkt())).toBe(false);
    expect(m("-m dscp --dscp 46", pkt({ tos: 0xb8 }))).toBe(true);
    expect(m("-m dscp --dscp-class EF", pkt({ tos: 0xb9 }))).toBe(true);
    expect(m("-m tos --tos 0x10", pkt({ tos: 0x10 }))).toBe(true);
    // A name tests the six TOS bits only (mask 0x3f).
    expect(m("-m tos --tos Minimize-Delay", pkt({ tos: 0xd0 }))).toBe(true);
    expect(m("-m tos --tos 0x10", pkt({ tos: 0xd0 }))).toBe(false);
    expect(m("-m pkttype --pkt-type broadcast", pkt({ pktType: "broadcast" }))).toBe(true);
    expect(m("-m pkttype --pkt-type unicast", pkt())).toBe(true);
    expect(m("-m mac --mac-source 00:11:22:33:44:55", pkt({ srcMac: "00:11:22:33:44:55" }))).toBe(true);
    expect(m("-m mac ! --mac-source 00:11:22:33:44:55", pkt({ srcMac: "00:11:22:33:44:66" }))).toBe(true);
  });

  it("addrtype asks the route type of the addresses", () => {
    expect(m("-m addrtype --dst-type LOCAL", pkt())).toBe(true);
    expect(m("-m addrtype --src-type LOCAL", pkt())).toBe(false);
    expect(m("-m addrtype ! --dst-type LOCAL", pkt({ dst: ip("8.8.8.8") }))).toBe(true);
    expect(m("-m addrtype --dst-type BROADCAST", pkt({ dst: ip("10.0.0.255") }))).toBe(true);
  });

  it("limit lets the burst through, then one per period", () => {
    const f = matcher("-m limit --limit 1/second --limit-burst 3");
    const at = (nowMs: number) => f(pkt(), { nowMs });
    expect([at(0), at(0), at(0), at(0)]).toEqual([true, true, true, false]);
    expect(at(500)).toBe(false);
    expect(at(1000)).toBe(true);
  });

  it("statistic: every nth packet, and a probability from the world's generator", () => {
    const f = matcher("-m statistic --mode nth --every 3 --packet 0");
    expect([f(pkt()), f(pkt()), f(pkt()), f(pkt()), f(pkt()), f(pkt())]).toEqual([true, false, false, true, false, false]);
    const g = matcher("-m statistic --mode random --probability 0.5");
    const hits = Array.from({ length: 1000 }, () => g(pkt())).filter(Boolean).length;
    expect(hits).toBeGreaterThan(400);
    expect(hits).toBeLessThan(600);
    expect(m("-m statistic --mode random --probability 0", pkt())).toBe(false);
  });

  it("owner looks at the sending socket", () => {
    const sock = { uid: 1000, gid: 1000 };
    expect(m("-m owner --uid-owner 1000", pkt({ socket: sock }))).toBe(true);
    expect(m("-m owner --uid-owner 0", pkt({ socket: sock }))).toBe(false);
    expect(m("-m owner ! --uid-owner 0", pkt({ socket: sock }))).toBe(true);
    expect(m("-m owner --gid-owner 500-2000", pkt({ socket: sock }))).toBe(true);
    expect(m("-m owner --socket-exists", pkt())).toBe(false);
    expect(m("-m owner ! --socket-exists", pkt())).toBe(true);
    // xt_owner without a socket: true only when every option is inverted.
    expect(m("-m owner ! --uid-owner 0", pkt())).toBe(true);
    expect(m("-m owner ! --uid-owner 0 --socket-exists", pkt())).toBe(false);
    // A kernel control socket (RST, echo reply, ICMP error) exists but has no file: no user or group.
    const kernel = { uid: 0, gid: 0, kind: "kernel" as const };
    expect(m("-m owner --socket-exists", pkt({ socket: kernel }))).toBe(true);
    expect(m("-m owner --uid-owner 0", pkt({ socket: kernel }))).toBe(false);
    expect(m("-m owner ! --gid-owner 0", pkt({ socket: kernel }))).toBe(true);
    expect(m("-m owner ! --socket-exists", pkt({ socket: kernel }))).toBe(false);
  });

  it("physdev tests the bridge ports", () => {
    const bridged = pkt({ bridged: true, physIn: "veth0", physOut: "veth1" });
    expect(m("-m physdev --physdev-in veth0", bridged)).toBe(true);
    expect(m("-m physdev --physdev-in veth+", bridged)).toBe(true);
    expect(m("-m physdev --physdev-out veth0 --physdev-is-bridged", bridged)).toBe(false);
    expect(m("-m physdev --physdev-is-bridged", bridged)).toBe(true);
    expect(m("-m physdev --physdev-is-bridged", pkt())).toBe(false);
    expect(m("-m physdev ! --physdev-is-in", pkt())).toBe(true);
  });

  it("recent: --set and --rcheck share the named list across rules", () => {
    const nf = emptyNetfilter();
    const set = matcher("-m recent --set --name SSH", {}, nf);
    const check = matcher("-m recent --rcheck --seconds 60 --hitcount 2 --name SSH", {}, nf);
    const other = matcher("-m recent --rcheck --name OTHER", {}, nf);
    expect(check(pkt())).toBe(false);
    set(pkt());
    expect(check(pkt())).toBe(false);
    set(pkt());
    expect(check(pkt())).toBe(true);
    expect(other(pkt())).toBe(false);
    expect(check(pkt(), { nowMs: 1_000_000 + 61_000 })).toBe(false);
    expect(m("-m recent --rcheck --rdest --name SSH", pkt())).toBe(false);
  });

  it("connlimit compares the connection count the walk supplies", () => {
    const p = parse("-p tcp -m connlimit --connlimit-above 2");
    const mm = p.matches.find((x) => x.module.name === "connlimit")!;
    expect(mm.module.match(mm.data, pkt(), { ...evalCtx(), state: { count: 3 } })).toBe(true);
    expect(mm.module.match(mm.data, pkt(), { ...evalCtx(), state: { count: 2 } })).toBe(false);
  });

  it("string searches the payload", () => {
    expect(m('-m string --string "GET /" --algo bm', pkt({ payload: "GET / HTTP/1.1" }))).toBe(true);
    expect(m('-m string --string "get" --algo kmp --icase', pkt({ payload: "GET / HTTP/1.1" }))).toBe(true);
    expect(m('-m string --string "POST" --algo bm', pkt({ payload: "GET / HTTP/1.1" }))).toBe(false);
    expect(m('-m string --hex-string "|47 45|" --algo bm', pkt({ payload: "GET" }))).toBe(true);
    expect(m('-m string ! --string "x" --algo bm', pkt({ payload: "GET" }))).toBe(true);
  });

  it("hashlimit keeps one bucket per source in the named table", () => {
    const nf = emptyNetfilter();
    const f = matcher("-m hashlimit --hashlimit-upto 1/sec --hashlimit-burst 2 --hashlimit-mode srcip --hashlimit-name t1", {}, nf);
    expect([f(pkt()), f(pkt()), f(pkt())]).toEqual([true, true, false]);
    expect(f(pkt({ src: ip("10.0.0.9") }))).toBe(true);
    const above = matcher("-m hashlimit --hashlimit-above 1/sec --hashlimit-burst 1 --hashlimit-name t2", {}, nf);
    expect([above(pkt()), above(pkt())]).toEqual([false, true]);
  });

  it("set asks the namespace's ipsets", () => {
    const nf = emptyNetfilter();
    nf.ipsets = [];
    const l = newLab("nf_tables");
    l.run(["ipset", "create", "allow", "hash:ip"]);
    l.run(["ipset", "add", "allow", "10.0.0.1"]);
    l.run(["ipset", "create", "svc", "hash:ip,port"]);
    l.run(["ipset", "add", "svc", "10.0.0.2,tcp:80"]);
    const state = l.world.namespaces["lab"]!.netfilter;
    const ipsetTest = (name: string, p: Packet, dirs: readonly ("src" | "dst")[]) => ipsetTestPacket(state, name, p, dirs, 0);
    const ok = (words: string, p: Packet) => {
      const r = parse(words);
      return r.matches.every((x) => x.module.match(x.data, p, { ...evalCtx({ ipsetTest }), state: {} }));
    };
    expect(ok("-m set --match-set allow src", pkt())).toBe(true);
    expect(ok("-m set --match-set allow dst", pkt())).toBe(false);
    expect(ok("-m set ! --match-set allow dst", pkt())).toBe(true);
    expect(ok("-m set --match-set svc dst,dst", pkt())).toBe(true);
    expect(ok("-m set --match-set svc dst,dst", pkt({ dport: 81 }))).toBe(false);
    expect(ok("-m set --match-set svc dst", pkt())).toBe(false);
  });

  it("helper, quota, tcpmss, ecn, socket", () => {
    const withHelper = pkt({ ct: { state: "RELATED", direction: "ORIGINAL", status: [], mark: 0, helper: "ftp" } });
    expect(m("-m helper --helper ftp", withHelper)).toBe(true);
    expect(m("-m helper ! --helper ftp", withHelper)).toBe(false);
    expect(m("-m helper ! --helper sip", pkt())).toBe(false);
    const q = matcher("-m quota --quota 100");
    expect([q(pkt()), q(pkt()), q(pkt())]).toEqual([true, false, false]);
    const qi = matcher("-m quota ! --quota 100");
    expect([qi(pkt()), qi(pkt())]).toEqual([false, true]);
    expect(m("-p tcp -m tcpmss --mss 1000:1500", pkt({ tcpMss: 1460 }))).toBe(true);
    expect(m("-p tcp -m tcpmss --mss 1000:1400", pkt({ tcpMss: 1460 }))).toBe(false);
    expect(m("-p tcp -m ecn --ecn-tcp-cwr", pkt({ tcpFlags: 0x82 }))).toBe(true);
    expect(m("-p tcp -m ecn ! --ecn-tcp-ece", pkt({ tcpFlags: 0x42 }))).toBe(false);
    expect(m("-m ecn --ecn-ip-ect 2", pkt({ tos: 0x02 }))).toBe(true);
    expect(m("-m socket", pkt({ socket: { uid: 0, gid: 0 } }))).toBe(true);
    expect(m("-m socket", pkt())).toBe(false);
  });

  it("rpfilter asks whether the source routes back out of the in interface", () => {
    const addrType = (addr: number, iface?: string): AddrType => (addr === ip("10.0.0.1") && (iface === undefined || iface === "eth0") ? "UNICAST" : "UNREACHABLE");
    expect(m("-m rpfilter", pkt({ inIface: "eth0" }), { addrType })).toBe(true);
    expect(m("-m rpfilter", pkt({ inIface: "eth1" }), { addrType })).toBe(false);
    expect(m("-m rpfilter --loose", pkt({ inIface: "eth1" }), { addrType })).toBe(true);
    expect(m("-m rpfilter --invert", pkt({ inIface: "eth1" }), { addrType })).toBe(true);
  });

  it("time: daytime window, weekdays, monthdays and dates at the world's time", () => {
    // 2024-01-01 was a Monday.
    const at = (iso: string) => ({ nowMs: Date.parse(iso) });
    expect(m("-m time --timestart 09:00 --timestop 17:00", pkt(), at("2024-01-01T10:00:00Z"))).toBe(true);
    expect(m("-m time --timestart 09:00 --timestop 17:00", pkt(), at("2024-01-01T18:00:00Z"))).toBe(false);
    expect(m("-m time --weekdays Mon", pkt(), at("2024-01-01T10:00:00Z"))).toBe(true);
    expect(m("-m time --weekdays Tue", pkt(), at("2024-01-01T10:00:00Z"))).toBe(false);
    expect(m("-m time --monthdays 1", pkt(), at("2024-01-01T10:00:00Z"))).toBe(true);
    expect(m("-m time --datestart 2024-02-01", pkt(), at("2024-01-01T10:00:00Z"))).toBe(false);
    // A window over midnight; with --contiguous the weekday is the evening's.
    expect(m("-m time --timestart 22:00 --timestop 02:00", pkt(), at("2024-01-02T01:00:00Z"))).toBe(true);
    expect(m("-m time --timestart 22:00 --timestop 02:00 --weekdays Mon --contiguous", pkt(), at("2024-01-02T01:00:00Z"))).toBe(true);
    expect(m("-m time --timestart 22:00 --timestop 02:00 --weekdays Mon", pkt(), at("2024-01-02T01:00:00Z"))).toBe(false);
  });
});

describe("targets", () => {
  it("REJECT answers with the chosen message and drops", () => {
    const r = target("-j REJECT");
    expect(r.verdict).toBe("DROP");
    expect(r.effects).toEqual([{ kind: "reject", with: "icmp-port-unreachable" }]);
    expect(target("-p tcp -j REJECT --reject-with tcp-reset").effects).toEqual([{ kind: "reject", with: "tcp-reset" }]);
  });

  it("LOG continues and writes a kernel line", () => {
    const r = target('-j LOG --log-prefix "IN: "');
    expect(r.verdict).toBe("CONTINUE");
    expect(r.effects?.[0]).toMatchObject({ kind: "log", prefix: "IN: " });
  });

  it("MARK, CONNMARK, DSCP, TOS and TCPMSS change the packet", () => {
    expect(target("-j MARK --set-mark 0x5", pkt({ mark: 0xf0 }), "mangle").packet?.mark).toBe(5);
    expect(target("-j MARK --set-xmark 0x5/0xf", pkt({ mark: 0xf0 }), "mangle").packet?.mark).toBe(0xf5);
    expect(target("-j MARK --or-mark 0x1", pkt({ mark: 0xf0 }), "mangle").packet?.mark).toBe(0xf1);
    const ct = { state: "ESTABLISHED", direction: "ORIGINAL", status: [], mark: 9 } as const;
    expect(target("-j CONNMARK --restore-mark", pkt({ ct }), "mangle").packet?.mark).toBe(9);
    expect(target("-j CONNMARK --set-mark 3", pkt({ ct }), "mangle").effects).toEqual([{ kind: "connmark", mark: 3 }]);
    expect(target("-j DSCP --set-dscp 46", pkt({ tos: 0x01 }), "mangle").packet?.tos).toBe(0xb9);
    expect(target("-j TOS --set-tos 0x10", pkt(), "mangle").packet?.tos).toBe(0x10);
    expect(target("-p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1400", pkt({ tcpMss: 1460 }), "mangle").packet?.tcpMss).toBe(1400);
    expect(target("-p tcp --tcp-flags SYN,RST SYN -j TCPMSS --set-mss 1400", pkt({ tcpMss: 1300 }), "mangle").packet?.tcpMss ?? 1300).toBe(1300);
  });

  it("NAT targets ask for a mapping", () => {
    const dnat = target("-p tcp -j DNAT --to-destination 10.1.1.1:8080", pkt(), "nat");
    expect(dnat.verdict).toBe("ACCEPT");
    expect(dnat.effects?.[0]).toMatchObject({ kind: "nat", type: "dnat", range: { minAddr: ip("10.1.1.1"), maxAddr: ip("10.1.1.1"), minPort: 8080, maxPort: 8080 } });
    expect(target("-j SNAT --to-source 192.168.0.1", pkt(), "nat").effects?.[0]).toMatchObject({ kind: "nat", type: "snat" });
    expect(target("-j MASQUERADE", pkt(), "nat").effects?.[0]).toMatchObject({ kind: "nat", type: "masquerade" });
    expect(target("-p tcp -j REDIRECT --to-ports 3128", pkt(), "nat").effects?.[0]).toMatchObject({ kind: "nat", type: "redirect", range: { minPort: 3128, maxPort: 3128 } });
  });

  it("CT, NOTRACK and TRACE", () => {
    expect(target("-j NOTRACK", pkt(), "raw").effects).toEqual([{ kind: "notrack" }]);
    expect(target("-j CT --notrack", pkt(), "raw").effects).toContainEqual({ kind: "notrack" });
    expect(target("-p tcp -j CT --helper ftp", pkt(), "raw").effects).toEqual([{ kind: "ct", helper: "ftp" }]);
    const t = target("-j TRACE", pkt(), "raw");
    expect(t.packet?.trace).toBe(true);
  });

  it("TTL, CHECKSUM, CLASSIFY and NETMAP", () => {
    expect(target("-j TTL --ttl-set 5", pkt(), "mangle").packet?.ttl).toBe(5);
    expect(target("-j TTL --ttl-dec 100", pkt(), "mangle").packet?.ttl).toBe(0);
    expect(target("-j TTL --ttl-inc 250", pkt(), "mangle").packet?.ttl).toBe(255);
    expect(target("-j CHECKSUM --checksum-fill", pkt(), "mangle")).toEqual({ verdict: "CONTINUE" });
    expect(target("-j CLASSIFY --set-class 1:10", pkt(), "mangle").verdict).toBe("CONTINUE");
    // PREROUTING maps the destination, keeping the host part; POSTROUTING the source.
    const pre = target("-j NETMAP --to 192.168.5.0/24", pkt({ dst: ip("10.0.0.77") }), "nat", { hook: "PREROUTING" });
    expect(pre.effects).toEqual([{ kind: "nat", type: "dnat", range: { minAddr: ip("192.168.5.77"), maxAddr: ip("192.168.5.77") } }]);
    const post = target("-j NETMAP --to 192.168.0.0/16", pkt({ src: ip("10.1.2.3") }), "nat", { hook: "POSTROUTING" });
    expect(post.effects).toEqual([{ kind: "nat", type: "snat", range: { minAddr: ip("192.168.2.3"), maxAddr: ip("192.168.2.3") } }]);
  });

  it("SET, NFQUEUE and NFLOG", () => {
    const l = newLab("nf_tables");
    l.run(["ipset", "create", "seen", "hash:ip"]);
    const p = parseCommand(["iptables", "-A", "INPUT", "-j", "SET", "--add-set", "seen", "src"], { backend: "nf_tables", names, err: { prog: "iptables", backend: "nf_tables" }, ipsetExists: () => true });
    const r = p.target!.module.evaluate(p.target!.data, pkt(), { ...evalCtx(), state: {} });
    expect(r.verdict).toBe("CONTINUE");
    expect(r.effects).toEqual([{ kind: "ipset", op: "add", set: "seen", dirs: ["src"] }]);
    expect(target("-j NFQUEUE --queue-num 3")).toEqual({ verdict: "DROP", effects: [{ kind: "nfqueue", queue: 3, bypass: false }] });
    expect(target("-j NFQUEUE --queue-bypass").verdict).toBe("ACCEPT");
    expect(target("-j NFLOG --nflog-group 2").effects).toEqual([{ kind: "nflog", group: 2, prefix: "" }]);
  });
});
