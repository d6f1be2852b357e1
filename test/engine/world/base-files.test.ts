/**
 * The lab host's base files are Debian 12's, and the tools resolve names
 * through them as glibc does (getpwnam, getnetbyname after the host names).
 */
import { describe, expect, it } from "vitest";
import { labShell } from "../../support/lab-shell.js";

describe("the lab host's base files", () => {
  it("has Debian 12's accounts, networks and release files", async () => {
    const { run } = labShell();
    const r = await run("grep -c : /etc/passwd; grep ^nobody: /etc/passwd; grep ^nogroup: /etc/group; cat /etc/networks; . /etc/os-release; echo $PRETTY_NAME");
    expect(r.stdout).toBe(
      "18\nnobody:x:65534:65534:nobody:/nonexistent:/usr/sbin/nologin\nnogroup:x:65534:\ndefault\t\t0.0.0.0\nloopback\t127.0.0.0\nlink-local\t169.254.0.0\n\nDebian GNU/Linux 12 (bookworm)\n",
    );
  });

  it("resolves users from /etc/passwd and networks from /etc/networks, as iptables 1.8.9 does", async () => {
    // Recorded from the real iptables 1.8.9 (nf_tables) in a fresh namespace on Debian 12.
    const { run } = labShell();
    const r = await run("iptables -A INPUT -s loopback -j DROP; iptables -A OUTPUT -m owner --uid-owner www-data -j ACCEPT; iptables -S; iptables -L INPUT");
    expect(r.stdout).toBe(
      "-P INPUT ACCEPT\n-P FORWARD ACCEPT\n-P OUTPUT ACCEPT\n-A INPUT -s 127.0.0.0/32 -j DROP\n-A OUTPUT -m owner --uid-owner 33 -j ACCEPT\n" +
        "Chain INPUT (policy ACCEPT)\ntarget     prot opt source               destination         \nDROP       all  --  loopback             anywhere            \n",
    );
    await run("echo 'dmz 10.20' >> /etc/networks; sed -i 's/^www-data:x:33:/www-data:x:3333:/' /etc/passwd");
    const edited = await run("iptables -A INPUT -d dmz; iptables -A OUTPUT -m owner --uid-owner www-data; iptables -S | tail -n 2");
    expect(edited.stdout).toBe("-A OUTPUT -m owner --uid-owner 33 -j ACCEPT\n-A OUTPUT -m owner --uid-owner 3333\n");
    expect((await run("iptables -S INPUT")).stdout).toContain("-A INPUT -d 10.20.0.0/32\n");
  });
});
