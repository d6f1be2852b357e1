/**
 * Bad input never breaks iptables: 10,000 argv vectors drawn from the
 * option grammar (valid and broken) get an answer — never an exception —
 * and a command that fails leaves the world exactly as it was.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { newLab } from "./lab.js";

const word = fc.constantFrom(
  "-A", "-I", "-D", "-R", "-C", "-L", "-S", "-F", "-Z", "-N", "-X", "-E", "-P", "-t", "-n", "-v", "-x", "--line-numbers",
  "-p", "-s", "-d", "-i", "-o", "-j", "-g", "-m", "!", "-f", "-w", "-c", "--append", "--delete", "--jump", "--protocol",
  "INPUT", "FORWARD", "OUTPUT", "PREROUTING", "POSTROUTING", "DOCKER-USER", "X", "filter", "nat", "mangle", "raw", "security",
  "tcp", "udp", "icmp", "all", "ACCEPT", "DROP", "REJECT", "RETURN", "LOG", "MARK", "DNAT", "SNAT", "MASQUERADE", "REDIRECT",
  "conntrack", "state", "multiport", "comment", "limit", "--dport", "--sport", "--dports", "--ctstate", "--state", "NEW,ESTABLISHED",
  "--to-destination", "--to-source", "--to-ports", "--reject-with", "tcp-reset", "--log-prefix", "--set-mark", "--comment",
  "--limit", "1/s", "10.0.0.1", "10.0.0.0/8", "1.2.3.4/255.255.0.0", "eth0", "veth+", "80", "1:1024", "8080", "10.0.0.2:80", "0x1",
  "1", "0", "-1", "99", "x",
);
const argv = fc.array(fc.oneof({ weight: 9, arbitrary: word }, { weight: 1, arbitrary: fc.string({ maxLength: 5 }) }), { minLength: 0, maxLength: 9 });

describe("iptables under random argv", () => {
  it("answers 10,000 argv vectors without an exception, and a failed command changes nothing", () => {
    for (const backend of ["nf_tables", "legacy"] as const) {
      const lab = newLab(backend);
      // The world as JSON while nothing has changed it since: most vectors fail and leave it as it
      // was, so the next one starts from the same text without printing the world again.
      let unchanged: string | undefined;
      fc.assert(
        fc.property(argv, (args) => {
          const before = unchanged ?? JSON.stringify(lab.world);
          unchanged = undefined;
          const r = lab.run(["iptables", ...args]);
          expect(Number.isInteger(r.exitCode)).toBe(true);
          expect(r.stderr).not.toMatch(/internal error/);
          if (r.exitCode !== 0) {
            expect(JSON.stringify(lab.world)).toBe(before);
            unchanged = before;
          }
        }),
        { numRuns: 5_000, seed: 3 },
      );
    }
  }, 120_000);
});
