import { describe, expect, it } from "vitest";
import { labShell } from "../../../support/lab-shell.js";

describe("hostname", () => {
  it("names-the-host-and-its-addresses", async () => {
    const { run } = labShell();
    expect((await run("hostname")).stdout).toBe("lab\n");
    expect((await run("hostname -I")).stdout).toBe("10.0.2.15 \n");
    expect((await run("hostname -i")).stdout).toBe("10.0.2.15\n");
  });

  it("sets-a-new-name-for-the-host-and-its-ip-netns-namespaces", async () => {
    const { run, world } = labShell();
    await run("ip netns add red");
    await run("hostname box1");
    expect((await run("hostname")).stdout).toBe("box1\n");
    expect(world.namespaces["red"]!.hostname).toBe("box1");
    expect(await run("hostname 'bad name'")).toMatchObject({ stderr: "hostname: the specified hostname is invalid\n", exitCode: 1 });
  });
});
