/**
 * The real iptables-nft, measured the same way in a throwaway network
 * namespace (`unshare -n`): nothing touches this machine's own rules. Needs
 * root and iptables; without them the benchmark reports the lab alone.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function realAvailable(): string | undefined {
  if (process.getuid?.() !== 0) return "not root";
  const probe = spawnSync("unshare", ["-n", "iptables-nft", "-V"], { encoding: "utf8" });
  if (probe.status !== 0) return "iptables-nft or unshare -n is not available";
  return undefined;
}

/** Wall-clock and CPU (user + system, the kernel's netlink work included) milliseconds of one step. */
export interface StepTime {
  ms: number;
  cpuMs: number;
}

export interface RealTimings {
  restore: StepTime;
  save: StepTime;
  list: StepTime;
  saveBytes: number;
}

/** Restores the rules, then saves and lists them, timing each step inside one namespace. */
export function realTimings(rules: string): RealTimings {
  const file = join(tmpdir(), `nflab-bench-${process.pid}.rules`);
  writeFileSync(file, rules);
  // bash's `time` prints the step's real, user and system seconds.
  const script = `
TIMEFORMAT='%3R %3U %3S'
{ time iptables-nft-restore < ${file} 2>/dev/null; } 2>&1
{ time iptables-nft-save -t nat > /dev/null 2>&1; } 2>&1
{ time iptables-nft -t nat -nL > /dev/null 2>&1; } 2>&1
iptables-nft-save -t nat | wc -c
`;
  let out: string;
  try {
    out = execFileSync("unshare", ["-n", "bash", "-c", script], { encoding: "utf8", maxBuffer: 1 << 28 });
  } finally {
    unlinkSync(file);
  }
  const lines = out.trim().split("\n");
  const step = (line: string | undefined): StepTime => {
    const [real, user, sys] = (line ?? "").trim().split(/\s+/).map(Number) as [number, number, number];
    return { ms: real * 1000, cpuMs: (user + sys) * 1000 };
  };
  return { restore: step(lines[0]), save: step(lines[1]), list: step(lines[2]), saveBytes: Number(lines[3]) };
}
