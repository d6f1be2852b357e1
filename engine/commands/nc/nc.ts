/**
 * `nc` — netcat-openbsd 1.219 (Debian 12): -l listeners as background jobs,
 * -z port probes and simple data exchange as a client, in the namespace the
 * command runs in (ctx.ns).
 */
import type { CommandContext, CommandResult, LabCommand } from "../types.js";
import { nameDbFromFiles } from "../../netfilter/names.js";
import type { NameDb } from "../../netfilter/extension.js";
import { runClient } from "./client.js";
import { NC_HELP } from "./help-text.js";
import { runListener } from "./listener.js";
import { getaddrinfoFailed } from "./messages.js";
import { parseNc } from "./options.js";
import { parsePorts } from "./ports.js";
import { resolveHost } from "./net/resolve.js";

export function readLabFile(ctx: CommandContext, path: string): string | undefined {
  try {
    return ctx.fs.readFile(path);
  } catch {
    return undefined;
  }
}

export function labNameDb(ctx: CommandContext): NameDb {
  return nameDbFromFiles((path) => readLabFile(ctx, path));
}

export function runNc(ctx: CommandContext): CommandResult {
  const parsed = parseNc(ctx.argv);
  if (parsed.ok === "help") return { stdout: "", stderr: NC_HELP, exitCode: 0 };
  if (!parsed.ok) return { stdout: "", stderr: parsed.stderr, exitCode: parsed.exitCode };
  const o = parsed.options;
  const names = labNameDb(ctx);
  if (o.listen) return runListener(ctx, o, names);
  const host = o.host!;
  const addrs = resolveHost(host, readLabFile(ctx, "/etc/hosts"));
  if (!addrs) return { stdout: "", stderr: getaddrinfoFailed(host, o.port), exitCode: 1 };
  const ports = parsePorts(o.port, o.udp ? "udp" : "tcp", names);
  if (!ports.ok) return { stdout: "", stderr: ports.error, exitCode: 1 };
  return runClient(ctx, o, addrs, ports.ports, names);
}

export const ncCommand: LabCommand = {
  name: "nc",
  aliases: ["netcat", "nc.openbsd"],
  summary: "open TCP/UDP connections and listeners (netcat-openbsd): nc -vz HOST PORT, nc -l PORT &",
  run: runNc,
};
