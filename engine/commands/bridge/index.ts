/**
 * bridge (iproute2 6.1): `bridge link [show] [dev DEV]` lists bridge ports
 * with their STP state, priority and cost (-d for the port flags, -j for
 * JSON); `bridge fdb [show]` the forwarding database (fdb.ts). fdb changes,
 * mdb, vlan and monitor are not emulated and say so.
 */
import type { CommandContext, CommandResult, LabCommand } from "../types.js";
import type { Link } from "../../world/types.js";
import { newRun, type IpRun } from "../ip/context.js";
import { IpExit, exitWith, duparg, invarg } from "../ip/errors.js";
import { matches, Args } from "../ip/matches.js";
import type { IpOptions } from "../ip/options.js";
import { printLinkFlags } from "../ip/link/print-link.js";
import { lowerIsDown } from "../../net/link-state.js";
import { netnsByName } from "../../net/netns.js";
import { settleLinkwatch } from "../../net/linkwatch.js";
import { BRIDGE_LINK_USAGE, BRIDGE_USAGE } from "./usage-texts.js";
import { fdbShow } from "./fdb.js";

function parseOptions(argv: string[]): { opts: IpOptions; rest: string[]; version?: true } {
  const opts: IpOptions = {
    family: "unspec",
    stats: 0,
    details: 0,
    oneline: false,
    brief: false,
    json: false,
    pretty: false,
    color: undefined,
    all: false,
    force: false,
    numeric: false,
    resolve: false,
  };
  while (argv.length > 0) {
    let opt = argv[0]!;
    if (opt === "--") {
      argv.shift();
      break;
    }
    if (!opt.startsWith("-")) break;
    if (opt[1] === "-") opt = opt.slice(1);
    if (matches(opt, "-help")) exitWith(255, BRIDGE_USAGE);
    else if (matches(opt, "-Version")) return { opts, rest: [], version: true };
    else if (matches(opt, "-stats") || matches(opt, "-statistics")) opts.stats++;
    else if (matches(opt, "-details")) opts.details++;
    else if (matches(opt, "-oneline")) opts.oneline = true;
    else if (matches(opt, "-timestamp")) void 0;
    else if (matches(opt, "-family")) {
      argv.shift();
      const f = argv[0];
      if (f === undefined || f === "help") exitWith(255, BRIDGE_USAGE);
      if (f === "inet") opts.family = "inet";
      else if (f === "inet6") opts.family = "inet6";
      else invarg("invalid protocol family", f);
    } else if (opt === "-4") opts.family = "inet";
    else if (opt === "-6") opts.family = "inet6";
    else if (matches(opt, "-netns")) {
      argv.shift();
      if (argv.length === 0) exitWith(255, 'Command line is not complete. Try option "help"\n');
      opts.netns = argv[0]!;
    } else if (/^-c(o(l(o(r)?)?)?)?(=(always|auto|never))?$/.test(opt) && !matches(opt.split("=")[0]!, "-compressvlans")) {
      opts.color = (opt.split("=")[1] as IpOptions["color"]) ?? "always";
    } else if (matches(opt, "-compressvlans")) void 0;
    else if (matches(opt, "-force")) opts.force = true;
    else if (matches(opt, "-json")) opts.json = true;
    else if (matches(opt, "-pretty")) opts.pretty = true;
    else if (matches(opt, "-batch")) exitWith(255, "nflab: bridge -batch is not emulated\n");
    else exitWith(255, `Option "${opt}" is unknown, try "bridge help".\n`);
    argv.shift();
  }
  return { opts, rest: argv };
}

function printPort(run: IpRun, link: Link): void {
  const out = run.out;
  const port = link.brport!;
  out.openObject();
  out.number("any", "ifindex", "%d: ", link.ifindex);
  let name = link.name;
  if (link.peer) {
    if (link.peer.ns !== run.ns.id) name = out.isJson ? name : `${name}@if${link.peer.ifindex}`;
    else {
      const peer = run.ll.indexToName(link.peer.ifindex);
      if (out.isJson) out.string("json", "link", null, peer);
      else name = `${name}@${peer}`;
    }
    if (link.peer.ns !== run.ns.id && out.isJson) out.number("json", "link_index", null, link.peer.ifindex);
  }
  out.string("any", "ifname", "%s: ", name, "ifname");
  printLinkFlags(run, link, lowerIsDown(run.ns, link));
  out.number("any", "mtu", "mtu %u ", link.mtu);
  out.string("any", "master", "master %s ", link.master!);
  out.string("any", "state", "state %s ", port.state);
  out.number("any", "priority", "priority %u ", port.priority);
  out.number("any", "cost", "cost %u ", port.cost);
  if (run.opts.details > 0) {
    if (!out.isJson) out.raw(`${run.opts.oneline ? "\\" : "\n"}    `);
    for (const [key, on] of [["hairpin", false], ["guard", false], ["root_block", false], ["fastleave", false], ["learning", true], ["flood", true], ["mcast_flood", true], ["bcast_flood", true]] as const) {
      out.onOff("any", key, `${key} %s `, on);
    }
    out.number("any", "mcast_router", "mcast_router %u ", 1);
    for (const [key, on] of [["mcast_to_unicast", false], ["neigh_suppress", false], ["vlan_tunnel", false], ["isolated", false], ["locked", false]] as const) {
      out.onOff("any", key, `${key} %s `, on);
    }
  }
  out.string("fp", null, "%s", "\n");
  out.closeObject();
}

