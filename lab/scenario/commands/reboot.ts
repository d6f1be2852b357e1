/**
 * `reboot`: the lab host restarts. What is on disk stays; the rules in the
 * kernel, conntrack, /tmp and /run do not. At boot netfilter-persistent
 * restores /etc/iptables/rules.v4, then the scenario's services start again.
 */
import { ok, type LabCommand } from "../../../engine/commands/types.js";
import { RULES_V4 } from "../../../engine/scenario/boot.js";
import { bootProblems, type ScenarioSession } from "../scenario-session.js";
import { contextFor } from "./context.js";

export function rebootCommand(session: ScenarioSession): LabCommand {
  return {
    name: "reboot",
    summary: "reboot the lab host (what is not saved to disk is lost)",
    async run(ctx) {
      const { style } = contextFor(session, ctx);
      const saved = session.world.files[RULES_V4] !== undefined;
      const boot = await session.reboot();
      const lines = [
        style.bold("The lab host rebooted; your shell is connected again."),
        `  kept:     the files on disk${saved ? `, ${RULES_V4} among them` : ""}`,
        "  lost:     the rules in the kernel, connection tracking, /tmp and /run",
        saved ? `  restored: the rules saved in ${RULES_V4} (netfilter-persistent)` : `  restored: nothing: no rules were saved in ${RULES_V4}`,
        `  started:  the host's services${session.world.docker ? ", and Docker re-created its chains" : ""}`,
        ...bootProblems(boot),
      ];
      return ok(lines.map((l) => `${l}\n`).join(""));
    },
  };
}
