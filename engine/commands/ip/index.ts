/**
 * ip (iproute2 6.1): options, then the object (matched as a prefix in the
 * tool's order) — link, address, route, neigh, netns. Runs in the
 * command's namespace, or the one -n names; settles the link watch after
 * a change as the kernel's worker would. Objects the lab does not emulate
 * say so.
 */
import type { CommandContext, CommandResult, LabCommand } from "../types.js";
import { IpExit, exitWith } from "./errors.js";
import { IP_VERSION, parseIpOptions, usage } from "./options.js";
import { newRun, type IpRun } from "./context.js";
import { matches } from "./matches.js";
import { doIplink } from "./link/index.js";
import { doIpaddr } from "./addr/index.js";
import { doIproute } from "./route/index.js";
import { doIpneigh } from "./neigh/index.js";
import { doNetns } from "./netns/index.js";
import { netnsByName } from "../../net/netns.js";
import { settleLinkwatch } from "../../net/linkwatch.js";

type Handler = (run: IpRun, argv: readonly string[]) => void | Promise<CommandResult | undefined>;

const notEmulated = (name: string): Handler => () => exitWith(255, `nflab: ip ${name} is not emulated\n`);

/** ip.c's cmds[], in order: the first whose name the argument is a prefix of wins. */
const OBJECTS: readonly (readonly [string, Handler])[] = [
  ["address", doIpaddr],
  ["addrlabel", notEmulated("addrlabel")],
  ["maddress", notEmulated("maddress")],
  ["route", doIproute],
  ["rule", notEmulated("rule")],
  ["neighbor", doIpneigh],
  ["neighbour", doIpneigh],
  ["ntable", notEmulated("ntable")],
  ["ntbl", notEmulated("ntbl")],
  ["link", doIplink],
  ["l2tp", notEmulated("l2tp")],
  ["fou", notEmulated("fou")],
  ["ila", notEmulated("ila")],
  ["macsec", notEmulated("macsec")],
  ["tunnel", notEmulated("tunnel")],
  ["tunl", notEmulated("tunl")],
  ["tuntap", notEmulated("tuntap")],
  ["tap", notEmulated("tap")],
  ["token", notEmulated("token")],
  ["tcpmetrics", notEmulated("tcpmetrics")],
  ["tcp_metrics", notEmulated("tcp_metrics")],
  ["monitor", notEmulated("monitor")],
  ["xfrm", notEmulated("xfrm")],
  ["mroute", notEmulated("mroute")],
  ["mrule", notEmulated("mrule")],
  ["netns", doNetns],
  ["netconf", notEmulated("netconf")],
  ["vrf", notEmulated("vrf")],
  ["sr", notEmulated("sr")],
  ["nexthop", notEmulated("nexthop")],
  ["mptcp", notEmulated("mptcp")],
  ["ioam", notEmulated("ioam")],
  ["help", () => usage()],
  ["stats", notEmulated("stats")],
];

async function runIp(ctx: CommandContext, stderr: string[]): Promise<CommandResult> {
  const { opts, rest, version } = parseIpOptions(ctx.argv.slice(1));
  if (version) return { stdout: IP_VERSION, stderr: "", exitCode: 0 };
  let ns = ctx.ns;
  if (opts.netns !== undefined) {
    const target = netnsByName(ctx.world, opts.netns);
    if (!target) exitWith(255, `Cannot open network namespace "${opts.netns}": No such file or directory\n`);
    ns = target;
  }
  if (rest.length === 0) usage();
  const [object, ...args] = rest as [string, ...string[]];
  const handler = OBJECTS.find(([name]) => matches(object, name))?.[1];
  if (!handler) return { stdout: "", stderr: `Object "${object}" is unknown, try "ip help".\n`, exitCode: 1 };
  const run = newRun(ctx, ns, opts, (t) => stderr.push(t));
  try {
    const result = await handler(run, args);
    if (result) return { stdout: run.out.output() + result.stdout, stderr: stderr.join("") + result.stderr, exitCode: result.exitCode };
    return { stdout: run.out.output(), stderr: stderr.join(""), exitCode: 0 };
  } catch (e) {
    if (e instanceof IpExit) return { stdout: run.out.output(), stderr: stderr.join("") + e.stderr, exitCode: e.code };
    throw e;
  }
}

export const ipCommand: LabCommand = {
  name: "ip",
  summary: "show and change links, addresses, routes, neighbours and network namespaces (iproute2)",
  interleavesOutput: true,
  async run(ctx) {
    settleLinkwatch(ctx.world);
    const stderr: string[] = [];
    try {
      return await runIp(ctx, stderr);
    } catch (e) {
      if (e instanceof IpExit) return { stdout: "", stderr: stderr.join("") + e.stderr, exitCode: e.code };
      throw e;
    } finally {
      settleLinkwatch(ctx.world);
    }
  },
};
