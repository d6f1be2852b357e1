/**
 * netfilter-persistent 1.0.20 (Debian's iptables-persistent): saves the
 * running rules to /etc/iptables/rules.v4 and loads them back, at boot or
 * on request. Like the real one, it runs its plugins (15-ip4tables,
 * 25-ip6tables) through run-parts, which names each on stderr, and the
 * IPv4 plugin is iptables-save / iptables-restore.
 */
import type { CommandContext, CommandResult, LabCommand } from "../types.js";

export const RULES_V4 = "/etc/iptables/rules.v4";
export const RULES_V6 = "/etc/iptables/rules.v6";
const PLUGINS = ["15-ip4tables", "25-ip6tables"];
const USAGE = "Usage: /usr/sbin/netfilter-persistent (start|stop|restart|reload|flush|save)\n";

type Action = "start" | "save" | "flush";

export const netfilterPersistentCommand: LabCommand = {
  name: "netfilter-persistent",
  summary: "save the firewall rules so they survive a reboot (Debian): netfilter-persistent save",
  async run(ctx) {
    const verb = ctx.argv[1];
    switch (verb) {
      case "start":
      case "restart":
      case "reload":
      case "force-reload":
        return runPlugins(ctx, "start");
      case "save":
        return runPlugins(ctx, "save");
      case "flush":
        return runPlugins(ctx, "flush");
      case "stop":
        return { stdout: "Automatic flush disabled; use '/usr/sbin/netfilter-persistent flush'\n", stderr: "", exitCode: 0 };
      default:
        return { stdout: "", stderr: USAGE, exitCode: 0 };
    }
  },
};

async function runPlugins(ctx: CommandContext, action: Action): Promise<CommandResult> {
  let stdout = "";
  let stderr = "";
  for (const plugin of PLUGINS) {
    stderr += `run-parts: executing /usr/share/netfilter-persistent/plugins.d/${plugin} ${action}\n`;
    if (plugin !== "15-ip4tables") {
      if (action === "save" && !ctx.fs.exists(RULES_V6)) ctx.fs.writeFile(RULES_V6, "");
      continue;
    }
    const result = await ipv4(ctx, action);
    stdout += result.stdout;
    stderr += result.stderr;
    if (result.exitCode !== 0) return { stdout, stderr: stderr + `run-parts: /usr/share/netfilter-persistent/plugins.d/${plugin} exited with return code ${result.exitCode}\n`, exitCode: 1 };
  }
  return { stdout, stderr, exitCode: 0 };
}

async function ipv4(ctx: CommandContext, action: Action): Promise<CommandResult> {
  if (action === "save") {
    const saved = await ctx.exec(["iptables-save"]);
    if (saved.exitCode !== 0) return saved;
    ctx.fs.writeFile(RULES_V4, saved.stdout);
    ctx.fs.chmod(RULES_V4, 0o640);
    return { stdout: "", stderr: saved.stderr, exitCode: 0 };
  }
  if (action === "start") {
    if (!ctx.fs.exists(RULES_V4)) return { stdout: "Warning: skipping IPv4 (no rules to load)\n", stderr: "", exitCode: 0 };
    return ctx.exec(["iptables-restore"], { stdin: ctx.fs.readFile(RULES_V4) });
  }
  return flush(ctx);
}

/** Every table: policies back to ACCEPT, then -F, -Z, -X (flush_rules of the plugin). */
async function flush(ctx: CommandContext): Promise<CommandResult> {
  const saved = await ctx.exec(["iptables-save"]);
  let stderr = "";
  for (const table of [...saved.stdout.matchAll(/^\*(\S+)$/gm)].map((m) => m[1]!)) {
    const chains = await ctx.exec(["iptables-save", "-t", table]);
    for (const m of chains.stdout.matchAll(/^:([A-Z]+) (ACCEPT|DROP)/gm)) {
      stderr += (await ctx.exec(["iptables", "-t", table, "-P", m[1]!, "ACCEPT"])).stderr;
    }
    for (const op of ["-F", "-Z", "-X"]) stderr += (await ctx.exec(["iptables", "-t", table, op])).stderr;
  }
  return { stdout: "", stderr, exitCode: 0 };
}
