import { describe, expect, it } from "vitest";
import { tabwrite, dockerTable } from "../../../../engine/commands/docker/tabwriter.js";
import { humanDuration, humanSize, rfc3339Nano } from "../../../../engine/commands/docker/human.js";
import { execTemplate } from "../../../../engine/commands/docker/template.js";
import { goJson } from "../../../../engine/commands/docker/go-json.js";
import { parseFlags } from "../../../../engine/commands/docker/flags.js";
import { parsePortSpec } from "../../../../engine/docker/port-spec.js";
import { displayablePorts } from "../../../../engine/commands/docker/ps.js";

describe("Go's tabwriter", () => {
  it("columns-are-blocks-of-consecutive-lines", () => {
    expect(tabwrite("a\tb\nlonger\tc\nno tabs here\nx\ty\n", { minwidth: 0, padding: 1 })).toBe("a      b\nlonger c\nno tabs here\nx y\n");
  });
  it("docker-tables-have-min-width-10-and-padding-3", () => {
    expect(dockerTable([["NETWORK ID", "NAME", "DRIVER", "SCOPE"], ["17e324f45964", "bridge", "bridge", "local"]])).toBe(
      "NETWORK ID     NAME      DRIVER    SCOPE\n17e324f45964   bridge    bridge    local\n",
    );
  });
});

describe("go-units and Go formats", () => {
  it("human-duration", () => {
    expect([0, 1000, 59_000, 60_000, 119_000, 3_000_000, 3_600_000, 5 * 3_600_000, 3 * 86_400_000, 20 * 86_400_000].map(humanDuration)).toEqual([
      "Less than a second", "1 second", "59 seconds", "About a minute", "About a minute", "50 minutes", "About an hour", "5 hours", "3 days", "2 weeks",
    ]);
  });
  it("human-size-and-rfc3339nano", () => {
    expect([humanSize(191_951_155), humanSize(4_269_312), humanSize(6_597_880), humanSize(999)]).toEqual(["192MB", "4.27MB", "6.6MB", "999B"]);
    expect(rfc3339Nano(Date.UTC(2024, 0, 1, 0, 0, 0, 120), 4500)).toBe("2024-01-01T00:00:00.1200045Z");
  });
  it("json-indent-keeps-empty-objects-compact-and-escapes-html", () => {
    expect(goJson({ a: {}, b: [], c: "<x&y>", d: null })).toBe('{\n    "a": {},\n    "b": [],\n    "c": "\\u003cx\\u0026y\\u003e",\n    "d": null\n}');
  });
  it("templates", () => {
    const data = { Name: "web", Nets: { b: { IP: "2" }, a: { IP: "1" } }, List: ["x", "y"] };
    expect(execTemplate("{{.Name}}:{{range .Nets}}{{.IP}}{{end}}", data)).toBe("web:12");
    expect(execTemplate('{{range $k, $v := .Nets}}{{$k}}={{$v.IP}} {{end}}{{index .Nets "a" "IP"}} {{json .List}}', data)).toBe('a=1 b=2 1 ["x","y"]');
    expect(execTemplate("{{.Missing}}", data)).toBe("<no value>");
  });
});

describe("CLI parsing", () => {
  it("pflag-forms", () => {
    const specs = [{ long: "detach", short: "d", type: "bool" }, { long: "publish", short: "p", type: "list" }, { long: "name", type: "string" }] as const;
    const p = parseFlags(["-dp8080:80", "--name=web", "-p", "53:53/udp", "nginx", "-p", "x"], specs, false);
    expect("error" in p).toBe(false);
    if ("error" in p) return;
    expect([p.values.get("detach"), p.values.get("publish"), p.values.get("name"), p.args]).toEqual([true, ["8080:80", "53:53/udp"], ["web"], ["nginx", "-p", "x"]]);
    expect(parseFlags(["-z"], specs, true)).toEqual({ error: "unknown shorthand flag: 'z' in -z" });
    expect(parseFlags(["--name"], specs, true)).toEqual({ error: "flag needs an argument: --name" });
  });
  it("port-specs", () => {
    expect(parsePortSpec("127.0.0.1:8080:80/udp")).toEqual([{ proto: "udp", containerPort: 80, hostIp: "127.0.0.1", hostPort: 8080, hostPortEnd: 8080 }]);
    expect(parsePortSpec("[::1]:8080:80")).toEqual([{ proto: "tcp", containerPort: 80, hostIp: "::1", hostPort: 8080, hostPortEnd: 8080 }]);
    expect(parsePortSpec("8000-8001:80-81").map((r) => `${r.hostPort}->${r.containerPort}`)).toEqual(["8000->80", "8001->81"]);
    expect(parsePortSpec("8080:http")).toEqual({ error: "invalid containerPort: http" });
  });
  it("displayable-ports-group-ranges-and-list-mappings-last", () => {
    expect(displayablePorts([
      { PrivatePort: 81, Type: "tcp" }, { PrivatePort: 80, Type: "tcp" }, { PrivatePort: 53, Type: "udp" },
      { IP: "0.0.0.0", PrivatePort: 443, PublicPort: 8443, Type: "tcp" },
    ])).toBe("53/udp, 80-81/tcp, 0.0.0.0:8443->443/tcp");
  });
});
