/**
 * The "(N references)" -L prints under a user chain. iptables-restore hands
 * the counts its COMMIT check made to the table; every later change must
 * still show in them, whichever way it changes the rule lists.
 */
import { describe, expect, it } from "vitest";
import { newLab, type Backend } from "./lab.js";

const RULES = [
  "*filter",
  ":A - [0:0]",
  ":B - [0:0]",
  ":C - [0:0]",
  "-A INPUT -j A",
  "-A INPUT -p tcp -j A",
  "-A FORWARD -g B",
  "-A A -j B",
  "-A A -j RETURN",
  "COMMIT",
  "",
].join("\n");

/** Each user chain's reference count as `iptables -L` prints it. */
function references(lab: ReturnType<typeof newLab>): Record<string, number> {
  const out = lab.run(["iptables", "-L", "-n"]).stdout;
  const counts: Record<string, number> = {};
  for (const m of out.matchAll(/^Chain (\S+) \((\d+) references\)$/gm)) counts[m[1]!] = Number(m[2]);
  return counts;
}

describe.each<Backend>(["nf_tables", "legacy"])("chain references on %s", (backend) => {
  const restored = () => {
    const lab = newLab(backend);
    expect(lab.run(["iptables-restore"], RULES).exitCode).toBe(0);
    return lab;
  };

  it("are counted by the restore", () => {
    expect(references(restored())).toEqual({ A: 2, B: 2, C: 0 });
  });

  it("follow a rule replaced in place (-R)", () => {
    const lab = restored();
    expect(lab.run(["iptables", "-R", "INPUT", "1", "-j", "C"]).exitCode).toBe(0);
    expect(references(lab)).toEqual({ A: 1, B: 2, C: 1 });
  });

  it("follow a delete and an append that leave a list as long as before", () => {
    const lab = restored();
    expect(lab.run(["iptables", "-D", "A", "1"]).exitCode).toBe(0);
    expect(lab.run(["iptables", "-A", "A", "-j", "C"]).exitCode).toBe(0);
    expect(references(lab)).toEqual({ A: 2, B: 1, C: 1 });
  });

  it("follow an insert, a rename and a flush", () => {
    const lab = restored();
    expect(lab.run(["iptables", "-I", "FORWARD", "-j", "C"]).exitCode).toBe(0);
    expect(references(lab)).toEqual({ A: 2, B: 2, C: 1 });
    expect(lab.run(["iptables", "-E", "B", "D"]).exitCode).toBe(0);
    expect(references(lab)).toEqual({ A: 2, D: 2, C: 1 });
    expect(lab.run(["iptables", "-F", "A"]).exitCode).toBe(0);
    expect(references(lab)).toEqual({ A: 2, D: 1, C: 1 });
  });

  it("are the same after a noflush restore and a second restore", () => {
    const lab = restored();
    const more = "*filter\n:E - [0:0]\n-A OUTPUT -j E\n-A E -j A\nCOMMIT\n";
    expect(lab.run(["iptables-restore", "--noflush"], more).exitCode).toBe(0);
    expect(references(lab)).toEqual({ A: 3, B: 2, C: 0, E: 1 });
    expect(lab.run(["iptables-restore"], RULES).exitCode).toBe(0);
    expect(references(lab)).toEqual({ A: 2, B: 2, C: 0 });
  });
});

describe("chain references inside one legacy restore", () => {
  it("follow a rule the restore replaces after listing it (recorded with iptables-legacy-restore 1.8.9)", () => {
    const lab = newLab("legacy");
    const r = lab.run(["iptables-restore"], "*filter\n:A - [0:0]\n-A INPUT -j A\n-L -n\n-R INPUT 1 -j ACCEPT\n-L -n\nCOMMIT\n");
    expect(r.exitCode).toBe(0);
    expect([...r.stdout.matchAll(/^Chain A \((\d+) references\)$/gm)].map((m) => m[1])).toEqual(["1", "0"]);
  });
});
