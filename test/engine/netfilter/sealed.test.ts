/**
 * The packet walk trusts a sealed table (one TableStore stored) to stay as
 * it is: its compiled form is kept while the table is the same object. So
 * no command may change a stored table in place; each must store a new one.
 */
import { describe, expect, it } from "vitest";
import { isSealed } from "../../../engine/netfilter/sealed.js";
import type { Table } from "../../../engine/netfilter/types.js";
import { newLab, type Backend } from "../commands/iptables/lab.js";

const COMMANDS: readonly (readonly string[])[] = [
  ["iptables", "-N", "B"],
  ["iptables", "-A", "A", "-p", "tcp", "--dport", "22", "-j", "ACCEPT"],
  ["iptables", "-I", "INPUT", "1", "-j", "B"],
  ["iptables", "-R", "A", "1", "-p", "udp", "-j", "DROP"],
  ["iptables", "-D", "INPUT", "1"],
  ["iptables", "-Z"],
  ["iptables", "-P", "FORWARD", "DROP"],
  ["iptables", "-E", "B", "C"],
  ["iptables", "-F", "A"],
  ["iptables", "-X", "C"],
];

describe.each<Backend>(["nf_tables", "legacy"])("stored tables on %s", (backend) => {
  it("are sealed and never changed in place by a later command", () => {
    const lab = newLab(backend);
    expect(lab.run(["iptables-restore"], "*filter\n:A - [0:0]\n-A INPUT -j A\n-A A -s 10.0.0.1 -j ACCEPT\nCOMMIT\n").exitCode).toBe(0);
    const tables = lab.world.namespaces["lab"]!.netfilter[backend === "nf_tables" ? "nft" : "legacy"];
    const steps = [...COMMANDS.map((argv) => () => lab.run(argv)), () => lab.run(["iptables-restore", "--noflush"], "*filter\n-A A -j RETURN\nCOMMIT\n")];
    for (const step of steps) {
      const stored = tables.filter as Table;
      expect(isSealed(stored)).toBe(true);
      const before = JSON.stringify(stored);
      expect(step().exitCode).toBe(0);
      expect(JSON.stringify(stored)).toBe(before);
      expect(tables.filter).not.toBe(stored);
    }
  });
});
