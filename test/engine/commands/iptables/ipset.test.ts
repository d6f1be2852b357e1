/**
 * ipset against the real ipset 7.17: every line of fixtures/ipset-script.txt
 * was run in a fresh network namespace (fixtures/record-ipset.py) and the lab
 * must print the same, byte for byte. Sets are created with an explicit
 * initval, so the hash sets list their members in the same bucket order.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { newLab } from "./lab.js";

interface Recorded {
  line: string;
  rc: number;
  out: string;
  err: string;
}

/** Shell words of a recorded line (double quotes only, as the script uses). */
function words(cmd: string): string[] {
  const out: string[] = [];
  const re = /"([^"]*)"|(\S+)/g;
  for (let m = re.exec(cmd); m; m = re.exec(cmd)) out.push(m[1] ?? m[2]!);
  return out;
}

const records = JSON.parse(readFileSync(new URL("./fixtures/ipset.json", import.meta.url), "utf8")) as Recorded[];

describe("ipset, as recorded", () => {
  const lab = newLab("nf_tables");
  lab.fs.writeFile("/etc/hosts", "127.0.0.1 localhost\n");
  records.forEach((r, i) => {
    it(`${i + 1}: ${r.line}`, () => {
      const [cmd, stdin] = r.line.includes(" <<< ") ? r.line.split(" <<< ") : [r.line, ""];
      const res = lab.run(words(cmd!), stdin!.replace(/\\n/g, "\n"));
      // Sets made without an initval get a random one, on both sides.
      const norm = (s: string): string => s.replace(/initval 0x[0-9a-f]{8}/g, (m) => (/initval 0x(bb675f24|9051624d|f1e2391c|5ea553b4|ef260155|12345678|0badcafe|01020304|7544456b|11111111|e8741ddb|00000001|00000002|00000003|00000004|00000005)/.test(m) ? m : "initval RANDOM"));
      expect({ rc: res.exitCode, out: norm(res.stdout), err: res.stderr }).toEqual({ rc: r.rc, out: norm(r.out), err: r.err });
    });
  });
});