function linkShow(run: IpRun, argv: readonly string[]): void {
  let dev: string | undefined;
  const args = new Args(argv);
  while (!args.done) {
    if (args.take() === "dev") {
      const v = args.next();
      if (dev !== undefined) duparg("dev", v);
      dev = v;
    }
  }
  run.ll.rememberAll();
  let only: number | undefined;
  if (dev !== undefined) {
    only = run.ll.nameToIndex(dev);
    // bridge returns nodev's -1 as its status.
    if (!only) exitWith(255, `Cannot find device "${dev}"\n`);
  }
  run.out.startList();
  for (const link of run.ns.links) {
    if (!link.brport || (only !== undefined && link.ifindex !== only)) continue;
    printPort(run, link);
  }
  run.out.endList();
}

function doLink(run: IpRun, argv: readonly string[]): void {
  if (argv.length === 0) return linkShow(run, []);
  const [cmd, ...rest] = argv as [string, ...string[]];
  if (matches(cmd, "set") || matches(cmd, "change")) return exitWith(255, "nflab: bridge link set is not emulated\n");
  if (matches(cmd, "show") || matches(cmd, "lst") || matches(cmd, "list")) return linkShow(run, rest);
  if (matches(cmd, "help")) return exitWith(255, BRIDGE_LINK_USAGE);
  return exitWith(255, `Command "${cmd}" is unknown, try "bridge link help".\n`);
}

function doFdb(run: IpRun, ctx: CommandContext, argv: readonly string[]): void {
  const [cmd, ...rest] = argv;
  if (cmd === undefined) return fdbShow(run, ctx.world, []);
  if (matches(cmd, "show") || matches(cmd, "list") || matches(cmd, "lst")) return fdbShow(run, ctx.world, rest);
  return exitWith(255, `nflab: bridge fdb ${cmd} is not emulated\n`);
}

async function runBridge(ctx: CommandContext): Promise<CommandResult> {
  const { opts, rest, version } = parseOptions(ctx.argv.slice(1));
  if (version) return { stdout: "bridge utility, 6.1.0\n", stderr: "", exitCode: 0 };
  let ns = ctx.ns;
  if (opts.netns !== undefined) {
    const target = netnsByName(ctx.world, opts.netns);
    if (!target) exitWith(255, `Cannot open network namespace "${opts.netns}": No such file or directory\n`);
    ns = target;
  }
  if (rest.length === 0) exitWith(255, BRIDGE_USAGE);
  const [object, ...args] = rest as [string, ...string[]];
  const run = newRun(ctx, ns, opts, () => undefined);
  const objects = ["link", "fdb", "mdb", "vlan", "vni", "monitor", "help"];
  const name = objects.find((o) => matches(object, o));
  if (!name) exitWith(255, `Object "${object}" is unknown, try "bridge help".\n`);
  if (name === "help") exitWith(255, BRIDGE_USAGE);
  if (name !== "link" && name !== "fdb") exitWith(255, `nflab: bridge ${name} is not emulated\n`);
  try {
    if (name === "fdb") doFdb(run, ctx, args);
    else doLink(run, args);
  } catch (e) {
    if (e instanceof IpExit) return { stdout: run.out.output(), stderr: e.stderr, exitCode: e.code };
    throw e;
  }
  return { stdout: run.out.output(), stderr: "", exitCode: 0 };
}

export const bridgeCommand: LabCommand = {
  name: "bridge",
  summary: "show bridge ports and their STP state (iproute2)",
  async run(ctx) {
    settleLinkwatch(ctx.world);
    try {
      return await runBridge(ctx);
    } catch (e) {
      if (e instanceof IpExit) return { stdout: "", stderr: e.stderr, exitCode: e.code };
      throw e;
    }
  },
};
