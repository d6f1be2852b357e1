/**
 * engine/ must stay pure: no React, Ink, Node I/O, processes, sockets, real
 * time or Math.random. Its tsconfig has no Node or DOM types; this test also
 * reads every import so that a forbidden one fails even if it type-checks.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { describe, expect, it } from "vitest";

const ENGINE = join(import.meta.dirname, "..", "..", "engine");
const SNAPSHOTS = join(import.meta.dirname, "..", "..", "snapshots");

/** Packages the pure layers may import. */
const ALLOWED_PACKAGES = new Set(["just-bash", "ipaddr.js", "yaml", "zod"]);

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(name) ? [path] : [];
  });
}

function importsOf(source: string): string[] {
  const specifiers: string[] = [];
  for (const m of source.matchAll(/(?:import|export)\s[^'"]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)|^\s*import\s+["']([^"']+)["']/gm)) {
    specifiers.push((m[1] ?? m[2] ?? m[3])!);
  }
  return specifiers;
}

for (const [layer, root] of [["engine", ENGINE], ["snapshots", SNAPSHOTS]] as const) {
  describe(`${layer}/ is pure`, () => {
    const files = (() => {
      try {
        return sourceFiles(root);
      } catch {
        return [];
      }
    })();

    it("imports only its own files and the allowed packages", () => {
      const bad: string[] = [];
      for (const file of files) {
        for (const spec of importsOf(readFileSync(file, "utf8"))) {
          if (spec.startsWith(".")) continue;
          const pkg = spec.startsWith("@") ? spec.split("/").slice(0, 2).join("/") : spec.split("/")[0]!;
          if (!ALLOWED_PACKAGES.has(pkg)) bad.push(`${relative(root, file)} imports ${spec}`);
        }
      }
      expect(bad).toEqual([]);
    });

    it("reads no real time and no Math.random", () => {
      const bad: string[] = [];
      for (const file of files) {
        const text = readFileSync(file, "utf8").replace(/\/\*[\s\S]*?\*\/|\/\/.*$/gm, "");
        if (/Date\.now\(|new Date\(\s*\)|Math\.random|performance\.now|setTimeout|setInterval/.test(text)) bad.push(relative(root, file));
      }
      expect(bad).toEqual([]);
    });
  });
}
