/** `docker port CONTAINER [PRIVATE_PORT[/PROTO]]`: the host addresses a container's ports are published on. */
import { findContainer, syncContainers } from "../../docker/containers.js";
import { isDaemonError } from "../../docker/errors.js";
import { daemonFailure, type DockerSub } from "./cli.js";
import { portMap } from "./views.js";
import { naturalLess } from "./network.js";

const joinHostPort = (ip: string, port: string): string => (ip.includes(":") ? `[${ip}]:${port}` : `${ip}:${port}`);

export const portSub: DockerSub = {
  path: "docker port",
  aliases: ["docker container port"],
  use: "CONTAINER [PRIVATE_PORT[/PROTO]]",
  short: "List port mappings or a specific mapping for the container",
  flags: [],
  args: { min: 1, max: 2 },
  run(d, p) {
    syncContainers(d.world, d.state);
    const [ref, want] = p.args as [string, string | undefined];
    const c = findContainer(d.state, ref);
    if (isDaemonError(c)) return daemonFailure(c);
    const ports = portMap(c) as Record<string, { HostIp: string; HostPort: string }[] | null>;
    const out: string[] = [];
    if (want !== undefined) {
      const [port, proto = "tcp"] = want.split("/");
      if (!/^\d+$/.test(port!) || Number(port) > 65535) {
        return { stdout: "", stderr: `Error: invalid port (${port}): strconv.ParseUint: parsing "${port}": ${/^\d+$/.test(port!) ? "value out of range" : "invalid syntax"}\n`, exitCode: 1 };
      }
      const frontends = ports[`${port}/${proto}`];
      if (!frontends) return { stdout: "", stderr: `Error: No public port '${want}' published for ${ref}\n`, exitCode: 1 };
      for (const f of frontends) out.push(joinHostPort(f.HostIp, f.HostPort));
    } else {
      for (const [from, frontends] of Object.entries(ports)) for (const f of frontends ?? []) out.push(`${from} -> ${joinHostPort(f.HostIp, f.HostPort)}`);
    }
    out.sort(naturalLess);
    return { stdout: out.length ? `${out.join("\n")}\n` : "", stderr: "", exitCode: 0 };
  },
};
