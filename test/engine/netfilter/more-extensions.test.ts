/**
 * match() and evaluate() of the extensions added for iptables 1.8.9's full
 * set (u32, esp, ah, policy, connbytes, dccp, devgroup, cpu, realm, cluster,
 * bpf, cgroup; TEE, TPROXY, SYNPROXY, HMARK, ECN, TCPOPTSTRIP, AUDIT,
 * IDLETIMER), each rule parsed from iptables words as the command parses it.
 */
import { describe, expect, it } from "vitest";
import { parseCommand } from "../../../engine/commands/iptables/parse.js";
import type { AddrType, EvalContext, TargetResult } from "../../../engine/netfilter/extension.js";
import { nameDbFromFiles } from "../../../engine/netfilter/names.js";
import type { Packet, PacketConntrack } from "../../../engine/netfilter/packet.js";
import { packetBytes } from "../../../engine/netfilter/packet-bytes.js";
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
  return { src: ip("10.0.0.1"), dst: ip("10.0.0.2"), proto: 6, sport: 40000, dport: 80, tcpFlags: 0x02, length: 60, ttl: 64, tos: 0, fragOffset: 0, mark: 0, inIface: "eth0", ...over };
}

function ctx(state: Record<string, unknown> = {}, over: Partial<EvalContext> = {}): EvalContext {
  return { table: "filter", hook: "INPUT", nowMs: 0, state, random: () => 0.5, addrType: (): AddrType => "UNICAST", ...over };
}

