/**
 * The world as data: every namespace, link, address, route, sysctl, rule and
 * file of the lab. A World is plain JSON (no classes, no Maps), so it can be
 * cloned with structuredClone, saved in a snapshot and compared.
 */
import type { Clock } from "./clock.js";
import type { RandomState } from "./random.js";
import type { NetfilterState } from "../netfilter/types.js";
import type { FileTree } from "../fs/types.js";
import type { DockerState } from "../docker/types.js";
import type { ConntrackTable } from "../conntrack/types.js";
import type { Socket } from "../path/sockets.js";
import type { KernelState } from "../trace/kernel-log.js";
import type { MonitorState } from "../trace/monitor.js";

/** Bumped whenever the shape of World changes; snapshots carry it. */
export const WORLD_VERSION = 1;

export type IptablesBackend = "nf_tables" | "legacy";

export interface World {
  readonly version: number;
  clock: Clock;
  random: RandomState;
  /** Which iptables the lab host has: iptables-nft (Debian 12's default) or iptables-legacy. */
  backend: IptablesBackend;
  /** Network namespaces by id. The lab host's own namespace has id "lab". */
  namespaces: Record<string, NetNamespace>;
  /** The lab host's filesystem (/proc/sys is not stored here: it is the sysctls). */
  files: FileTree;
  /** Background jobs and the processes of the lab shell. */
  processes: ProcessTable;
  /** Kernel modules loaded beyond the built-in ones ("br_netfilter" adds net.bridge.* sysctls). */
  modules?: string[];
  /** The kernel's link watch: carrier changes waiting to update operstates (engine/net/linkwatch.ts). */
  linkwatch?: LinkWatch;
  /** The Docker Engine of the lab host, once it has been started (engine/docker). */
  docker?: DockerState;
  /** The lab host kernel's log ring buffer and boot time (engine/trace/kernel-log.ts). */
  kernel?: KernelState;
}

export interface LinkWatch {
  /** Before this time only urgent events are handled (one full run a second). */
  nextEventMs: number;
  /** When the queued work runs, if it is queued. */
  dueMs?: number;
  pending: { ns: string; ifindex: number }[];
}

/**
 * What a namespace is to the lab: the lab host itself, a namespace made with
 * `ip netns add`, a container's, or another machine (a client on the internet).
 */
export type NamespaceKind = "host" | "netns" | "container" | "remote";

export interface NetNamespace {
  id: string;
  kind: NamespaceKind;
  hostname: string;
  /** Links in ifindex order. */
  links: Link[];
  nextIfindex: number;
  routes: Route[];
  /** Keys as sysctl names them: "net.ipv4.ip_forward" -> "0". */
  sysctl: Record<string, string>;
  netfilter: NetfilterState;
  /** The name under /run/netns (`ip netns add NAME`), when the namespace has one. */
  netnsName?: string;
  /** For a container's namespace: the container's name (`web`), which scenarios and goals use. */
  containerName?: string;
  /** The ids this namespace gives others (peernet2id), by namespace id: `link-netnsid 0`. */
  nsids?: Record<string, number>;
  /** The neighbour (ARP) table. */
  neigh?: Neighbour[];
  /** A counter for ordering events within the namespace (see Link.inet6Ready). */
  seq?: number;
  /** Connection tracking entries (engine/conntrack), once a packet was tracked here. */
  conntrack?: ConntrackTable;
  /** Listening and connected sockets (engine/path/sockets.ts). */
  sockets?: Socket[];
  /** Trace and conntrack events for monitors (engine/trace/monitor.ts). */
  monitor?: MonitorState;
  /** Per-destination rate-limit buckets of ICMP errors (inet_peer rate_tokens; engine/path/icmp-ratelimit.ts). */
  inetPeers?: Record<string, { tokensMs: number; lastMs: number }>;
}

export type LinkKind = "loopback" | "ether" | "veth" | "bridge" | "dummy";

