/**
 * The built `nflab` command, run as a user runs it (execa on bin/nflab.js):
 * `nflab sh` behaves like bash for files, -c and stdin, with the last
 * command's status and stdout/stderr interleaved as they were written.
 */
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { execa } from "execa";
import { describe, expect, it } from "vitest";

const NFLAB = join(import.meta.dirname, "..", "..", "bin", "nflab.js");
const nflab = (args: string[], options: { input?: string; all?: boolean } = {}) =>
  execa("node", [NFLAB, ...args], { reject: false, all: true, ...(options.input !== undefined ? { input: options.input } : {}) });

function script(text: string): string {
  const dir = mkdtempSync(join(tmpdir(), "nflab-e2e-"));
  const path = join(dir, "lab.sh");
  writeFileSync(path, text);
  return path;
}

describe("nflab sh", () => {
  it("runs a file and exits with the last command's status", async () => {
    const r = await nflab(["sh", script("echo one\nfalse\n")]);
    expect(r.stdout).toBe("one");
    expect(r.exitCode).toBe(1);
  });

  it("interleaves stdout and stderr as the commands wrote them (2>&1)", async () => {
    const path = script("echo a\necho b >&2\necho c\nnosuch\necho d\n");
    const r = await nflab(["sh", path]);
    expect(r.all).toBe(`a\nb\nc\n${path}: line 4: nosuch: command not found\nd`);
  });

  it("runs -c COMMANDS with positional parameters", async () => {
    const r = await nflab(["sh", "-c", 'echo "$1+$2"; exit 4', "x", "y"]);
    expect(r.stdout).toBe("x+y");
    expect(r.exitCode).toBe(4);
  });

  it("reads commands from stdin", async () => {
    const r = await nflab(["sh"], { input: "cd /etc\npwd\ncat hostname\n" });
    expect(r.stdout).toBe("/etc\nlab");
    expect(r.exitCode).toBe(0);
  });

  it("says so when the script does not exist", async () => {
    const r = await nflab(["sh", "/nonexistent/x.sh"]);
    expect(r.stderr).toBe("nflab sh: /nonexistent/x.sh: No such file or directory");
    expect(r.exitCode).toBe(127);
  });

  it("picks the iptables backend with --backend", async () => {
    const nft = await nflab(["sh", "-c", "iptables -V"]);
    const legacy = await nflab(["sh", "--backend", "legacy", "-c", "iptables -V"]);
    expect(nft.stdout).toBe("iptables v1.8.9 (nf_tables)");
    expect(legacy.stdout).toBe("iptables v1.8.9 (legacy)");
  });

  it("leaves this machine alone: files written in the lab are not on disk", async () => {
    const r = await nflab(["sh", "-c", "echo x > /tmp/nflab-must-not-exist && cat /tmp/nflab-must-not-exist"]);
    expect(r.stdout).toBe("x");
    await expect(import("node:fs").then((fs) => fs.existsSync("/tmp/nflab-must-not-exist"))).resolves.toBe(false);
  });
});

describe("nflab", () => {
  it("--help explains the commands", async () => {
    const r = await nflab(["--help"]);
    expect(r.stdout).toContain("nflab sh -c 'COMMANDS'");
    expect(r.exitCode).toBe(0);
  });

  it("--version prints the package version", async () => {
    const r = await nflab(["--version"]);
    expect(r.stdout).toMatch(/^nflab \d+\.\d+\.\d+$/);
  });

  it("rejects an unknown command with a hint", async () => {
    const r = await nflab(["frob"]);
    expect(r.stderr).toBe(`nflab: unknown command "frob"\nTry 'nflab --help' for more information.`);
    expect(r.exitCode).toBe(2);
  });

  it("refuses to open the lab without a terminal and points to nflab sh", async () => {
    const r = await nflab([], { input: "" });
    expect(r.stderr).toContain("nflab sh");
    expect(r.exitCode).toBe(1);
  });
});
