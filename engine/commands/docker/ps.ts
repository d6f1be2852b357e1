/**
 * `docker ps` (docker container ls): running containers newest first, or all
 * with -a, in the CLI's table — CONTAINER ID, IMAGE, COMMAND, CREATED,
 * STATUS, PORTS, NAMES — or in a --format of the user's.
 */
import type { World } from "../../world/types.js";
import type { DockerContainer, DockerState } from "../../docker/types.js";
import { syncContainers } from "../../docker/containers.js";
import { flagBool, flagList, flagString, type ParsedFlags } from "./flags.js";
import type { DockerSub } from "./cli.js";
import { commandLine, listPorts, statusText, type ListPort } from "./views.js";
import { humanDuration, rfc3339Nano } from "./human.js";
import { formatRows, type Row } from "./format.js";

const HEADERS: Readonly<Record<string, string>> = {
  ID: "CONTAINER ID", Image: "IMAGE", Command: "COMMAND", CreatedAt: "CREATED AT", RunningFor: "CREATED", Ports: "PORTS",
  State: "STATE", Status: "STATUS", Size: "SIZE", Names: "NAMES", Labels: "LABELS", Mounts: "MOUNTS", Networks: "NETWORKS", LocalVolumes: "LOCAL VOLUMES",
};

const DEFAULT_FORMAT = "table {{.ID}}\t{{.Image}}\t{{.Command}}\t{{.RunningFor}}\t{{.Status}}\t{{.Ports}}\t{{.Names}}";

/** formatter.DisplayablePorts */
export function displayablePorts(ports: readonly ListPort[]): string {
  const sorted = [...ports].sort((a, b) => a.PrivatePort - b.PrivatePort || ((a.IP ?? "") < (b.IP ?? "") ? -1 : (a.IP ?? "") > (b.IP ?? "") ? 1 : 0) || (a.PublicPort ?? 0) - (b.PublicPort ?? 0) || (a.Type < b.Type ? -1 : a.Type > b.Type ? 1 : 0));
  const groups = new Map<string, { first: number; last: number }>();
  const result: string[] = [];
  const mappings: string[] = [];
  const form = (key: string, g: { first: number; last: number }): string => {
    const parts = key.split("/");
    const [ip, type] = parts.length > 1 ? [parts[0]!, parts[1]!] : ["", parts[0]!];
    let group = g.first === g.last ? String(g.first) : `${g.first}-${g.last}`;
    if (ip !== "") group = `${ip}:${group}->${group}`;
    return `${group}/${type}`;
  };
  for (const p of sorted) {
    let key = p.Type;
    if (p.IP !== undefined && p.IP !== "") {
      if (p.PublicPort !== p.PrivatePort) {
        const host = p.IP.includes(":") ? `[${p.IP}]` : p.IP;
        mappings.push(`${host}:${p.PublicPort}->${p.PrivatePort}/${p.Type}`);
        continue;
      }
      key = `${p.IP}/${p.Type}`;
    }
    const g = groups.get(key);
    if (!g) groups.set(key, { first: p.PrivatePort, last: p.PrivatePort });
    else if (p.PrivatePort === g.last + 1) g.last = p.PrivatePort;
    else {
      result.push(form(key, g));
      groups.set(key, { first: p.PrivatePort, last: p.PrivatePort });
    }
  }
  for (const [key, g] of groups) result.push(form(key, g));
  return [...result, ...mappings].join(", ");
}

/** formatter.Ellipsis */
function ellipsis(s: string, max: number): string {
  const rs = [...s];
  return rs.length <= max ? s : `${rs.slice(0, max - 1).join("")}…`;
}

function row(world: World, state: DockerState, c: DockerContainer, trunc: boolean): Row {
  const cmd = commandLine(c);
  const nets = c.networkMode === "host" || c.networkMode === "none" ? [c.networkMode] : c.networks.map((a) => state.networks.find((n) => n.id === a.networkId)?.name ?? a.name);
  return {
    ID: trunc ? c.id.slice(0, 12) : c.id,
    Image: c.image,
    Command: JSON.stringify(trunc ? ellipsis(cmd, 20) : cmd),
    CreatedAt: rfc3339Nano(Math.floor(c.createdMs / 1000) * 1000).replace("T", " ").replace("Z", " +0000 UTC"),
    RunningFor: `${humanDuration(world.clock.nowMs - Math.floor(c.createdMs / 1000) * 1000)} ago`,
    Ports: displayablePorts(listPorts(c)),
    State: c.status,
    Status: statusText(world, c),
    Size: "0B",
    Names: c.name,
    Labels: Object.entries(c.labels).map(([k, v]) => `${k}=${v}`).join(","),
    Mounts: "",
    Networks: nets.join(","),
    LocalVolumes: "0",
  };
}

function matches(c: DockerContainer, filters: readonly string[]): boolean | string {
  for (const f of filters) {
    const [key, ...rest] = f.split("=");
    const value = rest.join("=");
    if (key === "name" && !c.name.includes(value.replace(/^\//, ""))) return false;
    else if (key === "id" && !c.id.startsWith(value)) return false;
    else if (key === "status" && c.status !== value) return false;
    else if (key === "ancestor" && c.image.split(":")[0] !== value.split(":")[0]) return false;
    else if (!["name", "id", "status", "ancestor"].includes(key!)) return `nflab: the ps filter "${key}" is not emulated (name, id, status and ancestor are)`;
  }
  return true;
}

export const psSub: DockerSub = {
  path: "docker ps",
  aliases: ["docker container ls", "docker container list", "docker container ps"],
  use: "[OPTIONS]",
  short: "List containers",
  flags: [
    { long: "all", short: "a", type: "bool" },
    { long: "quiet", short: "q", type: "bool" },
    { long: "no-trunc", type: "bool" },
    { long: "latest", short: "l", type: "bool" },
    { long: "last", short: "n", type: "int" },
    { long: "filter", short: "f", type: "list" },
    { long: "format", type: "string" },
    { long: "size", short: "s", type: "bool" },
  ],
  args: { max: 0 },
  run(d, p: ParsedFlags) {
    syncContainers(d.world, d.state);
    const filters = flagList(p, "filter");
    let list = [...d.state.containers].reverse();
    const last = flagString(p, "last");
    const limit = flagBool(p, "latest") ? 1 : last !== undefined && Number(last) > 0 ? Number(last) : undefined;
    if (!flagBool(p, "all") && limit === undefined && !filters.some((f) => f.startsWith("status="))) list = list.filter((c) => c.status === "running");
    for (const c of list) {
      const m = matches(c, filters);
      if (typeof m === "string") return { stdout: "", stderr: `${m}\n`, exitCode: 1 };
    }
    list = list.filter((c) => matches(c, filters) === true);
    if (limit !== undefined) list = list.slice(0, limit);
    const trunc = !flagBool(p, "no-trunc");
    const rows = list.map((c) => row(d.world, d.state, c, trunc));
    if (flagBool(p, "quiet")) return { stdout: rows.map((r) => `${r.ID}\n`).join(""), stderr: "", exitCode: 0 };
    return formatRows(flagString(p, "format") ?? DEFAULT_FORMAT, rows, HEADERS);
  },
};
