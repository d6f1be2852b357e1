/**
 * `help`: what the lab can do, for someone who has never used iptables.
 * Lists the lab's own commands with their one-line summaries; `help NAME`
 * is bash's help on that builtin.
 */
import { ok, type LabCommand } from "../types.js";

const INTRO = `This is an emulated Linux host: you are root, and nothing you type here
changes your real computer or sends a real packet.

Where to start:
  iptables -L -n -v          show the firewall rules of the filter table
  iptables -t nat -S         show the NAT rules as commands
  ip addr                    show the network interfaces and their addresses
  ip route                   show the routing table

The shell is bash: pipes, redirections, variables, loops and functions work,
and so do cat, grep, sed, awk, sort, head and the other everyday tools
(help cd, help for, ... explain the shell's own commands).

Commands of the lab:
`;

export function helpCommand(commands: () => readonly LabCommand[]): LabCommand {
  return {
    name: "help",
    summary: "show what the lab can do",
    run(ctx) {
      if (ctx.argv.length > 1) return ctx.exec(["builtin", "help", ...ctx.argv.slice(1)]);
      const rows = commands()
        .filter((c) => !c.name.startsWith("__"))
        .map((c) => `  ${c.name.padEnd(26)} ${c.summary}\n`)
        .sort();
      return ok(INTRO + rows.join("") + "\nMost commands answer --help.\n");
    },
  };
}
