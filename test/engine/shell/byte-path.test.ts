/**
 * How bytes move between the lab's filesystem, just-bash and the lab's
 * commands: files read for `cmd < FILE` and cat, command output written to
 * files and pipes, and iptables' output, which streams to the terminal. The
 * same text arrives whichever way it goes, UTF-8 included.
 */
import { describe, expect, it } from "vitest";
import { labShell } from "../../support/lab-shell.js";

const RULES = [
  "*filter",
  ":INPUT ACCEPT [0:0]",
  ":FORWARD ACCEPT [0:0]",
  ":OUTPUT ACCEPT [0:0]",
  ":WEB - [0:0]",
  '-A INPUT -p tcp -m tcp --dport 80 -m comment --comment "café ☕ web" -j WEB',
  "-A WEB -s 10.0.0.0/8 -j ACCEPT",
  "COMMIT",
  "",
].join("\n");

describe("lab shell: bytes between files, commands and the terminal", () => {
  it("copies a UTF-8 file with cat and redirections unchanged", async () => {
    const { run, world } = labShell();
    world.files["/tmp/utf8"] = { type: "file", content: "héllo ☕ \u{1F600}\n", mode: 0o644, mtimeMs: 0 };
    const r = await run("cat /tmp/utf8 > /tmp/copy; cat < /tmp/copy >> /tmp/copy2; cat /tmp/copy2; wc -c < /tmp/copy; cat /tmp/utf8 | wc -c");
    expect(world.files["/tmp/copy"]).toMatchObject({ content: "héllo ☕ \u{1F600}\n" });
    expect(r.stdout).toBe("héllo ☕ \u{1F600}\n16\n16\n");
  });

  it("restores from a file, a pipe and a here-string alike, UTF-8 comments included", async () => {
    const outputs: string[] = [];
    for (const how of ["iptables-restore < /tmp/rules", "cat /tmp/rules | iptables-restore", 'iptables-restore <<< "$(cat /tmp/rules)"', "iptables-restore /tmp/rules"]) {
      const { run, world } = labShell();
      world.files["/tmp/rules"] = { type: "file", content: RULES, mode: 0o644, mtimeMs: 0 };
      const r = await run(`${how}; echo "rc=$?"; iptables -S INPUT`);
      expect(r.stderr, how).toBe("");
      outputs.push(r.stdout);
    }
    expect(outputs[0]).toBe('rc=0\n-P INPUT ACCEPT\n-A INPUT -p tcp -m tcp --dport 80 -m comment --comment "café ☕ web" -j WEB\n');
    expect(new Set(outputs).size).toBe(1);
  });

  it("prints iptables' output the same to the terminal, into a file and down a pipe", async () => {
    const { run, world } = labShell();
    world.files["/tmp/rules"] = { type: "file", content: RULES, mode: 0o644, mtimeMs: 0 };
    await run("iptables-restore < /tmp/rules");
    const alone = (await run("iptables-save -t filter")).stdout;
    const inList = (await run("true; iptables-save -t filter")).stdout;
    const viaFile = (await run("iptables-save -t filter > /tmp/saved; cat /tmp/saved")).stdout;
    const viaPipe = (await run("iptables-save -t filter | cat")).stdout;
    const bytes = (await run("iptables-save -t filter | wc -c")).stdout;
    expect(alone).toContain('--comment "café ☕ web"');
    expect([inList, viaFile, viaPipe]).toEqual([alone, alone, alone]);
    expect(Number(bytes.trim())).toBe(new TextEncoder().encode(alone).length);
    expect((await run("iptables -nL INPUT")).stdout).toBe((await run("iptables -nL INPUT | cat")).stdout);
  });

  it("keeps stdout and stderr in order and exit codes when iptables streams", async () => {
    const { run } = labShell({ scriptName: "setup.sh" });
    const r = await run("iptables -A INPUT -j NOPE; echo rc=$?; iptables -L NOPE 2>&1; iptables-save -t nat > /dev/null && echo saved");
    expect(r.both).toBe(
      "iptables v1.8.9 (nf_tables): Chain 'NOPE' does not exist\nTry `iptables -h' or 'iptables --help' for more information.\nrc=2\n" +
        "iptables v1.8.9 (nf_tables): chain `NOPE' in table `filter' is incompatible, use 'nft' tool.\nsaved\n",
    );
  });

  it("reports a file that cannot be opened as bash does", async () => {
    const { run } = labShell();
    const r = await run("iptables-restore < /nonexistent; echo rc=$?");
    expect(r.stderr).toBe("bash: /nonexistent: No such file or directory\n");
    expect(r.stdout).toBe("rc=1\n");
  });
});
