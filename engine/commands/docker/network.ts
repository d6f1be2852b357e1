/**
 * `docker network ls|create|rm|inspect|connect|disconnect`, with the CLI's
 * table (NETWORK ID, NAME, DRIVER, SCOPE, sorted by name) and messages.
 */
import type { CommandResult } from "../types.js";
import { createNetwork, findNetwork, removeNetwork } from "../../docker/networks.js";
import { connectNetwork, disconnectNetwork } from "../../docker/connect.js";
import { findContainer } from "../../docker/containers.js";
import { isDaemonError } from "../../docker/errors.js";
import { flagBool, flagList, flagString } from "./flags.js";
import { daemonFailure, type DockerSub } from "./cli.js";
import { formatRows } from "./format.js";
import { networkInspect } from "./views.js";
import { inspectResult } from "./inspect.js";
import { rfc3339Nano } from "./human.js";

/** sortorder.NaturalLess: digit runs compare as numbers. */
export function naturalLess(a: string, b: string): number {
  const split = (s: string) => s.match(/\d+|\D+/g) ?? [];
  const x = split(a);
  const y = split(b);
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const [p, q] = [x[i]!, y[i]!];
    if (/^\d/.test(p) && /^\d/.test(q)) {
      if (Number(p) !== Number(q)) return Number(p) - Number(q);
    } else if (p !== q) return p < q ? -1 : 1;
  }
  return x.length - y.length;
}

const LS_HEADERS = { ID: "NETWORK ID", Name: "NAME", Driver: "DRIVER", Scope: "SCOPE", IPv6: "IPV6", Internal: "INTERNAL", Labels: "LABELS", CreatedAt: "CREATED AT" };

export const networkLsSub: DockerSub = {
  path: "docker network ls",
  aliases: ["docker network list"],
  use: "[OPTIONS]",
  short: "List networks",
  flags: [
    { long: "quiet", short: "q", type: "bool" },
    { long: "no-trunc", type: "bool" },
    { long: "format", type: "string" },
    { long: "filter", short: "f", type: "list" },
  ],
  args: { max: 0 },
  run(d, p) {
    let nets = [...d.state.networks].sort((a, b) => naturalLess(a.name, b.name));
    for (const f of flagList(p, "filter")) {
      const [key, ...rest] = f.split("=");
      const value = rest.join("=");
      if (key === "name") nets = nets.filter((n) => n.name.includes(value));
      else if (key === "driver") nets = nets.filter((n) => n.driver === value);
      else if (key === "id") nets = nets.filter((n) => n.id.startsWith(value));
      else return { stdout: "", stderr: `nflab: the network ls filter "${key}" is not emulated (name, driver and id are)\n`, exitCode: 1 };
    }
    const trunc = !flagBool(p, "no-trunc");
    const rows = nets.map((n) => ({
      ID: trunc ? n.id.slice(0, 12) : n.id,
      Name: n.name,
      Driver: n.driver,
      Scope: "local",
      IPv6: "false",
      Internal: String(n.internal),
      Labels: Object.entries(n.labels).map(([k, v]) => `${k}=${v}`).join(","),
      CreatedAt: rfc3339Nano(n.createdMs).replace("T", " ").replace(/\.\d+/, "").replace("Z", " +0000 UTC"),
    }));
    if (flagBool(p, "quiet")) return { stdout: rows.map((r) => `${r.ID}\n`).join(""), stderr: "", exitCode: 0 };
    return formatRows(flagString(p, "format") ?? "table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}", rows, LS_HEADERS);
  },
};

