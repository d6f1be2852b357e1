import { describe, expect, it } from "vitest";
import { JsonWriter } from "../../../../engine/commands/ip/print/json-writer.js";
import { cformat } from "../../../../engine/commands/ip/print/cformat.js";
import { matches } from "../../../../engine/commands/ip/matches.js";

describe("iproute2's printing helpers", () => {
  it("pretty-json-is-iproute2s-not-json-stringify", () => {
    const w = new JsonWriter(true);
    w.startArray();
    w.startObject();
    w.name("flags");
    w.startArray();
    w.value("UP");
    w.value("LOWER_UP");
    w.endArray();
    w.name("empty");
    w.startArray();
    w.endArray();
    w.endObject();
    w.endArray();
    expect(w.finish()).toBe('[ {\n        "flags": [ "UP","LOWER_UP" ],\n        "empty": [ ]\n    } ]\n');
  });

  it("compact-json-and-nothing-at-all", () => {
    const w = new JsonWriter(false);
    w.startArray();
    w.endArray();
    expect(w.finish()).toBe("[]\n");
    expect(new JsonWriter(false).finish()).toBe("");
  });

  it("printf-formats", () => {
    expect(cformat("%-16s ", "veth0@veth1")).toBe("veth0@veth1      ");
    expect(cformat("%-14s ", "LOWERLAYERDOWN")).toBe("LOWERLAYERDOWN ");
    expect(cformat("port_id %#x ", 0x8001)).toBe("port_id 0x8001 ");
    expect(cformat("%#x", 0)).toBe("0");
    expect(cformat("mtu %u ", 1500)).toBe("mtu 1500 ");
  });

  it("matches-is-a-prefix-match", () => {
    expect(matches("a", "address")).toBe(true);
    expect(matches("addr", "address")).toBe(true);
    expect(matches("", "address")).toBe(false);
    expect(matches("addresses", "address")).toBe(false);
  });
});
