/**
 * `service NAME ACTION`, for the two firewall services a learner meets:
 * Debian's netfilter-persistent, and RHEL's iptables service
 * (iptables-services), which keeps its rules in /etc/sysconfig/iptables.
 */
import type { CommandContext, CommandResult, LabCommand } from "../types.js";

export const SYSCONFIG_IPTABLES = "/etc/sysconfig/iptables";

export const serviceCommand: LabCommand = {
  name: "service",
  summary: "run a service's action: service iptables save (RHEL), service netfilter-persistent save (Debian)",
  async run(ctx) {
    const [, name, action, ...rest] = ctx.argv;
    if (name === undefined || name.startsWith("-")) {
      return { stdout: "", stderr: "Usage: service < option > | --status-all | [ service_name [ command | --full-restart ] ]\n", exitCode: 1 };
    }
    if (name === "netfilter-persistent") return ctx.exec(["netfilter-persistent", ...(action ? [action] : []), ...rest]);
    if (name === "iptables") return iptablesService(ctx, action);
    return { stdout: "", stderr: `${name}: unrecognized service\n`, exitCode: 1 };
  },
};

const ok = (text: string): string => `${text}[  OK  ]\n`;

async function iptablesService(ctx: CommandContext, action: string | undefined): Promise<CommandResult> {
  switch (action) {
    case "save": {
      const saved = await ctx.exec(["iptables-save"]);
      if (saved.exitCode !== 0) return saved;
      ctx.fs.writeFile(SYSCONFIG_IPTABLES, saved.stdout);
      ctx.fs.chmod(SYSCONFIG_IPTABLES, 0o600);
      return { stdout: ok(`iptables: Saving firewall rules to ${SYSCONFIG_IPTABLES}: `), stderr: "", exitCode: 0 };
    }
    case "start":
    case "restart":
    case "reload": {
      if (!ctx.fs.exists(SYSCONFIG_IPTABLES)) return { stdout: "", stderr: "", exitCode: 6 };
      const restored = await ctx.exec(["iptables-restore"], { stdin: ctx.fs.readFile(SYSCONFIG_IPTABLES) });
      if (restored.exitCode !== 0) return { ...restored, stdout: `iptables: Applying firewall rules: [FAILED]\n` };
      return { stdout: ok("iptables: Applying firewall rules: "), stderr: "", exitCode: 0 };
    }
    case "stop":
      await ctx.exec(["netfilter-persistent", "flush"]);
      return { stdout: ok("iptables: Setting chains to policy ACCEPT: filter ") + ok("iptables: Flushing firewall rules: ") + ok("iptables: Unloading modules: "), stderr: "", exitCode: 0 };
    case "status":
      return ctx.exec(["iptables", "-L", "-n", "--line-numbers"]);
    default:
      return { stdout: "", stderr: "Usage: iptables {start|stop|reload|restart|condrestart|status|panic|save}\n", exitCode: 2 };
  }
}