export const networkCreateSub: DockerSub = {
  path: "docker network create",
  use: "[OPTIONS] NETWORK",
  short: "Create a network",
  flags: [
    { long: "driver", short: "d", type: "string" },
    { long: "subnet", type: "list" },
    { long: "gateway", type: "list" },
    { long: "internal", type: "bool" },
    { long: "attachable", type: "bool" },
    { long: "opt", short: "o", type: "list" },
    { long: "label", type: "list" },
    { long: "ipv6", type: "bool" },
  ],
  args: { min: 1, max: 1 },
  run(d, p) {
    if (flagBool(p, "ipv6")) return { stdout: "", stderr: "nflab: IPv6 networks are not emulated\n", exitCode: 1 };
    const driver = flagString(p, "driver") ?? "bridge";
    if (driver !== "bridge") return daemonFailure({ daemonError: "notFound", message: `plugin "${driver}" not found` });
    const kv = (list: string[]) => Object.fromEntries(list.map((o) => [o.split("=")[0]!, o.split("=").slice(1).join("=")]));
    const subnet = flagList(p, "subnet")[0];
    const gateway = flagList(p, "gateway")[0];
    const made = createNetwork(d.world, d.state, {
      name: p.args[0]!,
      driver: "bridge",
      internal: flagBool(p, "internal"),
      attachable: flagBool(p, "attachable"),
      ...(subnet !== undefined ? { subnet } : {}),
      ...(gateway !== undefined ? { gateway } : {}),
      options: kv(flagList(p, "opt")),
      labels: kv(flagList(p, "label")),
    });
    if (isDaemonError(made)) return daemonFailure(made);
    return { stdout: `${made.id}\n`, stderr: "", exitCode: 0 };
  },
};

export const networkRmSub: DockerSub = {
  path: "docker network rm",
  aliases: ["docker network remove"],
  use: "NETWORK [NETWORK...]",
  short: "Remove one or more networks",
  flags: [{ long: "force", short: "f", type: "bool" }],
  args: { min: 1 },
  run(d, p) {
    const out: CommandResult = { stdout: "", stderr: "", exitCode: 0 };
    for (const name of p.args) {
      const err = removeNetwork(d.world, d.state, name);
      if (err) {
        if (flagBool(p, "force") && err.daemonError === "notFound") continue;
        out.stderr += `Error response from daemon: ${err.message}\n`;
        out.exitCode = 1;
        continue;
      }
      out.stdout += `${name}\n`;
    }
    return out;
  },
};

export const networkInspectSub: DockerSub = {
  path: "docker network inspect",
  use: "[OPTIONS] NETWORK [NETWORK...]",
  short: "Display detailed information on one or more networks",
  flags: [{ long: "format", short: "f", type: "string" }, { long: "verbose", short: "v", type: "bool" }],
  args: { min: 1 },
  run(d, p) {
    return inspectResult(p.args, flagString(p, "format"), (ref) => {
      const n = findNetwork(d.state, ref);
      return isDaemonError(n) ? `Error response from daemon: ${n.message}` : networkInspect(d.state, n);
    });
  },
};

function connectLike(path: string, short: string, use: string, connect: boolean): DockerSub {
  return {
    path,
    use,
    short,
    flags: connect ? [{ long: "ip", type: "string" }, { long: "alias", type: "list" }] : [{ long: "force", short: "f", type: "bool" }],
    args: { min: 2, max: 2 },
    run(d, p) {
      const [netRef, ctrRef] = p.args as [string, string];
      const net = findNetwork(d.state, netRef);
      if (isDaemonError(net)) return daemonFailure(net);
      const c = findContainer(d.state, ctrRef);
      if (isDaemonError(c)) return daemonFailure(c);
      const ip = flagString(p, "ip");
      const err = connect ? connectNetwork(d.world, d.state, c, net, ip) : disconnectNetwork(d.world, d.state, c, net);
      return err ? daemonFailure(err) : { stdout: "", stderr: "", exitCode: 0 };
    },
  };
}

export const networkConnectSub = connectLike("docker network connect", "Connect a container to a network", "[OPTIONS] NETWORK CONTAINER", true);
export const networkDisconnectSub = connectLike("docker network disconnect", "Disconnect a container from a network", "[OPTIONS] NETWORK CONTAINER", false);
