/**
 * The Docker Engine's state as dockerd 27.5 keeps it (libnetwork's networks
 * and endpoints, the daemon's containers), as plain JSON in the world. What
 * the kernel sees of it (links, addresses, routes, iptables rules, sockets)
 * lives in the namespaces like anyone else's; this is only the daemon's book.
 */
import type { MainProcess } from "./process.js";

/** dockerd's options that change what it programs (daemon.json / dockerd flags). */
export interface DaemonOptions {
  /** --iptables. @default true */
  iptables: boolean;
  /** --ip-forward. @default true */
  ipForward: boolean;
  /** --ip-masq. @default true */
  ipMasq: boolean;
  /** --icc (docker0 only). @default true */
  icc: boolean;
  /** --userland-proxy. @default true */
  userlandProxy: boolean;
  /** --ip: the default host address of published ports. @default "0.0.0.0" */
  defaultBindIp: string;
  /** --bip: docker0's address and prefix ("172.17.0.1/16"); absent: the first free default pool. */
  bip?: string;
}

export type NetworkDriver = "bridge" | "host" | "null";

export interface DockerNetwork {
  /** 64 hex digits. */
  id: string;
  name: string;
  driver: NetworkDriver;
  /** World time of creation, ms. */
  createdMs: number;
  internal: boolean;
  attachable: boolean;
  /** The bridge device ("docker0", "br-<id[:12]>"), for bridge networks. */
  bridge?: string;
  /** IPv4 pool ("172.17.0.0/16") and gateway ("172.17.0.1"), for bridge networks. */
  subnet?: string;
  gateway?: string;
  /** The default bridge network ("bridge" / docker0). */
  isDefault: boolean;
  icc: boolean;
  ipMasq: boolean;
  /** Driver options as `docker network inspect` prints them. */
  options: Record<string, string>;
  labels: Record<string, string>;
  /** IPAM options: null for the default bridge and for host/none, {} for user networks. */
  ipamOptions: Record<string, string> | null;
}

export type PortProto = "tcp" | "udp" | "sctp";

/** A `-p` request after the CLI parsed it: one container port, one host address. */
export interface PortRequest {
  proto: PortProto;
  containerPort: number;
  /** "" when not given (the daemon's default address). */
  hostIp: string;
  /** 0 when not given: any free port from the ephemeral range. */
  hostPort: number;
  hostPortEnd: number;
}

/** A binding the daemon made: iptables rules (IPv4) and a docker-proxy listener. */
export interface PortBinding {
  proto: PortProto;
  containerIp: string;
  containerPort: number;
  /** "0.0.0.0", "::" or one address. */
  hostIp: string;
  hostPort: number;
  /** docker-proxy's pid, when the userland proxy runs for it. */
  proxyPid?: number;
}

/** A container's attachment to one network (libnetwork's endpoint). */
export interface Endpoint {
  networkId: string;
  /** 64 hex digits. */
  endpointId: string;
  /** Container address, prefix length, MAC, as the sandbox has them. */
  ip: string;
  prefixLen: number;
  mac: string;
  /** Host side veth ("veth1a2b3c4"), bridge networks only. */
  hostVeth?: string;
  /** Name inside the container ("eth0", "eth1", ...). */
  ifname?: string;
  bindings: PortBinding[];
}

/** A container's place on a network in its configuration (NetworkSettings.Networks). */
export interface NetworkAttachment {
  networkId: string;
  /** The network's name when it was connected (a deleted network is reported by it). */
  name: string;
  /** --ip: the address asked for. */
  ipv4?: string;
}

export type ContainerStatus = "created" | "running" | "exited";

export interface DockerContainer {
  /** 64 hex digits. */
  id: string;
  /** Without the leading slash. */
  name: string;
  /** The image as the user named it ("nginx", "nginx:1.27"). */
  image: string;
  /** The image's id ("sha256:..."). */
  imageId: string;
  /** Config.Entrypoint and Config.Cmd; Path and Args are their concatenation. */
  entrypoint: string[];
  cmd: string[];
  /** -t and -i (Config.Tty, Config.OpenStdin). */
  tty: boolean;
  openStdin: boolean;
  /** What the main process does (see process.ts). */
  main: MainProcess;
  /** When a main process that waits for a while exits by itself. */
  exitsAtMs?: number;
  /** State.Error: why the last start failed. */
  error: string;
  createdMs: number;
  status: ContainerStatus;
  startedMs?: number;
  finishedMs?: number;
  exitCode: number;
  /** The container's init process, while running. */
  pid: number;
  hostname: string;
  /** "bridge", "host", "none" or a network name (HostConfig.NetworkMode). */
  networkMode: string;
  /** Networks to join when started, in the order they were connected (the first one has the gateway). */
  networks: NetworkAttachment[];
  /** Exposed ports ("80/tcp"), from the image and --expose. */
  exposed: string[];
  /** -p requests (HostConfig.PortBindings). */
  portRequests: PortRequest[];
  /** --rm */
  autoRemove: boolean;
  /** --restart ("no", "always", "unless-stopped", "on-failure[:N]"). */
  restartPolicy: string;
  capAdd: string[];
  privileged: boolean;
  labels: Record<string, string>;
  /** Endpoints while running (a stopped container keeps none). */
  endpoints: Endpoint[];
  /** The network namespace while running (a world namespace id). */
  nsId?: string;
  /** libnetwork's sandbox id while running (SandboxKey is /var/run/docker/netns/<its first 12>). */
  sandboxId?: string;
  /** Container environment (Config.Env). */
  env: string[];
}

export interface DockerState {
  options: DaemonOptions;
  /** dockerd is up (a scenario may stop it). */
  running: boolean;
  /** dockerd's and containerd's pids, for ps and docker info. */
  pids: { dockerd: number; containerd: number };
  startedMs: number;
  /** In creation order. */
  networks: DockerNetwork[];
  /** In creation order. */
  containers: DockerContainer[];
  /** The port allocator's last ephemeral port handed out, by "HOSTIP/PROTO" (portallocator's range.last). */
  ephemeralLast: Record<string, number>;
}
