/**
 * Readies V8 for the large tables a learner restores.
 *
 * V8 settles the layouts ("maps") of the objects a restore makes — rules,
 * chains, addresses, the parsers' own — while it runs the first one: a
 * field that first held a small integer and then a larger number, or one
 * kind of object and then another, gets a new layout. Code optimized during
 * that first large run was built for layouts that have changed since, and is
 * thrown away during the next one, which runs in the interpreter until V8
 * has optimized it again.
 *
 * warmUp runs a restore, saves and listings of a table of the shapes
 * kube-proxy and Docker write (200 services, 3,000 lines), in a world of its
 * own, once per process: about a fifth of a second. That world is kept: V8
 * forgets a layout once no object of it is alive. Measured with valgrind on
 * kube-proxy's table of 3,000 services: the first restore ran 2.04 billion
 * instructions instead of 2.40, the second 1.29 instead of 1.84 (the later
 * ones 1.11).
 */
import { createWorld } from "../world/spec.js";
import { LabShell } from "./session.js";

let warmed: LabShell | undefined;

/** Runs the warm-up once per process. Returns what its commands printed to stderr: nothing, unless the sample is wrong. */
export async function warmUp(): Promise<string> {
  if (warmed) return "";
  const world = createWorld({ bare: true });
  world.files["/tmp/warm-up.rules"] = { type: "file", content: sampleRules(), mode: 0o644, mtimeMs: world.clock.nowMs };
  const shell = new LabShell({ world, interactive: false });
  warmed = shell;
  let errors = "";
  await shell.runScript(
    "iptables-restore < /tmp/warm-up.rules; iptables-save >/dev/null; iptables -t nat -nL >/dev/null; iptables -nvL >/dev/null; iptables -S >/dev/null",
    { stdout: () => {}, stderr: (text) => void (errors += text) },
  );
  return errors;
}

/** Services of the sample, each with three endpoints. */
const SERVICES = 200;

/** A nat table as kube-proxy writes it and a filter table as Docker's rules make it, small. */
export function sampleRules(): string {
  const chains = [":KUBE-SERVICES - [0:0]", ":KUBE-NODEPORTS - [0:0]", ":KUBE-POSTROUTING - [0:0]", ":KUBE-MARK-MASQ - [0:0]"];
  const rules = [
    '-A PREROUTING -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
    '-A OUTPUT -m comment --comment "kubernetes service portals" -j KUBE-SERVICES',
    '-A POSTROUTING -m comment --comment "kubernetes postrouting rules" -j KUBE-POSTROUTING',
    "-A KUBE-POSTROUTING -m mark ! --mark 0x4000/0x4000 -j RETURN",
    "-A KUBE-POSTROUTING -j MARK --xor-mark 0x4000",
    '-A KUBE-POSTROUTING -m comment --comment "kubernetes service traffic requiring SNAT" -j MASQUERADE --random-fully',
    "-A KUBE-MARK-MASQ -j MARK --or-mark 0x4000",
  ];
  for (let s = 0; s < SERVICES; s++) {
    const name = `default/svc${s}:http`;
    const svc = `KUBE-SVC-WARMUP${s}`;
    chains.push(`:${svc} - [0:0]`);
    rules.push(`-A KUBE-SERVICES -m comment --comment "${name} cluster IP" -m tcp -p tcp -d 10.96.0.${s + 10} --dport 80 -j ${svc}`);
    rules.push(`-A ${svc} -m comment --comment "${name} cluster IP" -m tcp -p tcp -d 10.96.0.${s + 10} --dport 80 ! -s 10.244.0.0/16 -j KUBE-MARK-MASQ`);
    for (let e = 0; e < 3; e++) {
      const ip = `10.244.${e}.${s + 2}`;
      const sep = `KUBE-SEP-WARMUP${s}X${e}`;
      chains.push(`:${sep} - [0:0]`);
      const statistic = e < 2 ? ` -m statistic --mode random --probability ${e === 0 ? "0.33333333349" : "0.50000000000"}` : "";
      rules.push(`-A ${svc} -m comment --comment "${name} -> ${ip}:8080"${statistic} -j ${sep}`);
      rules.push(`-A ${sep} -m comment --comment ${name} -s ${ip}/32 -j KUBE-MARK-MASQ`);
      rules.push(`-A ${sep} -m comment --comment ${name} -m tcp -p tcp -j DNAT --to-destination ${ip}:8080`);
    }
  }
  rules.push('-A KUBE-SERVICES -m comment --comment "kubernetes service nodeports" -m addrtype --dst-type LOCAL -j KUBE-NODEPORTS');
  const filter = [
    ":DOCKER - [0:0]", ":DOCKER-USER - [0:0]", ":DOCKER-ISOLATION-STAGE-1 - [0:0]",
    "-A FORWARD -j DOCKER-USER",
    "-A FORWARD -o docker0 -m conntrack --ctstate RELATED,ESTABLISHED -j ACCEPT",
    "-A FORWARD -o docker0 -j DOCKER",
    "-A FORWARD -i docker0 ! -o docker0 -j ACCEPT",
    "-A DOCKER -d 172.17.0.2/32 ! -i docker0 -o docker0 -p tcp -m tcp --dport 8080 -j ACCEPT",
    "-A DOCKER-USER -s 203.0.113.7/32 -p tcp -m multiport --dports 80,443 -j ACCEPT",
    "-A DOCKER-USER -p udp -m udp --dport 53 -j LOG --log-prefix \"dns \"",
    "-A DOCKER-USER -j RETURN",
    "-A INPUT -p icmp -m icmp --icmp-type 8 -j REJECT --reject-with icmp-host-prohibited",
  ];
  return ["*nat", ...chains, ...rules, "COMMIT", "*filter", ...filter, "COMMIT", ""].join("\n");
}
