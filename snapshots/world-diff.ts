/**
 * Where two worlds differ: the paths of the first few values that are not
 * the same ("namespaces.lab.netfilter.nft.filter.chains[3].rules"), found by
 * walking both as JSON. A world that went through a file and one that did
 * not compare equal when they hold the same data.
 */
import { canonicalJson } from "./canonical-json.js";

export function worldDifferences(expected: unknown, actual: unknown, limit = 5): string[] {
  const found: string[] = [];
  walk(JSON.parse(JSON.stringify(expected ?? null)), JSON.parse(JSON.stringify(actual ?? null)), "", found, limit);
  return found;
}

function walk(a: unknown, b: unknown, path: string, found: string[], limit: number): void {
  if (found.length >= limit) return;
  if (isRecord(a) && isRecord(b)) {
    for (const key of [...new Set([...Object.keys(a), ...Object.keys(b)])].sort()) {
      walk(a[key], b[key], path ? `${path}.${key}` : key, found, limit);
    }
    return;
  }
  if (Array.isArray(a) && Array.isArray(b) && a.length === b.length) {
    a.forEach((item, i) => walk(item, b[i], `${path}[${i}]`, found, limit));
    return;
  }
  if (canonicalJson(a) !== canonicalJson(b)) found.push(path || "(the whole world)");
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}
