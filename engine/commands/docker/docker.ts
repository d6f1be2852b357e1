/**
 * `docker`: the Docker CLI 27.5 over the lab's Docker Engine. The first use
 * starts dockerd if it has not run yet (as docker.socket would). Global
 * options, the subcommand (or its management-command alias), its flags and
 * argument count are checked as cobra checks them, with the same messages.
 */
import type { CommandContext, CommandResult, LabCommand } from "../types.js";
import { startDocker } from "../../docker/daemon.js";
import { parseFlags } from "./flags.js";
import { checkArgs, flagError, helpText, type DockerSub } from "./cli.js";
import { createSub, runSub } from "./run.js";
import { psSub } from "./ps.js";
import { killSub, restartSub, rmSub, startSub, stopSub } from "./lifecycle.js";
import { execSub } from "./exec.js";
import { containerInspectSub, inspectSub } from "./inspect.js";
import { portSub } from "./port.js";
import { infoSub, versionSub, DOCKER_VERSION, CLI_COMMIT } from "./system.js";
import { imagesSub } from "./images.js";
import { networkConnectSub, networkCreateSub, networkDisconnectSub, networkInspectSub, networkLsSub, networkRmSub } from "./network.js";

export const DOCKER_SUBCOMMANDS: readonly DockerSub[] = [
  runSub, createSub, psSub, startSub, stopSub, restartSub, killSub, rmSub, execSub, inspectSub, containerInspectSub, portSub,
  versionSub, infoSub, imagesSub, networkLsSub, networkCreateSub, networkRmSub, networkInspectSub, networkConnectSub, networkDisconnectSub,
];

const GROUPS: Readonly<Record<string, string>> = {
  container: "Manage containers",
  network: "Manage networks",
  image: "Manage images",
  system: "Manage Docker",
};

export const NOT_EMULATED = new Set([
  "logs", "pull", "push", "build", "compose", "volume", "cp", "stats", "top", "attach", "commit", "save", "load", "tag", "rmi",
  "login", "logout", "search", "events", "history", "pause", "unpause", "rename", "update", "wait", "diff", "export", "import",
  "swarm", "service", "stack", "secret", "config", "node", "plugin", "context", "buildx", "builder", "manifest", "trust", "init", "scout", "debug",
]);

function findSub(words: readonly string[]): { sub: DockerSub; rest: string[] } | undefined {
  for (const n of [2, 1]) {
    if (words.length < n || words.slice(0, n).some((w) => w.startsWith("-"))) continue;
    const path = `docker ${words.slice(0, n).join(" ")}`;
    const sub = DOCKER_SUBCOMMANDS.find((s) => s.path === path || s.aliases?.includes(path));
    if (sub) return { sub, rest: words.slice(n) };
  }
  return undefined;
}

function groupUsage(group: string): string {
  const subs = DOCKER_SUBCOMMANDS.flatMap((s) => [s.path, ...(s.aliases ?? [])].filter((p) => p.startsWith(`docker ${group} `)).slice(0, 1).map((p) => [p.split(" ")[2]!, s.short] as const));
  const width = Math.max(...subs.map(([n]) => n.length)) + 2;
  return `\nUsage:  docker ${group} COMMAND\n\n${GROUPS[group]}\n\nCommands:\n${subs.map(([n, s]) => `  ${n.padEnd(width)}${s}`).join("\n")}\n\nRun 'docker ${group} COMMAND --help' for more information on a command.\n`;
}

const TOP_USAGE = `\nUsage:  docker [OPTIONS] COMMAND\n\nA self-sufficient runtime for containers\n\nCommon Commands:\n${[
  ["run", "Create and run a new container from an image"], ["exec", "Execute a command in a running container"], ["ps", "List containers"],
  ["images", "List images"], ["version", "Show the Docker version information"], ["info", "Display system-wide information"],
].map(([n, s]) => `  ${n!.padEnd(11)}${s}`).join("\n")}\n\nManagement Commands:\n${Object.entries(GROUPS).map(([n, s]) => `  ${n.padEnd(11)}${s}`).join("\n")}\n\nRun 'docker COMMAND --help' for more information on a command.\n`;

export async function runDocker(ctx: CommandContext): Promise<CommandResult> {
  const argv = ctx.argv.slice(1);
  const first = argv[0];
  if (first === undefined || first === "--help" || first === "-h" || first === "help") return { stdout: TOP_USAGE, stderr: "", exitCode: 0 };
  if (first === "--version" || first === "-v") return { stdout: `Docker version ${DOCKER_VERSION}, build ${CLI_COMMIT}\n`, stderr: "", exitCode: 0 };
  if (first.startsWith("-")) return { stdout: "", stderr: `nflab: docker's global option ${first} is not emulated\n`, exitCode: 125 };
  const found = findSub(argv);
  if (!found) {
    if (first in GROUPS) {
      const usage = groupUsage(first);
      if (argv.length === 1 || argv[1] === "--help") return { stdout: usage, stderr: "", exitCode: 0 };
      return { stdout: "", stderr: `${usage}`, exitCode: 1 };
    }
    if (NOT_EMULATED.has(first)) return { stdout: "", stderr: `nflab: \`docker ${first}\` is not emulated; the lab models Docker's networking (run, ps, inspect, port, exec, network, ...)\n`, exitCode: 1 };
    return { stdout: "", stderr: `docker: '${first}' is not a docker command.\nSee 'docker --help'\n`, exitCode: 1 };
  }
  const { sub, rest } = found;
  const parsed = parseFlags(rest, sub.flags, sub.interspersed ?? true);
  if ("error" in parsed) return flagError(sub, parsed.error);
  if (parsed.values.get("help") === true) return { stdout: helpText(sub), stderr: "", exitCode: 0 };
  const bad = checkArgs(sub, parsed.args.length);
  if (bad) return bad;
  if (ctx.world.docker && !ctx.world.docker.running) {
    return { stdout: "", stderr: "Cannot connect to the Docker daemon at unix:///var/run/docker.sock. Is the docker daemon running?\n", exitCode: 1 };
  }
  const state = startDocker(ctx.world);
  return sub.run({ ctx, world: ctx.world, state }, parsed);
}

export const dockerCommand: LabCommand = {
  name: "docker",
  summary: "run containers and their networks (Docker Engine 27.5: run, ps, exec, port, inspect, network)",
  run: runDocker,
};
