/**
 * The daemon's API objects, as the CLI receives them: a container's inspect
 * document and list entry, a network's inspect document. Field order is the
 * order of moby's Go structs (api/types, v27.5); Go maps are sorted.
 */
import type { World } from "../../world/types.js";
import type { DockerContainer, DockerNetwork, DockerState, PortBinding } from "../../docker/types.js";
import { findImage, parseImageRef } from "../../docker/images.js";
import { goJson, sortedMap, type GoJson } from "./go-json.js";
import { humanDuration, nanosFor, rfc3339Nano, ZERO_TIME } from "./human.js";

/** container.State.String(): "Up 5 minutes", "Exited (0) 2 seconds ago", "Created". */
export function statusText(world: World, c: DockerContainer): string {
  const now = world.clock.nowMs;
  if (c.status === "running") return `Up ${humanDuration(now - (c.startedMs ?? now))}`;
  if (c.status === "exited") return `Exited (${c.exitCode}) ${humanDuration(now - (c.finishedMs ?? now))} ago`;
  return "Created";
}

function bindingsOf(c: DockerContainer): PortBinding[] {
  return c.endpoints.flatMap((e) => e.bindings);
}

/** NetworkSettings.Ports: every exposed port while running, with its host bindings or null. */
export function portMap(c: DockerContainer): { [key: string]: GoJson } {
  if (c.status !== "running" || c.networkMode === "host") return {};
  const entries: [string, GoJson][] = c.exposed.map((key) => {
    const bs = bindingsOf(c).filter((b) => `${b.containerPort}/${b.proto}` === key);
    return [key, bs.length ? bs.map((b) => ({ HostIp: b.hostIp, HostPort: String(b.hostPort) })) : null];
  });
  return sortedMap(entries);
}

/** The Command column: Path and Args, args with a space quoted in single quotes (daemon/list.go). */
export function commandLine(c: DockerContainer): string {
  const [path, ...args] = [...c.entrypoint, ...c.cmd];
  if (path === undefined) return "";
  return args.length ? `${path} ${args.map((a) => (a.includes(" ") ? `'${a}'` : a)).join(" ")}` : path;
}

export interface ListPort {
  IP?: string;
  PrivatePort: number;
  PublicPort?: number;
  Type: string;
}

/** The Ports of a container list entry. */
export function listPorts(c: DockerContainer): ListPort[] {
  const out: ListPort[] = [];
  for (const [key, bindings] of Object.entries(portMap(c))) {
    const [port, proto] = key.split("/");
    if (!Array.isArray(bindings)) out.push({ PrivatePort: Number(port), Type: proto! });
    else for (const b of bindings as { HostIp: string; HostPort: string }[]) out.push({ IP: b.HostIp, PrivatePort: Number(port), PublicPort: Number(b.HostPort), Type: proto! });
  }
  return out;
}

function networkName(state: DockerState, id: string): string {
  return state.networks.find((n) => n.id === id)?.name ?? id;
}

function endpointSettings(state: DockerState, c: DockerContainer, att: DockerContainer["networks"][number]): GoJson {
  const ep = c.endpoints.find((e) => e.networkId === att.networkId);
  const net = state.networks.find((n) => n.id === att.networkId);
  const userNet = net !== undefined && !net.isDefault && net.driver === "bridge";
  return {
    IPAMConfig: att.ipv4 ? { IPv4Address: att.ipv4 } : null,
    Links: null,
    Aliases: null,
    MacAddress: ep?.mac ?? "",
    DriverOpts: null,
    NetworkID: att.networkId,
    EndpointID: ep?.endpointId ?? "",
    Gateway: ep ? (net?.gateway ?? "") : "",
    IPAddress: ep?.ip ?? "",
    IPPrefixLen: ep?.prefixLen ?? 0,
    IPv6Gateway: "",
    GlobalIPv6Address: "",
    GlobalIPv6PrefixLen: 0,
    DNSNames: userNet && ep ? [c.name, c.id.slice(0, 12)] : null,
  };
}

function networksOf(state: DockerState, c: DockerContainer): { [key: string]: GoJson } {
  if (c.networkMode === "host" || c.networkMode === "none") {
    const net = state.networks.find((n) => n.name === c.networkMode);
    return net ? { [net.name]: endpointSettings(state, c, { networkId: net.id, name: net.name }) } : {};
  }
  return sortedMap(c.networks.map((att) => [networkName(state, att.networkId), endpointSettings(state, c, att)] as [string, GoJson]));
}

