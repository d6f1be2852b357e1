/**
 * Large outputs take shortcuts through the shell: iptables-save hands a
 * terminal its text in parts, and a tool's stdout sent to /dev/null is
 * dropped without being assembled. Neither may change what is seen.
 */
import { describe, expect, it } from "vitest";
import { labShell } from "../../support/lab-shell.js";

const RULES = ["*filter", ...Array.from({ length: 2000 }, (_, i) => `-A INPUT -s 10.0.${i >> 8}.${i & 255} -m comment --comment "rule ${i}" -j ACCEPT`), "COMMIT", ""].join("\n");

/** A shell whose filter table holds 2,000 rules. */
async function withRules() {
  const lab = labShell();
  lab.world.files["/tmp/rules"] = { type: "file", content: RULES, mode: 0o644, mtimeMs: lab.world.clock.nowMs };
  await lab.run("iptables-restore < /tmp/rules");
  return lab;
}

describe("large outputs", () => {
  it("iptables-save on the terminal prints the same text as into a file", async () => {
    const { run } = await withRules();
    const shown = await run("iptables-save");
    await run("iptables-save > /tmp/saved");
    const filed = await run("cat /tmp/saved");
    expect(shown.stdout.split("\n").length).toBeGreaterThan(2000);
    expect(shown.stdout).toBe(filed.stdout);
    expect(shown.stdout).toContain('-A INPUT -s 10.0.7.207/32 -m comment --comment "rule 1999" -j ACCEPT\n');
  });

  it("stdout sent to /dev/null is gone, stderr and the status stay", async () => {
    const { run } = await withRules();
    const quiet = await run("iptables -nL >/dev/null; echo $?");
    expect(quiet.both).toBe("0\n");
    const missing = await run("iptables -nL NOPE >/dev/null; echo $?");
    expect(missing.stderr).toBe("iptables v1.8.9 (nf_tables): chain `NOPE' in table `filter' is incompatible, use 'nft' tool.\n");
    expect(missing.stdout).toBe("1\n");
  });

  it("only the last redirection of stdout decides where it goes", async () => {
    const { run } = labShell();
    await run("iptables -N X");
    const listing = "Chain X (0 references)\ntarget     prot opt source               destination         \n";
    expect((await run("iptables -nL X >/dev/null >/tmp/o; cat /tmp/o")).stdout).toBe(listing);
    expect((await run("iptables -nL X >/dev/null 1>&2")).stderr).toBe(listing);
    expect((await run("iptables -nL X &>/dev/null")).both).toBe("");
    expect((await run("iptables -nL X >&/dev/null")).both).toBe("");
    expect((await run("iptables -nL X 2>/dev/null")).stdout).toBe(listing);
  });
});
