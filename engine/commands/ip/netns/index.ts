/**
 * `ip netns` (ip/ipnetns.c): list, add, delete, exec, identify, set,
 * list-id. Named namespaces live under /run/netns; `exec` runs a lab
 * command inside one.
 */
import type { IpRun } from "../context.js";
import type { CommandResult } from "../../types.js";
import { matches } from "../matches.js";
import { exitWith, extackError } from "../errors.js";
import { addNetns, deleteNetns, namedNamespaces, netnsByName } from "../../../net/netns.js";
import { nsidOf } from "../../../net/nsid.js";
import { IPNETNS_USAGE } from "../usage-texts.js";

/** netns_valid_name */
function invalidName(name: string): boolean {
  return name === "" || name.includes("/") || name === "." || name === "..";
}

/** netns_pids: the processes of a namespace (the lab tracks none by namespace), once its file opens. */
function pids(run: IpRun, argv: readonly string[]): void {
  const name = argv[0];
  if (name === undefined) exitWith(1, "No netns name specified\n");
  if (!netnsByName(run.world, name)) exitWith(1, "Cannot open network namespace: No such file or directory\n");
}

function list(run: IpRun): void {
  const named = namedNamespaces(run.world);
  if (named.length === 0 && run.world.files["/run/netns"] === undefined) return;
  const out = run.out;
  out.startList();
  for (const ns of named) {
    out.openObject();
    out.string("any", "name", "%s", ns.netnsName!);
    const id = nsidOf(run.ns, ns);
    if (id !== undefined) out.number("any", "id", " (id: %d)", id);
    out.string("fp", null, "\n", null);
    out.closeObject();
  }
  out.endList();
}

function add(run: IpRun, argv: readonly string[]): void {
  const name = argv[0];
  if (name === undefined) exitWith(1, "No netns name specified\n");
  const made = addNetns(run.world, name, run.ns.hostname);
  if (made === "EEXIST") exitWith(1, `Cannot create namespace file "/run/netns/${name}": File exists\n`);
}

function del(run: IpRun, argv: readonly string[]): void {
  if (run.opts.all) {
    for (const ns of namedNamespaces(run.world)) deleteNetns(run.world, ns.netnsName!);
    return;
  }
  const name = argv[0];
  if (name === undefined) exitWith(1, "No netns name specified\n");
  if (deleteNetns(run.world, name)) exitWith(1, `Cannot remove namespace file "/run/netns/${name}": No such file or directory\n`);
}

/** cmd_exec: the command runs in the namespace; ip exits with its status. */
async function exec(run: IpRun, argv: readonly string[]): Promise<CommandResult> {
  if (run.opts.all) {
    if (argv.length < 1) exitWith(1, "No command specified\n");
    let stdout = "";
    let stderr = "";
    for (const ns of namedNamespaces(run.world)) {
      stdout += `\nnetns: ${ns.netnsName}\n`;
      const r = await runIn(run, ns.id, argv, false);
      stdout += r.stdout;
      stderr += r.stderr;
    }
    return { stdout, stderr, exitCode: 0 };
  }
  if (argv.length < 1) exitWith(1, "No netns name specified\n");
  if (argv.length < 2) exitWith(1, "No command specified\n");
  const ns = netnsByName(run.world, argv[0]!);
  if (!ns) exitWith(255, `Cannot open network namespace "${argv[0]}": No such file or directory\n`);
  return runIn(run, ns.id, argv.slice(1), true);
}

/** `passThrough`: the child's output becomes ip's unchanged (not under a `netns: NAME` header). */
async function runIn(run: IpRun, nsId: string, argv: readonly string[], passThrough: boolean): Promise<CommandResult> {
  const r = await run.cmd.exec(argv, { ns: nsId, stdin: run.cmd.stdin, passThrough });
  if (r.exitCode === 127 && /command not found/.test(r.stderr)) {
    return { stdout: r.stdout, stderr: `exec of "${argv[0]}" failed: No such file or directory\n`, exitCode: 1 };
  }
  return r;
}

function identify(run: IpRun): void {
  run.out.raw(`${run.ns.netnsName ?? ""}\n`);
}

function set(run: IpRun, argv: readonly string[]): void {
  if (argv.length < 2) exitWith(255, IPNETNS_USAGE);
  const ns = netnsByName(run.world, argv[0]!);
  if (!ns) exitWith(255, `Cannot open network namespace "${argv[0]}": No such file or directory\n`);
  const id = argv[1] === "auto" ? -1 : Number(argv[1]);
  if (!Number.isInteger(id) || id < -1) exitWith(255, `Invalid "netnsid" value\n`);
  run.ns.nsids ??= {};
  if (run.ns.nsids[ns.id] !== undefined || (id >= 0 && Object.values(run.ns.nsids).includes(id))) {
    extackError("The specified nsid is already used");
  }
  if (id >= 0) run.ns.nsids[ns.id] = id;
  else {
    let next = 0;
    while (Object.values(run.ns.nsids).includes(next)) next++;
    run.ns.nsids[ns.id] = next;
  }
}

function listId(run: IpRun): void {
  const ids = Object.entries(run.ns.nsids ?? {}).sort((a, b) => a[1] - b[1]);
  for (const [nsId, id] of ids) {
    const name = run.world.namespaces[nsId]?.netnsName;
    run.out.raw(name !== undefined ? `nsid ${id} (iproute2 netns name: ${name})\n` : `nsid ${id} \n`);
  }
}

export async function doNetns(run: IpRun, argv: readonly string[]): Promise<CommandResult | undefined> {
  if (argv.length < 1) return void list(run);
  const [cmd, ...rest] = argv as [string, ...string[]];
  if (!run.opts.all && rest.length > 0 && invalidName(rest[0]!)) exitWith(255, `Invalid netns name "${rest[0]}"\n`);
  if (matches(cmd, "list") || matches(cmd, "show") || matches(cmd, "lst")) return void list(run);
  if (matches(cmd, "list-id")) return void listId(run);
  if (matches(cmd, "help")) return exitWith(255, IPNETNS_USAGE);
  if (matches(cmd, "add")) return void add(run, rest);
  if (matches(cmd, "set")) return void set(run, rest);
  if (matches(cmd, "delete")) return void del(run, rest);
  if (matches(cmd, "identify")) return void identify(run);
  if (matches(cmd, "pids")) return void pids(run, rest);
  if (matches(cmd, "exec")) return exec(run, rest);
  if (matches(cmd, "monitor") || matches(cmd, "attach")) return exitWith(255, `nflab: ip netns ${cmd} is not emulated\n`);
  return exitWith(255, `Command "${cmd}" is unknown, try "ip netns help".\n`);
}
