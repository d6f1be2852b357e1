/**
 * Every match and target module iptables can load. To add one, write
 * matches/<name>.ts or targets/<name>.ts and list it in MATCHES or TARGETS.
 */
import type { MatchModule, TargetModule } from "./extension.js";
import { MATCHES } from "./matches/all.js";
import { TARGETS } from "./targets/all.js";

let matchIndex: Map<string, MatchModule> | undefined;
let targetIndex: Map<string, TargetModule> | undefined;

export function findMatch(name: string): MatchModule | undefined {
  if (!matchIndex) {
    matchIndex = new Map();
    for (const m of MATCHES) {
      matchIndex.set(m.name, m);
      for (const alias of m.aliases ?? []) matchIndex.set(alias, m);
    }
  }
  return matchIndex.get(name);
}

export function findTarget(name: string): TargetModule | undefined {
  if (!targetIndex) targetIndex = new Map(TARGETS.map((t) => [t.name, t]));
  return targetIndex.get(name);
}
