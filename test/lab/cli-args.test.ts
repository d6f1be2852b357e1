import { describe, expect, test } from "vitest";
import { parseCli } from "../../lab/cli/args.js";

describe("command line", () => {
  test("plain-nflab-plays-the-default-scenario-and-play-takes-one", () => {
    expect(parseCli([])).toEqual({ kind: "play" });
    expect(parseCli(["play", "docker/expose-to-one-ip"])).toEqual({ kind: "play", scenario: "docker/expose-to-one-ip" });
    expect(parseCli(["--backend", "legacy"])).toEqual({ kind: "play", backend: "legacy" });
    expect(parseCli(["play", "a", "b"]).kind).toBe("error");
  });

  test("sandbox-is-the-free-lab", () => {
    expect(parseCli(["sandbox"])).toEqual({ kind: "sandbox", backend: "nf_tables" });
    expect(parseCli(["sandbox", "--backend=legacy"])).toEqual({ kind: "sandbox", backend: "legacy" });
    expect(parseCli(["sandbox", "x"]).kind).toBe("error");
  });

  test("check-takes-a-scenario-a-script-and-json", () => {
    expect(parseCli(["check", "guard-port", "--script", "fix.sh"])).toEqual({ kind: "check", scenario: "guard-port", script: "fix.sh", json: false });
    expect(parseCli(["check", "--json", "--script=fix.sh", "guard-port"])).toEqual({ kind: "check", scenario: "guard-port", script: "fix.sh", json: true });
  });

  test("check-usage-errors-say-what-is-missing", () => {
    expect(parseCli(["check", "guard-port"])).toEqual({ kind: "error", message: "check needs the commands to run: nflab check SCENARIO --script FILE [--json]" });
    expect(parseCli(["check", "--script", "f"])).toEqual({ kind: "error", message: "check takes one scenario: nflab check SCENARIO --script FILE [--json]" });
    expect(parseCli(["check", "s", "--script"])).toEqual({ kind: "error", message: "check: --script needs a file" });
    expect(parseCli(["check", "s", "--script", "f", "--frob"])).toEqual({ kind: "error", message: "check: --frob: invalid option" });
  });
});
