import { describe, expect, it } from "vitest";
import { connectFailed, connectTimedOut, succeeded } from "../../../../engine/commands/nc/messages.js";
import { icmpErrno } from "../../../../engine/path/icmp-errno.js";
import { icmpText } from "../../../../engine/commands/ping/icmp-text.js";

/** --reject-with kind -> ICMP code, what nc printed for a SYN, and what ping printed for an echo (recorded). */
const REJECT_KINDS: [string, number, string, string][] = [
  ["icmp-net-unreachable", 0, "Network is unreachable", "Destination Net Unreachable"],
  ["icmp-host-unreachable", 1, "No route to host", "Destination Host Unreachable"],
  ["icmp-proto-unreachable", 2, "Protocol not available", "Destination Protocol Unreachable"],
  ["icmp-port-unreachable", 3, "Connection refused", "Destination Port Unreachable"],
  ["icmp-net-prohibited", 9, "Network is unreachable", "Destination Net Prohibited"],
  ["icmp-host-prohibited", 10, "No route to host", "Destination Host Prohibited"],
  ["icmp-admin-prohibited", 13, "No route to host", "Packet filtered"],
];

describe("what each outcome prints", () => {
  for (const [kind, code, ncText, pingText] of REJECT_KINDS) {
    it(`REJECT --reject-with ${kind}`, () => {
      expect(connectFailed("10.1.0.2", "10.1.0.2", 80, "tcp", icmpErrno(3, code, "tcp").errno as Parameters<typeof connectFailed>[4])).toBe(`nc: connect to 10.1.0.2 port 80 (tcp) failed: ${ncText}\n`);
      expect(icmpText(3, code)).toBe(pingText);
    });
  }

  it("success, a -w timeout and a name", () => {
    expect(succeeded("localhost", "127.0.0.1", 22, "tcp", "ssh")).toBe("Connection to localhost (127.0.0.1) 22 port [tcp/ssh] succeeded!\n");
    expect(succeeded("10.1.0.2", "10.1.0.2", 5356, "udp", undefined)).toBe("Connection to 10.1.0.2 5356 port [udp/*] succeeded!\n");
    expect(connectTimedOut("10.1.0.2", "10.1.0.2", 80, "tcp")).toBe("nc: connect to 10.1.0.2 port 80 (tcp) timed out: Operation now in progress\n");
    expect(connectFailed("10.1.0.2", "10.1.0.2", 80, "tcp", "ETIMEDOUT")).toBe("nc: connect to 10.1.0.2 port 80 (tcp) failed: Connection timed out\n");
    expect(icmpText(11, 0)).toBe("Time to live exceeded");
  });
});
