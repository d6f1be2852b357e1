/**
 * `docker start|stop|restart|kill|rm`: each container named in turn, its
 * name printed on success, the daemon's errors gathered as the CLI does.
 */
import type { CommandResult } from "../types.js";
import type { DockerContainer } from "../../docker/types.js";
import { findContainer, killContainer, removeContainer, startContainer, stopContainer, syncContainers } from "../../docker/containers.js";
import { isDaemonError, type DaemonError } from "../../docker/errors.js";
import { flagBool, flagString } from "./flags.js";
import type { DockerCtx, DockerSub } from "./cli.js";

type Action = (d: DockerCtx, c: DockerContainer) => DaemonError | undefined;

/** parallelOperation + the loop over results: names on stdout, errors joined and printed at the end. */
function each(d: DockerCtx, refs: readonly string[], action: Action): CommandResult {
  syncContainers(d.world, d.state);
  const errs: string[] = [];
  let stdout = "";
  for (const ref of refs) {
    const c = findContainer(d.state, ref);
    const err = isDaemonError(c) ? c : action(d, c);
    if (err) errs.push(`Error response from daemon: ${err.message}`);
    else stdout += `${ref}\n`;
  }
  return { stdout, stderr: errs.map((e) => `${e}\n`).join(""), exitCode: errs.length ? 1 : 0 };
}

const timeout = (v: string | undefined): number => (v === undefined ? 10 : Number(v));

export const startSub: DockerSub = {
  path: "docker start",
  aliases: ["docker container start"],
  use: "[OPTIONS] CONTAINER [CONTAINER...]",
  short: "Start one or more stopped containers",
  flags: [{ long: "attach", short: "a", type: "bool" }, { long: "interactive", short: "i", type: "bool" }],
  args: { min: 1 },
  run(d, p) {
    if (flagBool(p, "attach") || flagBool(p, "interactive")) return { stdout: "", stderr: "nflab: `docker start -a/-i` would attach this terminal to the container; start it without -a\n", exitCode: 1 };
    syncContainers(d.world, d.state);
    let stdout = "";
    let stderr = "";
    const failed: string[] = [];
    for (const ref of p.args) {
      const c = findContainer(d.state, ref);
      const err = isDaemonError(c) ? c : startContainer(d.world, d.state, c);
      if (err) {
        stderr += `Error response from daemon: ${err.message}\n`;
        failed.push(ref);
      } else stdout += `${ref}\n`;
    }
    if (failed.length) stderr += `Error: failed to start containers: ${failed.join(", ")}\n`;
    return { stdout, stderr, exitCode: failed.length ? 1 : 0 };
  },
};

export const stopSub: DockerSub = {
  path: "docker stop",
  aliases: ["docker container stop"],
  use: "[OPTIONS] CONTAINER [CONTAINER...]",
  short: "Stop one or more running containers",
  flags: [{ long: "time", short: "t", type: "int" }, { long: "timeout", type: "int" }, { long: "signal", short: "s", type: "string" }],
  args: { min: 1 },
  run(d, p) {
    const t = timeout(flagString(p, "time") ?? flagString(p, "timeout"));
    return each(d, p.args, (dd, c) => void stopContainer(dd.world, dd.state, c, t));
  },
};

export const restartSub: DockerSub = {
  path: "docker restart",
  aliases: ["docker container restart"],
  use: "[OPTIONS] CONTAINER [CONTAINER...]",
  short: "Restart one or more containers",
  flags: [{ long: "time", short: "t", type: "int" }, { long: "signal", short: "s", type: "string" }],
  args: { min: 1 },
  run(d, p) {
    const t = timeout(flagString(p, "time"));
    return each(d, p.args, (dd, c) => {
      stopContainer(dd.world, dd.state, c, t);
      return startContainer(dd.world, dd.state, c);
    });
  },
};

export const killSub: DockerSub = {
  path: "docker kill",
  aliases: ["docker container kill"],
  use: "[OPTIONS] CONTAINER [CONTAINER...]",
  short: "Kill one or more running containers",
  flags: [{ long: "signal", short: "s", type: "string" }],
  args: { min: 1 },
  run(d, p) {
    return each(d, p.args, (dd, c) => {
      if (c.status !== "running") return { daemonError: "conflict", message: `Cannot kill container: ${c.name}: container ${c.id} is not running` };
      killContainer(dd.world, dd.state, c);
      return undefined;
    });
  },
};

export const rmSub: DockerSub = {
  path: "docker rm",
  aliases: ["docker container rm", "docker container remove"],
  use: "[OPTIONS] CONTAINER [CONTAINER...]",
  short: "Remove one or more containers",
  flags: [{ long: "force", short: "f", type: "bool" }, { long: "volumes", short: "v", type: "bool" }, { long: "link", short: "l", type: "bool" }],
  args: { min: 1 },
  run(d, p) {
    const force = flagBool(p, "force");
    syncContainers(d.world, d.state);
    const errs: string[] = [];
    let stdout = "";
    let stderr = "";
    for (const ref of p.args) {
      const c = findContainer(d.state, ref);
      const err = isDaemonError(c) ? c : removeContainer(d.world, d.state, c, force);
      if (!err) stdout += `${ref}\n`;
      else if (force && err.daemonError === "notFound") stderr += `Error response from daemon: ${err.message}\n`;
      else errs.push(`Error response from daemon: ${err.message}`);
    }
    return { stdout, stderr: stderr + errs.map((e) => `${e}\n`).join(""), exitCode: errs.length ? 1 : 0 };
  },
};