function parse(words: string, table = "filter") {
  const argv = ["iptables", "-t", table, "-A", "INPUT", ...(words.match(/"[^"]*"|\S+/g) ?? []).map((w) => w.replace(/^"|"$/g, ""))];
  return parseCommand(argv, { backend: "nf_tables", names, err: { prog: "iptables", backend: "nf_tables" } });
}

function matcher(words: string) {
  const p = parse(words);
  const states = p.matches.map(() => ({}) as Record<string, unknown>);
  return (packet: Packet): boolean => p.matches.every((m, i) => m.module.match(m.data, packet, ctx(states[i])));
}

const m = (words: string, packet: Packet): boolean => matcher(words)(packet);

function target(words: string, packet: Packet = pkt(), table = "mangle"): TargetResult {
  const t = parse(words, table).target!;
  return t.module.evaluate(t.data, packet, ctx());
}

const conn = (direction: "ORIGINAL" | "REPLY"): PacketConntrack => ({
  state: "ESTABLISHED", direction, status: [], mark: 0,
  original: { src: ip("10.0.0.1"), dst: ip("10.0.0.2"), sport: 40000, dport: 80 },
  reply: { src: ip("10.0.0.2"), dst: ip("10.0.0.1"), sport: 80, dport: 40000 },
});

describe("packet bytes", () => {
  it("lay out the IPv4 and TCP headers as on the wire", () => {
    const b = packetBytes(pkt({ id: 0x1234, df: true }));
    expect([...b.slice(0, 4)]).toEqual([0x45, 0, 0, 60]);
    expect([...b.slice(4, 8)]).toEqual([0x12, 0x34, 0x40, 0]);
    expect(b[9]).toBe(6);
    expect([...b.slice(12, 16)]).toEqual([10, 0, 0, 1]);
    expect([...b.slice(20, 24)]).toEqual([0x9c, 0x40, 0, 80]);
    expect(b[33]).toBe(0x02);
  });
});

describe("matches", () => {
  it("u32 reads words, follows @ into the transport header, and fails past the end", () => {
    expect(m('-m u32 --u32 "0>>22&0x3C@0>>16=40000"', pkt())).toBe(true);
    expect(m('-m u32 --u32 "0>>22&0x3C@0&0xFFFF=80"', pkt())).toBe(true);
    expect(m('-m u32 --u32 "0>>22&0x3C@0&0xFFFF=81:90"', pkt())).toBe(false);
    expect(m('-m u32 --u32 "6&0xFF=6 && 12=0x0a000001"', pkt())).toBe(true);
    expect(m('-m u32 ! --u32 "6&0xFF=17"', pkt())).toBe(true);
    expect(m('-m u32 --u32 "2&0xFFFF=0:0xFFFF && 4096=0:0xFFFFFFFF"', pkt())).toBe(false);
    expect(m('-m u32 --u32 "16<<8=0x200"', pkt())).toBe(true);
  });

  it("esp and ah read the SPI where the headers put it", () => {
    const spi = (n: number): string => String.fromCharCode((n >>> 24) & 255, (n >>> 16) & 255, (n >>> 8) & 255, n & 255);
    const esp = pkt({ proto: 50, sport: undefined, dport: undefined, payload: spi(150) });
    expect(m("-p esp -m esp --espspi 100:200", esp)).toBe(true);
    expect(m("-p esp -m esp ! --espspi 100:200", esp)).toBe(false);
    const ah = pkt({ proto: 51, sport: undefined, dport: undefined, payload: `\u0006\u0004\u0000\u0000${spi(7)}` });
    expect(m("-p ah -m ah --ahspi 7", ah)).toBe(true);
    expect(m("-p ah -m ah --ahspi 8", ah)).toBe(false);
  });

  it("policy: without IPsec only --pol none matches", () => {
    expect(m("-m policy --dir in --pol none", pkt())).toBe(true);
    expect(m("-m policy --dir in --pol ipsec", pkt())).toBe(false);
  });

  it("connbytes counts the connection's packets and bytes in each direction", () => {
    const rule = matcher("-m connbytes --connbytes 3: --connbytes-dir original --connbytes-mode packets");
    const seen = [1, 2, 3, 4].map(() => rule(pkt({ ct: conn("ORIGINAL") })));
    expect(seen).toEqual([false, false, true, true]);
    expect(rule(pkt({ ct: conn("REPLY") }))).toBe(true);
    const bytes = matcher("-m connbytes ! --connbytes 100 --connbytes-dir both --connbytes-mode bytes");
    expect(bytes(pkt({ ct: conn("ORIGINAL") }))).toBe(true);
    expect(bytes(pkt({ ct: conn("REPLY") }))).toBe(false);
    expect(m("-m connbytes --connbytes 0: --connbytes-dir both --connbytes-mode avgpkt", pkt())).toBe(false);
  });

  it("dccp: ports and the packet type from the header", () => {
    const req = pkt({ proto: 33, payload: "\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000\u0000" });
    expect(m("-p dccp --dport 80", req)).toBe(true);
    expect(m("-p dccp --dport 81", req)).toBe(false);
    expect(m("-p dccp -m dccp --dccp-types REQUEST", req)).toBe(true);
    expect(m("-p dccp -m dccp ! --dccp-types REQUEST", req)).toBe(false);
    expect(m("-p dccp -m dccp --dccp-option 4", req)).toBe(false);
  });

  it("devgroup, cpu and realm see the lab's zeros", () => {
    expect(m("-m devgroup --src-group default", pkt())).toBe(true);
    expect(m("-m devgroup --src-group 1", pkt())).toBe(false);
    expect(m("-m devgroup ! --src-group 0x10/0xf0", pkt())).toBe(true);
    expect(m("-m cpu --cpu 0", pkt())).toBe(true);
    expect(m("-m cpu --cpu 1", pkt())).toBe(false);
    expect(m("-m realm --realm cosmos", pkt())).toBe(true);
    expect(m("-m realm ! --realm 0", pkt())).toBe(false);
  });

  it("cluster: every connection belongs to exactly one of the nodes", () => {
    const owners = [1, 2, 3].filter((n) => m(`-m cluster --cluster-total-nodes 3 --cluster-local-node ${n} --cluster-hash-seed 0xdeadbeef`, pkt({ ct: conn("ORIGINAL") })));
    expect(owners).toHaveLength(1);
    expect(m("-m cluster --cluster-total-nodes 1 --cluster-local-node 1 --cluster-hash-seed 1", pkt())).toBe(false);
  });

  it("bpf runs its program on the packet", () => {
    // ldb [9]; jeq #6, accept, drop (tcpdump -ddd 'ip proto 6' on raw IP)
    const tcp = '-m bpf --bytecode "4,48 0 0 9,21 0 1 6,6 0 0 1,6 0 0 0"';
    expect(m(tcp, pkt())).toBe(true);
    expect(m(tcp, pkt({ proto: 17 }))).toBe(false);
    expect(m('-m bpf --bytecode "1,6 0 0 0"', pkt())).toBe(false);
  });

  it("cgroup: the root path holds every local socket", () => {
    const own = pkt({ socket: { uid: 0, gid: 0 } });
    expect(m("-m cgroup --path /", own)).toBe(true);
    expect(m("-m cgroup --path /", pkt())).toBe(false);
    expect(m("-m cgroup --cgroup 1", own)).toBe(false);
  });
});

describe("targets", () => {
  it("TEE and AUDIT and IDLETIMER let the packet go on", () => {
    expect(target("-j TEE --gateway 10.0.0.9").verdict).toBe("CONTINUE");
    expect(target("-j AUDIT --type drop", pkt(), "filter").verdict).toBe("CONTINUE");
    expect(target("-j IDLETIMER --timeout 5 --label x", pkt(), "filter").verdict).toBe("CONTINUE");
  });

  it("TPROXY marks and accepts", () => {
    const r = target("-p tcp -j TPROXY --on-port 3128 --tproxy-mark 0x1/0x1", pkt({ mark: 0x10 }));
    expect(r.verdict).toBe("ACCEPT");
    expect(r.packet?.mark).toBe(0x11);
  });

  it("SYNPROXY passes the handshake packets and continues the rest", () => {
    expect(target("-p tcp -j SYNPROXY", pkt(), "filter").verdict).toBe("ACCEPT");
    expect(target("-p tcp -j SYNPROXY", pkt({ tcpFlags: 0x10 }), "filter").verdict).toBe("ACCEPT");
    expect(target("-p tcp -j SYNPROXY", pkt({ tcpFlags: 0x11 }), "filter").verdict).toBe("CONTINUE");
  });

  it("HMARK puts both directions of a flow in the same bucket", () => {
    const rule = "-j HMARK --hmark-tuple src,dst,sport,dport,proto --hmark-mod 16 --hmark-offset 100 --hmark-rnd 0xcafe";
    const there = target(rule, pkt()).packet!.mark;
    const back = target(rule, pkt({ src: ip("10.0.0.2"), dst: ip("10.0.0.1"), sport: 80, dport: 40000 })).packet!.mark;
    expect(there).toBe(back);
    expect(there).toBeGreaterThanOrEqual(100);
    expect(there).toBeLessThan(116);
  });

  it("ECN clears ECE and CWR; TCPOPTSTRIP turns options into NOPs", () => {
    expect(target("-p tcp -j ECN --ecn-tcp-remove", pkt({ tcpFlags: 0xc2 })).packet?.tcpFlags).toBe(0x02);
    const r = target("-p tcp -j TCPOPTSTRIP --strip-options mss", pkt({ tcpOptions: [2, 4], tcpMss: 1460 }));
    expect(r.packet?.tcpOptions).toEqual([1, 1, 1, 1, 4]);
    expect(r.packet?.tcpMss).toBeUndefined();
  });

  it("RATEEST feeds the estimator -m rateest reads", () => {
    const shared: Record<string, Record<string, unknown>> = {};
    const over = (nowMs: number): EvalContext => ctx({}, { nowMs, shared: (k) => (shared[k] ??= {}) });
    const t = parse("-j RATEEST --rateest-name est1 --rateest-interval 250ms --rateest-ewmalog 1s", "filter").target!;
    const fast = parse("-m rateest --rateest est1 --rateest-gt --rateest-bps 1kbit").matches[0]!;
    const slow = parse("-m rateest --rateest est1 --rateest-lt --rateest-pps 1").matches[0]!;
    for (let ms = 0; ms <= 2000; ms += 10) t.module.evaluate(t.data, pkt({ length: 1000 }), over(ms));
    expect(fast.module.match(fast.data, pkt(), over(2000))).toBe(true);
    expect(slow.module.match(slow.data, pkt(), over(2000))).toBe(false);
    expect(slow.module.match(slow.data, pkt(), over(60_000))).toBe(true);
  });
});
