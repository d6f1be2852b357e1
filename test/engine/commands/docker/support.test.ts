import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect, it } from "vitest";
import { dockerSupportMatrix } from "../../../../engine/commands/docker/support.js";

const FILE = join(import.meta.dirname, "..", "..", "..", "..", "docs", "support", "docker.md");

it("support-matrix-in-docs-is-current", () => {
  const text = dockerSupportMatrix();
  if (process.env["UPDATE_SUPPORT"] === "1" || !existsSync(FILE)) {
    mkdirSync(join(FILE, ".."), { recursive: true });
    writeFileSync(FILE, text);
  }
  expect(readFileSync(FILE, "utf8")).toBe(text);
});