/** GET /containers/{id}/json */
export function containerInspect(world: World, state: DockerState, c: DockerContainer): GoJson {
  const dir = `/var/lib/docker/containers/${c.id}`;
  const running = c.status === "running";
  const image = findImage(parseImageRef(c.image)!)!;
  const onDefault = c.endpoints.find((e) => state.networks.find((n) => n.id === e.networkId)?.isDefault);
  const defaultNet = state.networks.find((n) => n.isDefault);
  const [path, ...args] = [...c.entrypoint, ...c.cmd];
  const portBindings = sortedMap(
    [...new Set(c.portRequests.map((r) => `${r.containerPort}/${r.proto}`))].map((key) => [
      key,
      c.portRequests.filter((r) => `${r.containerPort}/${r.proto}` === key).map((r) => ({ HostIp: r.hostIp, HostPort: r.hostPort ? (r.hostPortEnd > r.hostPort ? `${r.hostPort}-${r.hostPortEnd}` : String(r.hostPort)) : "" })),
    ] as [string, GoJson]),
  );
  return {
    Id: c.id,
    Created: rfc3339Nano(c.createdMs, nanosFor(c.id)),
    Path: path ?? "",
    Args: args,
    State: {
      Status: c.status,
      Running: running,
      Paused: false,
      Restarting: false,
      OOMKilled: false,
      Dead: false,
      Pid: running ? c.pid : 0,
      ExitCode: c.exitCode,
      Error: c.error,
      StartedAt: c.startedMs !== undefined ? rfc3339Nano(c.startedMs, nanosFor(c.id.slice(6))) : ZERO_TIME,
      FinishedAt: c.finishedMs !== undefined ? rfc3339Nano(c.finishedMs, nanosFor(c.id.slice(12))) : ZERO_TIME,
    },
    Image: c.imageId,
    ResolvConfPath: `${dir}/resolv.conf`,
    HostnamePath: `${dir}/hostname`,
    HostsPath: `${dir}/hosts`,
    LogPath: `${dir}/${c.id}-json.log`,
    Name: `/${c.name}`,
    RestartCount: 0,
    Driver: "overlay2",
    Platform: "linux",
    MountLabel: "",
    ProcessLabel: "",
    AppArmorProfile: "docker-default",
    ExecIDs: null,
    HostConfig: {
      Binds: null,
      ContainerIDFile: "",
      LogConfig: { Type: "json-file", Config: {} },
      NetworkMode: c.networkMode,
      PortBindings: portBindings,
      RestartPolicy: { Name: c.restartPolicy.split(":")[0]!, MaximumRetryCount: Number(c.restartPolicy.split(":")[1] ?? 0) },
      AutoRemove: c.autoRemove,
      VolumeDriver: "",
      VolumesFrom: null,
      ConsoleSize: [0, 0],
      CapAdd: c.capAdd.length ? c.capAdd : null,
      CapDrop: null,
      CgroupnsMode: "private",
      Dns: [],
      DnsOptions: [],
      DnsSearch: [],
      ExtraHosts: null,
      GroupAdd: null,
      IpcMode: "private",
      Cgroup: "",
      Links: null,
      OomScoreAdj: 0,
      PidMode: "",
      Privileged: c.privileged,
      PublishAllPorts: false,
      ReadonlyRootfs: false,
      SecurityOpt: null,
      UTSMode: "",
      UsernsMode: "",
      ShmSize: 67108864,
      Runtime: "runc",
      Isolation: "",
    },
    Mounts: [],
    Config: {
      Hostname: c.hostname,
      Domainname: "",
      User: "",
      AttachStdin: false,
      AttachStdout: false,
      AttachStderr: false,
      ...(c.exposed.length ? { ExposedPorts: sortedMap(c.exposed.map((e) => [e, {}] as [string, GoJson])) } : {}),
      Tty: c.tty,
      OpenStdin: c.openStdin,
      StdinOnce: false,
      Env: c.env,
      Cmd: c.cmd.length ? c.cmd : null,
      Image: c.image,
      Volumes: null,
      WorkingDir: image.workingDir,
      Entrypoint: c.entrypoint.length ? c.entrypoint : null,
      OnBuild: null,
      Labels: sortedMap(Object.entries({ ...(image.repo === "nginx" ? { maintainer: "NGINX Docker Maintainers <docker-maint@nginx.com>" } : {}), ...c.labels })),
      ...(image.stopSignal ? { StopSignal: image.stopSignal } : {}),
    },
    NetworkSettings: {
      Bridge: "",
      SandboxID: c.sandboxId ?? "",
      SandboxKey: c.sandboxId ? `/var/run/docker/netns/${c.sandboxId.slice(0, 12)}` : "",
      Ports: portMap(c),
      HairpinMode: false,
      LinkLocalIPv6Address: "",
      LinkLocalIPv6PrefixLen: 0,
      SecondaryIPAddresses: null,
      SecondaryIPv6Addresses: null,
      EndpointID: onDefault?.endpointId ?? "",
      Gateway: onDefault ? (defaultNet?.gateway ?? "") : "",
      GlobalIPv6Address: "",
      GlobalIPv6PrefixLen: 0,
      IPAddress: onDefault?.ip ?? "",
      IPPrefixLen: onDefault?.prefixLen ?? 0,
      IPv6Gateway: "",
      MacAddress: onDefault?.mac ?? "",
      Networks: networksOf(state, c),
    },
  };
}

/** GET /networks/{id} */
export function networkInspect(state: DockerState, n: DockerNetwork): GoJson {
  const containers = sortedMap(
    state.containers.flatMap((c) =>
      c.endpoints
        .filter((e) => e.networkId === n.id)
        .map((e) => [c.id, { Name: c.name, EndpointID: e.endpointId, MacAddress: e.mac, IPv4Address: `${e.ip}/${e.prefixLen}`, IPv6Address: "" }] as [string, GoJson]),
    ),
  );
  return {
    Name: n.name,
    Id: n.id,
    Created: rfc3339Nano(n.createdMs, nanosFor(n.id)),
    Scope: "local",
    Driver: n.driver,
    EnableIPv6: false,
    IPAM: {
      Driver: "default",
      Options: n.ipamOptions === null ? null : sortedMap(Object.entries(n.ipamOptions)),
      Config: n.subnet ? [{ Subnet: n.subnet, Gateway: n.gateway! }] : null,
    },
    Internal: n.internal,
    Attachable: n.attachable,
    Ingress: false,
    ConfigFrom: { Network: "" },
    ConfigOnly: false,
    Containers: containers,
    Options: sortedMap(Object.entries(n.options)),
    Labels: sortedMap(Object.entries(n.labels)),
  };
}

export function inspectOutput(items: readonly GoJson[]): string {
  return `${goJson([...items])}\n`;
}
