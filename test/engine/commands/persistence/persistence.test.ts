import { describe, expect, it } from "vitest";
import { labShell } from "../../../support/lab-shell.js";

describe("netfilter-persistent", () => {
  it("saves the running rules to /etc/iptables/rules.v4 and names its plugins on stderr, as run-parts does", async () => {
    const { run, world } = labShell();
    await run("iptables -A INPUT -s 192.0.2.1 -j DROP");
    const r = await run("netfilter-persistent save");
    expect(r.stderr).toBe(
      "run-parts: executing /usr/share/netfilter-persistent/plugins.d/15-ip4tables save\n" +
        "run-parts: executing /usr/share/netfilter-persistent/plugins.d/25-ip6tables save\n",
    );
    expect(r.exitCode).toBe(0);
    const saved = world.files["/etc/iptables/rules.v4"];
    expect(saved?.type === "file" && saved.content).toContain("-A INPUT -s 192.0.2.1/32 -j DROP\n");
    expect(saved?.mode).toBe(0o640);
  });

  it("reload puts the saved rules back after they were flushed", async () => {
    const { run } = labShell();
    await run("iptables -A INPUT -p tcp --dport 22 -j ACCEPT; netfilter-persistent save 2>/dev/null; iptables -F");
    expect((await run("iptables -S INPUT")).stdout).toBe("-P INPUT ACCEPT\n");
    await run("netfilter-persistent reload 2>/dev/null");
    expect((await run("iptables -S INPUT")).stdout).toBe("-P INPUT ACCEPT\n-A INPUT -p tcp -m tcp --dport 22 -j ACCEPT\n");
  });

  it("warns when there is nothing to load, and prints its usage for an unknown action", async () => {
    const { run } = labShell();
    expect((await run("netfilter-persistent start 2>/dev/null")).stdout).toBe("Warning: skipping IPv4 (no rules to load)\n");
    const bad = await run("netfilter-persistent bogus");
    expect(bad.stderr).toBe("Usage: /usr/sbin/netfilter-persistent (start|stop|restart|reload|flush|save)\n");
  });

  it("flush sets every policy back to ACCEPT and removes every rule and chain", async () => {
    const { run } = labShell();
    await run("iptables -P FORWARD DROP; iptables -N X; iptables -A X -j DROP; iptables -t nat -A POSTROUTING -j MASQUERADE");
    await run("netfilter-persistent flush 2>/dev/null");
    expect((await run("iptables-save | grep -v '^#'")).stdout).toBe(
      "*filter\n:INPUT ACCEPT [0:0]\n:FORWARD ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\nCOMMIT\n*nat\n:PREROUTING ACCEPT [0:0]\n:INPUT ACCEPT [0:0]\n:OUTPUT ACCEPT [0:0]\n:POSTROUTING ACCEPT [0:0]\nCOMMIT\n",
    );
  });
});

describe("service iptables (the RHEL way)", () => {
  it("saves to /etc/sysconfig/iptables and applies it again", async () => {
    const { run, world } = labShell();
    await run("iptables -A INPUT -s 198.51.100.9 -j REJECT");
    expect((await run("service iptables save")).stdout).toBe("iptables: Saving firewall rules to /etc/sysconfig/iptables: [  OK  ]\n");
    const saved = world.files["/etc/sysconfig/iptables"];
    expect(saved?.type === "file" && saved.content).toContain("-A INPUT -s 198.51.100.9/32 -j REJECT --reject-with icmp-port-unreachable\n");
    await run("iptables -F");
    expect((await run("service iptables restart")).stdout).toBe("iptables: Applying firewall rules: [  OK  ]\n");
    expect((await run("iptables -S INPUT")).stdout).toContain("-A INPUT -s 198.51.100.9/32 -j REJECT");
  });

  it("does not know other services", async () => {
    const { run } = labShell();
    const r = await run("service nginx restart");
    expect(r).toMatchObject({ stderr: "nginx: unrecognized service\n", exitCode: 1 });
  });
});