export interface Link {
  ifindex: number;
  name: string;
  kind: LinkKind;
  mac: string;
  mtu: number;
  /** Administratively up (`ip link set X up`). */
  up: boolean;
  /** The bridge this link is enslaved to. */
  master?: string;
  /** The other end of a veth pair. */
  peer?: { ns: string; ifindex: number };
  /** IPv4 addresses, in the kernel's order (primaries, then secondaries). */
  addrs: IfAddr[];
  /** IPv6 addresses (::1, link-local fe80::/64 from the MAC). */
  inet6?: Inet6Addr[];
  /** netif_carrier_ok (LOWER_UP). @default true */
  carrier?: boolean;
  /**
   * The RFC 2863 state the kernel last computed (dev->operstate), in the link
   * watch that follows carrier changes — up to a second late for a bridge.
   * A link that never had a carrier change stays UNKNOWN. @default "UNKNOWN"
   */
  operstate?: Operstate;
  /** Its transmit queues run the real qdisc (dev_activate), not noop. */
  qdiscActive?: boolean;
  /** The qdisc `ip link` shows: "noop" until the link is first brought up. @default "noqueue" */
  qdisc?: string;
  /** @default 1000 */
  txqlen?: number;
  /** The MAC was set by the user (NET_ADDR_SET): a bridge then keeps it. */
  macSet?: boolean;
  /** The MTU was set by the user: a bridge then stops following its ports'. */
  mtuSet?: boolean;
  /**
   * Set when IPv6 configured the link since it last came up (the kernel's
   * IF_READY): the namespace's event sequence number at that moment, which
   * orders its fe80::/64 and ff00::/8 routes among other links'.
   */
  inet6Ready?: number;
  /** Bridge port state, while `master` is a bridge. */
  brport?: BridgePort;
  /** A bridge's own id address (bridge_id): zero until it takes a port's MAC or is given one. */
  bridgeId?: string;
  /** Packet counters (`ip -s link`); absent means all zero. */
  stats?: LinkStats;
}

export interface LinkStats {
  rxPackets: number;
  rxBytes: number;
  rxDropped: number;
  txPackets: number;
  txBytes: number;
  txDropped: number;
}

export type Operstate = "UNKNOWN" | "NOTPRESENT" | "DOWN" | "LOWERLAYERDOWN" | "TESTING" | "DORMANT" | "UP";

export type BridgePortState = "disabled" | "listening" | "learning" | "forwarding" | "blocking";

export interface BridgePort {
  state: BridgePortState;
  /** 1, 2, ... in the order ports joined (lowest free). */
  portNo: number;
  /** @default 32 */
  priority: number;
  /** @default 2 for veth (10 Gb/s), 100 otherwise */
  cost: number;
}

export interface Inet6Addr {
  /** Compressed form: "fe80::1c02:4fff:fe05:a166". */
  address: string;
  prefixLen: number;
  scope: "host" | "link" | "global";
  /** Duplicate address detection runs until this world time; the address is "tentative" before. */
  dadUntilMs?: number;
  /** No prefix route for it (`noprefixroute`). */
  noprefixroute?: boolean;
  /** Added with `nodad`: never tentative. */
  nodad?: boolean;
  /** When it was added (the namespace's event sequence), ordering its prefix route among others. */
  seq?: number;
}

/** An entry of the neighbour table (`ip neigh`). */
export interface Neighbour {
  /** Dotted quad. */
  dst: string;
  dev: string;
  lladdr?: string;
  state: "PERMANENT" | "NOARP" | "REACHABLE" | "STALE" | "DELAY" | "PROBE" | "FAILED" | "INCOMPLETE";
  router?: boolean;
  /** World time of the last confirmation, for REACHABLE going STALE. */
  updatedMs?: number;
}

export interface IfAddr {
  family: 4;
  /** Dotted quad. */
  address: string;
  prefixLen: number;
  broadcast?: string;
  scope: "host" | "link" | "global";
  /** Another address of the same subnet came first (IFA_F_SECONDARY). */
  secondary?: boolean;
  /** The label when it is not the link's name ("eth0:1"). */
  label?: string;
  /** The metric of its prefix route (`ip addr add ... metric N`). */
  metric?: number;
  /** No prefix route (`noprefixroute`). */
  noprefixroute?: boolean;
}

export interface Route {
  /** "default" or a network in CIDR form ("10.0.0.0/24"). */
  dst: string;
  via?: string;
  dev: string;
  /** The routing protocol's name from /etc/iproute2/rt_protos ("kernel", "static", "dhcp", "openr", "99"); absent is "boot". */
  proto?: string;
  scope?: "host" | "link" | "global";
  src?: string;
  metric?: number;
  /** The routing table: absent for main (254), 255 for local. */
  table?: number;
  /** @default "unicast" */
  type?: RouteType;
  /** The gateway is on the link even if no route says so (`onlink`). */
  onlink?: boolean;
}

export type RouteType = "unicast" | "local" | "broadcast" | "blackhole" | "unreachable" | "prohibit";

export interface ProcessTable {
  nextPid: number;
  jobs: Job[];
}

export type JobState = "Running" | "Done" | "Terminated" | "Exit";

export interface Job {
  id: number;
  pid: number;
  /** The command line as typed, without the trailing `&`. */
  command: string;
  state: JobState;
  exitCode: number;
  /** World time at which a timed job (one that only sleeps) finishes. */
  endsAtMs: number;
  /** Whether the user has been told it finished. */
  reported: boolean;
  /** What keeps it running regardless of time ("listening on tcp 0.0.0.0:8080"); cleared when that ends. */
  blockedOn?: string;
  /** What the job printed since the shell last showed it (a monitor's events). */
  output?: string;
}
