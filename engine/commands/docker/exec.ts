/**
 * `docker exec CONTAINER COMMAND [ARG...]`: the command runs as a lab command
 * in the container's network namespace (so `docker exec web ip addr` shows
 * eth0 and `docker exec web iptables -S` the container's own rules). An
 * interactive shell is not emulated: the lab says so.
 */
import { findContainer, syncContainers } from "../../docker/containers.js";
import { isDaemonError } from "../../docker/errors.js";
import { flagBool } from "./flags.js";
import { daemonFailure, type DockerSub } from "./cli.js";

const SHELLS = new Set(["sh", "bash", "ash", "zsh", "/bin/sh", "/bin/bash", "/bin/ash", "/bin/zsh"]);

export const execSub: DockerSub = {
  path: "docker exec",
  aliases: ["docker container exec"],
  use: "[OPTIONS] CONTAINER COMMAND [ARG...]",
  short: "Execute a command in a running container",
  flags: [
    { long: "detach", short: "d", type: "bool" },
    { long: "interactive", short: "i", type: "bool" },
    { long: "tty", short: "t", type: "bool" },
    { long: "env", short: "e", type: "list" },
    { long: "user", short: "u", type: "string" },
    { long: "workdir", short: "w", type: "string" },
    { long: "privileged", type: "bool" },
  ],
  interspersed: false,
  args: { min: 2 },
  async run(d, p) {
    syncContainers(d.world, d.state);
    const [ref, ...argv] = p.args as [string, ...string[]];
    const c = findContainer(d.state, ref);
    if (isDaemonError(c)) return daemonFailure(c);
    if (c.status !== "running" || !c.nsId) return daemonFailure({ daemonError: "conflict", message: `container ${c.id} is not running` });
    if (argv.length === 1 && SHELLS.has(argv[0]!) && (flagBool(p, "interactive") || flagBool(p, "tty"))) {
      return { stdout: "", stderr: `nflab: an interactive shell inside a container is not emulated; run one command at a time: docker exec ${ref} ip addr\n`, exitCode: 1 };
    }
    if (flagBool(p, "detach")) return { stdout: "", stderr: "", exitCode: 0 };
    const r = await d.ctx.exec(argv, { ns: c.nsId });
    if (r.exitCode === 127 && /command not found/.test(r.stderr)) {
      return { stdout: "", stderr: `OCI runtime exec failed: exec failed: unable to start container process: exec: "${argv[0]}": executable file not found in $PATH: unknown\n`, exitCode: 127 };
    }
    return r;
  },
};
