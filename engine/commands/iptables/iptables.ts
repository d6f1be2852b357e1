/**
 * `iptables` (and iptables-nft, iptables-legacy): one command against the
 * namespace's rules. The plain name runs the world's backend.
 */
import type { CommandContext, CommandResult, LabCommand } from "../types.js";
import type { Backend } from "../../netfilter/types.js";
import { nameDbFromFiles } from "../../netfilter/names.js";
import type { NameDb } from "../../netfilter/extension.js";
import { IptError, programVersion, type ErrorContext } from "./errors.js";
import { execute, outputText } from "./execute.js";
import { stdoutInParts } from "../output-order.js";
import { helpWithExtensions } from "./help.js";
import { CMD, parseCommand } from "./parse.js";
import { legacyWarning } from "./legacy-warning.js";
import { TableStore } from "./table-store.js";

export function backendOf(invokedAs: string, ctx: CommandContext): Backend {
  const base = invokedAs.slice(invokedAs.lastIndexOf("/") + 1);
  if (base.includes("-nft")) return "nf_tables";
  if (base.includes("-legacy")) return "legacy";
  return ctx.world.backend;
}

export function labNames(ctx: CommandContext): NameDb {
  return nameDbFromFiles((path) => {
    try {
      return ctx.fs.readFile(path);
    } catch {
      return undefined;
    }
  });
}

/** Does the namespace have an ipset of that name? */
export function ipsetLookup(ctx: CommandContext): (name: string) => boolean {
  return (name) => (ctx.ns.netfilter.ipsets ?? []).some((s) => s.name === name);
}

export function tableSetOf(ctx: CommandContext, backend: Backend) {
  const nf = ctx.ns.netfilter;
  return backend === "nf_tables" ? nf.nft : nf.legacy;
}

export function runIptables(ctx: CommandContext, forced?: Backend): CommandResult {
  const backend = forced ?? backendOf(ctx.argv[0] ?? "iptables", ctx);
  const err: ErrorContext = { prog: "iptables", backend };
  const names = labNames(ctx);
  const store = new TableStore(tableSetOf(ctx, backend), backend);
  const sink = { text: "" };
  try {
    const p = parseCommand(ctx.argv, { backend, names, err, warnings: sink, ipsetExists: ipsetLookup(ctx) });
    const warnings = sink.text;
    if (p.version === "plain") return { stdout: `iptables v${programVersion(backend)}\n`, stderr: warnings, exitCode: 0 };
    if (p.version === "inverted") return { stdout: `Not ${programVersion(backend)} ;-)\n`, stderr: warnings, exitCode: 0 };
    if (p.help) return { stdout: helpWithExtensions(backend, p), stderr: warnings, exitCode: 0 };
    const output = execute(p, { store, backend, names, err, prog: "iptables" });
    store.commit();
    const listing = (p.command & (CMD.LIST | CMD.LIST_RULES)) !== 0;
    const stderr = warnings + (backend === "nf_tables" && listing ? legacyWarning(ctx, "iptables-legacy") : "");
    // A long listing stays in parts when nothing is printed beside it (kube-proxy's -L: 17 MB never joined for /dev/null or a terminal).
    if (typeof output !== "string" && stderr === "") return stdoutInParts(output, "", 0);
    return { stdout: outputText(output), stderr, exitCode: 0 };
  } catch (e) {
    store.abort();
    if (e instanceof IptError) return { stdout: e.stdout, stderr: sink.text + e.stderr, exitCode: e.exitCode };
    throw e;
  }
}

export const iptablesCommand: LabCommand = {
  name: "iptables",
  aliases: ["iptables-nft", "iptables-legacy"],
  summary: "administer the IPv4 packet filter and NAT rules (iptables 1.8.9)",
  run: (ctx) => runIptables(ctx),
  interleavesOutput: true,
};
