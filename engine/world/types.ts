/**
 * The world as data: every namespace, link, address, route, sysctl, rule and
 * file of the lab. A World is plain JSON (no classes, no Maps), so it can be
 * cloned with structuredClone, saved in a snapshot and compared.
 */
import type { Clock } from "./clock.js";
import type { RandomState } from "./random.js";
import type { NetfilterState } from "../netfilter/types.js";
import type { FileTree } from "../fs/types.js";

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
  addrs: IfAddr[];
}

export interface IfAddr {
  family: 4;
  /** Dotted quad. */
  address: string;
  prefixLen: number;
  broadcast?: string;
  scope: "host" | "link" | "global";
}

export interface Route {
  /** "default" or a network in CIDR form ("10.0.0.0/24"). */
  dst: string;
  via?: string;
  dev: string;
  proto?: "kernel" | "boot" | "static" | "dhcp";
  scope?: "host" | "link" | "global";
  src?: string;
  metric?: number;
}

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
}
