/**
 * Round trip of every recorded rule spec (fixtures/rule-specs.txt): the lab
 * adds it, prints -S, -L and -L -n -v, checks and deletes it exactly as the
 * real iptables 1.8.9 did (fixtures/rules.<backend>.json, recorded with
 * fixtures/record.py).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { newLab, type Backend } from "./lab.js";

interface Recorded {
  table: string;
  chain: string;
  args: string[];
  add: { rc: number; out: string; err: string };
  S?: string;
  L?: string;
  Ln?: string;
  C?: number;
  D?: { rc: number; out: string; err: string };
}

/** The recording machine's /etc/hosts: localhost has no ::1 line there, so `-s localhost` is one rule. */
const RECORDING_HOSTS = "127.0.0.1 localhost\n127.0.0.1 runsc\n127.0.0.1 vm\n";

/** Modules the lab does not have yet: their records are kept, the round trip is skipped. */
const NOT_YET = /^$/;

const BUILTIN = new Set(["PREROUTING", "INPUT", "FORWARD", "OUTPUT", "POSTROUTING"]);

for (const backend of ["nf_tables", "legacy"] as Backend[]) {
  const records = JSON.parse(readFileSync(new URL(`./fixtures/rules.${backend}.json`, import.meta.url), "utf8")) as Recorded[];
  describe(`rule specs, ${backend}`, () => {
    for (const r of records) {
      const name = `${r.table} ${r.chain} ${r.args.join(" ")}`;
      (NOT_YET.test(name) ? it.skip : it)(name, () => {
        const lab = newLab(backend);
        lab.fs.writeFile("/etc/hosts", RECORDING_HOSTS);
        const t = ["-t", r.table];
        if (!BUILTIN.has(r.chain)) lab.run(["iptables", ...t, "-N", r.chain]);
        const add = lab.run(["iptables", ...t, "-A", r.chain, ...r.args]);
        expect({ rc: add.exitCode, out: add.stdout, err: add.stderr }).toEqual(r.add);
        if (r.add.rc !== 0) return;
        expect(lab.run(["iptables", ...t, "-S", r.chain]).stdout).toBe(r.S);
        expect(lab.run(["iptables", ...t, "-L", r.chain]).stdout).toBe(r.L);
        expect(lab.run(["iptables", ...t, "-L", r.chain, "-n", "-v"]).stdout).toBe(r.Ln);
        expect(lab.run(["iptables", ...t, "-C", r.chain, ...r.args]).exitCode).toBe(r.C);
        const del = lab.run(["iptables", ...t, "-D", r.chain, ...r.args]);
        expect({ rc: del.exitCode, out: del.stdout, err: del.stderr }).toEqual(r.D);
      });
    }
  });
}
