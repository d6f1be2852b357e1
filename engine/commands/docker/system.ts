/**
 * `docker version` and `docker info` as docker-ce 27.5.1 on Debian 12 prints
 * them; info's counts and names come from the lab.
 */
import { syncContainers } from "../../docker/containers.js";
import { knownImages } from "../../docker/images.js";
import { flagString } from "./flags.js";
import type { DockerSub } from "./cli.js";
import { tabwrite } from "./tabwriter.js";
import { execTemplate, TemplateError } from "./template.js";

export const DOCKER_VERSION = "27.5.1";
export const CLI_COMMIT = "9f9e405";
const ENGINE_COMMIT = "4c9b3b0";
const BUILT = "Wed Jan 22 13:41:48 2025";

const VERSION_DATA = {
  Client: { Platform: { Name: "Docker Engine - Community" }, Version: DOCKER_VERSION, ApiVersion: "1.47", DefaultAPIVersion: "1.47", GitCommit: CLI_COMMIT, GoVersion: "go1.22.11", Os: "linux", Arch: "amd64", BuildTime: BUILT, Context: "default" },
  Server: {
    Platform: { Name: "Docker Engine - Community" },
    Version: DOCKER_VERSION, ApiVersion: "1.47", MinAPIVersion: "1.24", GitCommit: ENGINE_COMMIT, GoVersion: "go1.22.11", Os: "linux", Arch: "amd64", KernelVersion: "6.1.0-28-amd64", BuildTime: "2025-01-22T13:41:48.000000000+00:00",
  },
};

const VERSION_TEXT = `Client: Docker Engine - Community
 Version:\t${DOCKER_VERSION}
 API version:\t1.47
 Go version:\tgo1.22.11
 Git commit:\t${CLI_COMMIT}
 Built:\t${BUILT}
 OS/Arch:\tlinux/amd64
 Context:\tdefault

Server: Docker Engine - Community
 Engine:
  Version:\t${DOCKER_VERSION}
  API version:\t1.47 (minimum version 1.24)
  Go version:\tgo1.22.11
  Git commit:\t${ENGINE_COMMIT}
  Built:\t${BUILT}
  OS/Arch:\tlinux/amd64
  Experimental:\tfalse
 containerd:
  Version:\t1.7.25
  GitCommit:\tbcc810d6b9066471b0b6fa75f557a15a1cbf31bb
 runc:
  Version:\t1.2.4
  GitCommit:\tv1.2.4-0-g6c52b3f
 docker-init:
  Version:\t0.19.0
  GitCommit:\tde40ad0
`;

export const versionSub: DockerSub = {
  path: "docker version",
  use: "[OPTIONS]",
  short: "Show the Docker version information",
  flags: [{ long: "format", short: "f", type: "string" }],
  args: { max: 0 },
  run(_d, p) {
    const format = flagString(p, "format");
    if (format !== undefined) {
      try {
        return { stdout: `${execTemplate(format === "json" ? "{{json .}}" : format, VERSION_DATA)}\n`, stderr: "", exitCode: 0 };
      } catch (e) {
        if (e instanceof TemplateError) return { stdout: "", stderr: `template parsing error: ${e.message}\n`, exitCode: 64 };
        throw e;
      }
    }
    return { stdout: tabwrite(VERSION_TEXT, { minwidth: 20, padding: 1 }), stderr: "", exitCode: 0 };
  },
};

/** The engine's ID is a UUID made when it first started; the lab derives it from the daemon's first network id. */
function engineId(hex: string): string {
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

export const infoSub: DockerSub = {
  path: "docker info",
  aliases: ["docker system info"],
  use: "[OPTIONS]",
  short: "Display system-wide information",
  flags: [{ long: "format", short: "f", type: "string" }],
  args: { max: 0 },
  run(d) {
    syncContainers(d.world, d.state);
    const cs = d.state.containers;
    const running = cs.filter((c) => c.status === "running").length;
    const host = d.world.namespaces["lab"]!;
    const text = `Client: Docker Engine - Community
 Version:    ${DOCKER_VERSION}
 Context:    default
 Debug Mode: false

Server:
 Containers: ${cs.length}
  Running: ${running}
  Paused: 0
  Stopped: ${cs.length - running}
 Images: ${knownImages().length}
 Server Version: ${DOCKER_VERSION}
 Storage Driver: overlay2
  Backing Filesystem: extfs
  Supports d_type: true
  Using metacopy: false
  Native Overlay Diff: true
  userxattr: false
 Logging Driver: json-file
 Cgroup Driver: systemd
 Cgroup Version: 2
 Plugins:
  Volume: local
  Network: bridge host ipvlan macvlan null overlay
  Log: awslogs fluentd gcplogs gelf journald json-file local splunk syslog
 Swarm: inactive
 Runtimes: io.containerd.runc.v2 runc
 Default Runtime: runc
 Init Binary: docker-init
 containerd version: bcc810d6b9066471b0b6fa75f557a15a1cbf31bb
 runc version: v1.2.4-0-g6c52b3f
 init version: de40ad0
 Security Options:
  apparmor
  seccomp
   Profile: builtin
  cgroupns
 Kernel Version: 6.1.0-28-amd64
 Operating System: Debian GNU/Linux 12 (bookworm)
 OSType: linux
 Architecture: x86_64
 CPUs: 2
 Total Memory: 3.821GiB
 Name: ${host.hostname}
 ID: ${engineId(d.state.networks[0]?.id ?? "0".repeat(64))}
 Docker Root Dir: /var/lib/docker
 Debug Mode: false
 Experimental: false
 Insecure Registries:
  127.0.0.0/8
 Live Restore Enabled: false

`;
    return { stdout: text, stderr: "", exitCode: 0 };
  },
};
