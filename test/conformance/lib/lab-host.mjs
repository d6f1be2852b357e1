/**
 * The files the recording namespace sees in place of the machine's own, so
 * that names resolve as they do on the lab host (engine/world/defaults.ts).
 * run-in-lab.ts checks that the lab's /etc/hosts is still this text.
 */

/** /etc/hosts of the default lab host (hostname `lab`, eth0 10.0.2.15). */
export const LAB_ETC_HOSTS =
  "127.0.0.1\tlocalhost\n" +
  "10.0.2.15\tlab\n" +
  "\n# The following lines are desirable for IPv6 capable hosts\n" +
  "::1     localhost ip6-localhost ip6-loopback\n" +
  "ff02::1 ip6-allnodes\n" +
  "ff02::2 ip6-allrouters\n";

/** No name server: a name missing from /etc/hosts fails at once, offline. */
export const LAB_RESOLV_CONF = "# nflab conformance recording: no name server\n";
