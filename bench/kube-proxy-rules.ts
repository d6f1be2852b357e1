/**
 * A kube-proxy (iptables mode) nat table for N services with E endpoints
 * each, in the iptables-restore input kube-proxy writes (reference §4):
 * KUBE-SERVICES -> KUBE-SVC-<hash> -> KUBE-SEP-<hash> with statistic
 * load balancing and a DNAT per endpoint. Chain names use kube-proxy's
 * sha256/base32 hash.
 */
import { createHash } from "node:crypto";

const BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

function base32(bytes: Uint8Array): string {
  let out = "";
  let bits = 0;
  let value = 0;
  for (const byte of bytes) {
    value = (value << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      out += BASE32[(value >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  return out;
}

export function chainHash(input: string): string {
  return base32(createHash("sha256").update(input).digest()).slice(0, 16);
}

function probability(n: number): string {
  return (1 / n).toFixed(10);
}

export function kubeProxyNatRestore(services: number, endpoints: number): string {
  const decl: string[] = [":KUBE-SERVICES - [0:0]", ":KUBE-NODEPORTS - [0:0]", ":KUBE-POSTROUTING - [0:0]", ":KUBE-MARK-MASQ - [0:0]"];
  const rules: string[] = [
    "-A PREROUTING -m comment --comment \"kubernetes service portals\" -j KUBE-SERVICES",
    "-A OUTPUT -m comment --comment \"kubernetes service portals\" -j KUBE-SERVICES",
    "-A POSTROUTING -m comment --comment \"kubernetes postrouting rules\" -j KUBE-POSTROUTING",
    "-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN",
    "-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000",
    "-A KUBE-POSTROUTING -m comment --comment \"kubernetes service traffic requiring SNAT\" -j MASQUERADE --random-fully",
    "-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000",
  ];
  for (let s = 0; s < services; s++) {
    const name = `ns${s % 97}/svc${s}:p80`;
    const clusterIp = `172.30.${(s >> 8) & 255}.${s & 255}`;
    const svc = `KUBE-SVC-${chainHash(name + "tcp")}`;
    decl.push(`:${svc} - [0:0]`);
    rules.push(`-A KUBE-SERVICES -m comment --comment "${name} cluster IP" -m tcp -p tcp -d ${clusterIp} --dport 80 -j ${svc}`);
    rules.push(`-A ${svc} -m comment --comment "${name} cluster IP" -m tcp -p tcp -d ${clusterIp} --dport 80 ! -s 10.0.0.0/8 -j KUBE-MARK-MASQ`);
    for (let e = 0; e < endpoints; e++) {
      const ip = `10.${180 + (e % 8)}.${(s >> 8) & 255}.${s & 255}`;
      const sep = `KUBE-SEP-${chainHash(name + "tcp" + `${ip}:8080`)}`;
      decl.push(`:${sep} - [0:0]`);
      const stat = e < endpoints - 1 ? ` -m statistic --mode random --probability ${probability(endpoints - e)}` : "";
      rules.push(`-A ${svc} -m comment --comment "${name} -> ${ip}:8080"${stat} -j ${sep}`);
      rules.push(`-A ${sep} -m comment --comment ${name} -s ${ip} -j KUBE-MARK-MASQ`);
      rules.push(`-A ${sep} -m comment --comment ${name} -m tcp -p tcp -j DNAT --to-destination ${ip}:8080`);
    }
  }
  rules.push(
    "-A KUBE-SERVICES -m comment --comment \"kubernetes service nodeports; NOTE: this must be the last rule in this chain\" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS",
  );
  return ["*nat", ...decl, ...rules, "COMMIT", ""].join("\n");
}
