/**
 * The real iptables-nft, measured the same way in a throwaway network
 * namespace (`unshare -n`): nothing touches this machine's own rules. Needs
 * root and iptables; without them the benchmark reports the lab alone.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export function realAvailable(): string | undefined {
  if (process.getuid?.() !== 0) return "not root";
  const probe = spawnSync("unshare", ["-n", "iptables-nft", "-V"], { encoding: "utf8" });
  if (probe.status !== 0) return "iptables-nft or unshare -n is not available";
  return undefined;
}

export interface RealTimings {
  restoreMs: number;
  saveMs: number;
  listMs: number;
  saveBytes: number;
}

/** Restores the rules, then saves and lists them, timing each step inside one namespace. */
export function realTimings(rules: string): RealTimings {
  const file = join(tmpdir(), `nflab-bench-${process.pid}.rules`);
  writeFileSync(file, rules);
  const script = `
t() { date +%s%N; }
a=$(t); iptables-nft-restore < ${file}; b=$(t)
iptables-nft-save -t nat > /dev/null; c=$(t)
iptables-nft -t nat -nL > /dev/null; d=$(t)
echo $((b-a)) $((c-b)) $((d-c)) $(iptables-nft-save -t nat | wc -c)
`;
  const out = execFileSync("unshare", ["-n", "bash", "-c", script], { encoding: "utf8", maxBuffer: 1 << 28 });
  const [restore, save, list, bytes] = out.trim().split(/\s+/).map(Number) as [number, number, number, number];
  return { restoreMs: restore / 1e6, saveMs: save / 1e6, listMs: list / 1e6, saveBytes: bytes };
}
