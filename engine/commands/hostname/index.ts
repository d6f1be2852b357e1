/**
 * hostname (Debian's hostname 3.23): the namespace's host name; -s, -d, -f
 * and -i by /etc/hosts as the resolver would; -I the addresses of the links
 * that are up (not lo, not link-local); setting a new name.
 */
import type { CommandContext, CommandResult, LabCommand } from "../types.js";
import type { World } from "../../world/types.js";
import { HOSTNAME_USAGE } from "./usage-text.js";

/** /etc/hosts lines that name the host: [address, names...]. */
function hostsEntries(ctx: CommandContext, name: string): string[][] {
  let text = "";
  try {
    text = ctx.fs.readFile("/etc/hosts");
  } catch {
    return [];
  }
  return text
    .split("\n")
    .map((l) => l.replace(/#.*/, "").trim().split(/\s+/))
    .filter((f) => f.length >= 2 && f.slice(1).includes(name));
}

function allAddresses(ctx: CommandContext): string {
  const v4: string[] = [];
  const v6: string[] = [];
  for (const link of ctx.ns.links) {
    if (!link.up || link.kind === "loopback") continue;
    for (const a of link.addrs) v4.push(a.address);
    for (const a of link.inet6 ?? []) if (a.scope !== "link") v6.push(a.address);
  }
  return [...v4, ...v6].map((a) => `${a} `).join("") + "\n";
}

function setHostname(world: World, ctx: CommandContext, name: string): CommandResult {
  if (name.length === 0 || name.length > 64 || !/^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/.test(name)) {
    return { stdout: "", stderr: "hostname: the specified hostname is invalid\n", exitCode: 1 };
  }
  // ip netns namespaces share the lab host's UTS namespace; a container has its own.
  const shared = ctx.ns.kind === "host" || ctx.ns.kind === "netns";
  for (const ns of Object.values(world.namespaces)) {
    if (ns === ctx.ns || (shared && (ns.kind === "host" || ns.kind === "netns"))) ns.hostname = name;
  }
  return { stdout: "", stderr: "", exitCode: 0 };
}

function fqdn(ctx: CommandContext): string | undefined {
  const entry = hostsEntries(ctx, ctx.ns.hostname)[0];
  return entry ? entry[1] : undefined;
}

function run(ctx: CommandContext): CommandResult {
  const args = ctx.argv.slice(1);
  const name = ctx.ns.hostname;
  const notKnown = { stdout: "", stderr: "hostname: Name or service not known\n", exitCode: 1 };
  if (args.length === 0) return { stdout: `${name}\n`, stderr: "", exitCode: 0 };
  const arg = args[0]!;
  const long: Readonly<Record<string, string>> = {
    "--short": "-s",
    "--domain": "-d",
    "--fqdn": "-f",
    "--long": "-f",
    "--ip-address": "-i",
    "--ip-addresses": "-i",
    "--all-ip-addresses": "-I",
    "--all-fqdns": "-A",
    "--alias": "-a",
    "--version": "-V",
    "--help": "-h",
    "--file": "-F",
    "--boot": "-b",
  };
  const opt = long[arg] ?? arg;
  switch (opt) {
    case "-s":
      return { stdout: `${name.split(".")[0]}\n`, stderr: "", exitCode: 0 };
    case "-f": {
      const f = fqdn(ctx);
      return f ? { stdout: `${f}\n`, stderr: "", exitCode: 0 } : notKnown;
    }
    case "-d": {
      const f = fqdn(ctx);
      if (!f) return notKnown;
      const dot = f.indexOf(".");
      return { stdout: dot < 0 ? "" : `${f.slice(dot + 1)}\n`, stderr: "", exitCode: 0 };
    }
    case "-i": {
      const entries = hostsEntries(ctx, name);
      if (entries.length === 0) return notKnown;
      return { stdout: `${entries.map((e) => e[0]).join(" ")}\n`, stderr: "", exitCode: 0 };
    }
    case "-I":
      return { stdout: allAddresses(ctx), stderr: "", exitCode: 0 };
    case "-A":
      return { stdout: `${ctx.ns.links.some((l) => l.up && l.kind !== "loopback" && l.addrs.length > 0) ? `${name} ` : ""}\n`, stderr: "", exitCode: 0 };
    case "-a": {
      const entry = hostsEntries(ctx, name)[0];
      return { stdout: `${entry ? entry.slice(1).filter((n) => n !== fqdn(ctx)).join(" ") : ""}\n`, stderr: "", exitCode: 0 };
    }
    case "-y":
      return { stdout: "", stderr: "hostname: Local domain name not set\n", exitCode: 1 };
    case "-V":
      return { stdout: "", stderr: "hostname 3.23\n", exitCode: 0 };
    case "-h":
      return { stdout: HOSTNAME_USAGE, stderr: "", exitCode: 0 };
    case "-b":
    case "-F": {
      const file = args[1];
      if (opt === "-F") {
        if (file === undefined) return { stdout: HOSTNAME_USAGE, stderr: "hostname: option requires an argument -- 'F'\n", exitCode: 255 };
        let text: string;
        try {
          text = ctx.fs.readFile(file);
        } catch {
          return { stdout: "", stderr: `hostname: ${file}: No such file or directory\n`, exitCode: 1 };
        }
        const line = text.split("\n").map((l) => l.trim()).find((l) => l !== "" && !l.startsWith("#"));
        return setHostname(ctx.world, ctx, line ?? "");
      }
      return file === undefined ? { stdout: `${name}\n`, stderr: "", exitCode: 0 } : setHostname(ctx.world, ctx, file);
    }
    default:
      if (arg.startsWith("-")) {
        const c = arg.startsWith("--") ? arg : arg[1];
        const message = arg.startsWith("--") ? `unrecognized option '${arg}'` : `invalid option -- '${c}'`;
        return { stdout: HOSTNAME_USAGE, stderr: `hostname: ${message}\n`, exitCode: 255 };
      }
      return setHostname(ctx.world, ctx, arg);
  }
}

export const hostnameCommand: LabCommand = {
  name: "hostname",
  summary: "show or set the host name, and list the host's addresses (-I)",
  run,
};
