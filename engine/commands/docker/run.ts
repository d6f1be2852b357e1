/**
 * `docker run` and `docker create`. Detached, run prints the new id and
 * returns; attached, a command that runs once (`docker run --rm alpine ip
 * addr`) runs in the container's namespace and its output and status are
 * the run's. A server or a shell left attached would hold the terminal
 * forever, which the lab cannot do: it says so and asks for -d.
 */
import type { CommandResult } from "../types.js";
import type { DockerContainer } from "../../docker/types.js";
import { createContainer, exitContainer, startContainer, type RunSpec } from "../../docker/containers.js";
import { isDaemonError, type DaemonError } from "../../docker/errors.js";
import { parseImageRef } from "../../docker/images.js";
import { flagBool, flagList, flagString, type FlagSpec, type ParsedFlags } from "./flags.js";
import type { DockerCtx, DockerSub } from "./cli.js";

const CREATE_FLAGS: readonly FlagSpec[] = [
  { long: "name", type: "string" },
  { long: "publish", short: "p", type: "list" },
  { long: "publish-all", short: "P", type: "bool" },
  { long: "network", type: "string" },
  { long: "net", type: "string" },
  { long: "ip", type: "string" },
  { long: "env", short: "e", type: "list" },
  { long: "expose", type: "list" },
  { long: "hostname", short: "h", type: "string" },
  { long: "entrypoint", type: "string" },
  { long: "rm", type: "bool" },
  { long: "tty", short: "t", type: "bool" },
  { long: "interactive", short: "i", type: "bool" },
  { long: "restart", type: "string" },
  { long: "cap-add", type: "list" },
  { long: "privileged", type: "bool" },
  { long: "label", short: "l", type: "list" },
  { long: "volume", short: "v", type: "list" },
  { long: "sysctl", type: "list" },
];

/** reportError: "docker: MESSAGE." and, for errors before the container exists, the help hint. */
function report(name: string, message: string, withHelp: boolean): string {
  const text = `${message.replace(/\.$/, "")}.`;
  return `docker: ${text}${withHelp ? `\nSee 'docker ${name} --help'.` : ""}\n`;
}

function specOf(p: ParsedFlags): RunSpec | string {
  if (flagList(p, "volume").length) return "nflab: volumes (-v) are not emulated: the lab models Docker's networking, not container filesystems";
  if (flagList(p, "sysctl").length) return "nflab: --sysctl is not emulated";
  const [image, ...cmd] = p.args;
  const labels = Object.fromEntries(flagList(p, "label").map((l) => [l.split("=")[0]!, l.split("=").slice(1).join("=")]));
  const network = flagString(p, "network") ?? flagString(p, "net");
  const spec: RunSpec = {
    image: image!,
    ...(cmd.length ? { cmd } : {}),
    ...(flagString(p, "name") !== undefined ? { name: flagString(p, "name")! } : {}),
    ports: flagList(p, "publish"),
    publishAll: flagBool(p, "publish-all"),
    expose: flagList(p, "expose"),
    ...(network !== undefined ? { network } : {}),
    ...(flagString(p, "ip") !== undefined ? { ip: flagString(p, "ip")! } : {}),
    ...(flagString(p, "hostname") !== undefined ? { hostname: flagString(p, "hostname")! } : {}),
    ...(flagString(p, "entrypoint") !== undefined ? { entrypoint: flagString(p, "entrypoint")! } : {}),
    ...(flagString(p, "restart") !== undefined ? { restart: flagString(p, "restart")! } : {}),
    env: flagList(p, "env"),
    autoRemove: flagBool(p, "rm"),
    tty: flagBool(p, "tty"),
    interactive: flagBool(p, "interactive"),
    capAdd: flagList(p, "cap-add"),
    privileged: flagBool(p, "privileged"),
    labels,
  };
  return spec;
}

/** The create step, with the messages the CLI prints before the daemon's answer. */
function create(d: DockerCtx, name: string, spec: RunSpec): { container: DockerContainer; stderr: string } | CommandResult {
  const ref = parseImageRef(spec.image);
  const made = createContainer(d.world, d.state, spec);
  if (isDaemonError(made)) {
    const pull = made.message.startsWith("pull access denied") && ref ? `Unable to find image '${ref.repo}:${ref.tag}' locally\n` : "";
    return { stdout: "", stderr: pull + report(name, `Error response from daemon: ${made.message}`, true), exitCode: 125 };
  }
  const warn = spec.network === "host" && (spec.ports?.length ?? 0) > 0 ? "WARNING: Published ports are discarded when using host network mode\n" : "";
  return { container: made, stderr: warn };
}

function startFailed(name: string, err: DaemonError, stdout: string, stderr: string): CommandResult {
  return { stdout, stderr: stderr + report(name, `Error response from daemon: ${err.message}`, false), exitCode: 125 };
}

async function runAttached(d: DockerCtx, c: DockerContainer, stderr: string): Promise<CommandResult> {
  const err = startContainer(d.world, d.state, c, { holdOnce: true });
  if (err) return startFailed("run", err, "", stderr);
  const argv = [...c.entrypoint, ...c.cmd];
  const r = await d.ctx.exec(argv, { ns: c.nsId! });
  if (r.exitCode === 127 && /command not found|No such file/.test(r.stderr)) {
    exitContainer(d.world, d.state, c, 127);
    c.status = "created";
    const msg = `failed to create task for container: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "${argv[0]}": executable file not found in $PATH: unknown`;
    c.error = msg;
    return { stdout: "", stderr: stderr + report("run", `Error response from daemon: ${msg}`, false), exitCode: 127 };
  }
  exitContainer(d.world, d.state, c, r.exitCode);
  return { stdout: r.stdout, stderr: stderr + r.stderr, exitCode: r.exitCode };
}

export const runSub: DockerSub = {
  path: "docker run",
  aliases: ["docker container run"],
  use: "[OPTIONS] IMAGE [COMMAND] [ARG...]",
  short: "Create and run a new container from an image",
  flags: [{ long: "detach", short: "d", type: "bool" }, ...CREATE_FLAGS],
  interspersed: false,
  args: { min: 1 },
  async run(d, p) {
    const spec = specOf(p);
    if (typeof spec === "string") return { stdout: "", stderr: `${spec}\n`, exitCode: 125 };
    const detach = flagBool(p, "detach");
    if (detach && spec.autoRemove === undefined) spec.autoRemove = false;
    const made = create(d, "run", spec);
    if ("exitCode" in made) return made;
    const { container: c, stderr } = made;
    if (!detach) {
      if (c.main.kind !== "once") {
        d.state.containers.splice(d.state.containers.indexOf(c), 1);
        const what = c.main.kind === "server" ? c.main.servers[0]!.command : [...c.entrypoint, ...c.cmd].join(" ");
        return { stdout: "", stderr: `${stderr}nflab: an attached \`docker run\` would hold this terminal until ${what} ends; use \`docker run -d ...\` (then \`docker exec\` to run commands inside)\n`, exitCode: 1 };
      }
      return runAttached(d, c, stderr);
    }
    const stdout = `${c.id}\n`;
    const err = startContainer(d.world, d.state, c);
    if (err) return startFailed("run", err, stdout, stderr);
    return { stdout, stderr, exitCode: 0 };
  },
};

export const createSub: DockerSub = {
  path: "docker create",
  aliases: ["docker container create"],
  use: "[OPTIONS] IMAGE [COMMAND] [ARG...]",
  short: "Create a new container",
  flags: CREATE_FLAGS,
  interspersed: false,
  args: { min: 1 },
  run(d, p) {
    const spec = specOf(p);
    if (typeof spec === "string") return { stdout: "", stderr: `${spec}\n`, exitCode: 125 };
    const made = create(d, "create", spec);
    if ("exitCode" in made) return made;
    return { stdout: `${made.container.id}\n`, stderr: made.stderr, exitCode: 0 };
  },
};
