/**
 * xtables-nft-multi and xtables-legacy-multi: the binaries every iptables
 * name links to, called with the subcommand as the first argument.
 */
import type { CommandContext, CommandResult, LabCommand } from "../types.js";
import type { Backend } from "../../netfilter/types.js";
import { runIptables } from "./iptables.js";
import { runIptablesSave } from "./iptables-save.js";
import { runIptablesRestore } from "./restore.js";

type Runner = (ctx: CommandContext, forced?: Backend) => CommandResult;

const NFT: Record<string, Runner> = {
  iptables: runIptables, "iptables-nft": runIptables, main4: runIptables,
  "iptables-save": runIptablesSave, "iptables-nft-save": runIptablesSave, save4: runIptablesSave,
  "iptables-restore": runIptablesRestore, "iptables-nft-restore": runIptablesRestore, restore4: runIptablesRestore,
};

const LEGACY: Record<string, Runner> = {
  iptables: runIptables, main4: runIptables, "iptables-save": runIptablesSave, save4: runIptablesSave,
  "iptables-restore": runIptablesRestore, restore4: runIptablesRestore, "iptables-legacy": runIptables,
  "iptables-legacy-save": runIptablesSave, "iptables-legacy-restore": runIptablesRestore,
};

const NFT_LIST = [
  "iptables-xml", "xml", "iptables", "iptables-nft", "main4", "save4", "restore4", "iptables-save", "iptables-restore",
  "iptables-nft-save", "iptables-nft-restore", "ip6tables", "ip6tables-nft", "main6", "save6", "restore6", "ip6tables-save",
  "ip6tables-restore", "ip6tables-nft-save", "ip6tables-nft-restore", "iptables-translate", "ip6tables-translate",
  "iptables-restore-translate", "ip6tables-restore-translate", "arptables", "arptables-nft", "arptables-restore",
  "arptables-nft-restore", "arptables-save", "arptables-nft-save", "ebtables-translate", "ebtables", "ebtables-restore",
  "ebtables-save", "ebtables-nft", "ebtables-nft-restore", "ebtables-nft-save", "xtables-monitor",
];

const LEGACY_LIST = [
  "iptables", "main4", "iptables-save", "save4", "iptables-restore", "restore4", "iptables-legacy", "iptables-legacy-save",
  "iptables-legacy-restore", "iptables-xml", "xml", "ip6tables", "main6", "ip6tables-save", "save6", "ip6tables-restore",
  "restore6", "ip6tables-legacy", "ip6tables-legacy-save", "ip6tables-legacy-restore",
];

function multi(backend: Backend, table: Record<string, Runner>, list: readonly string[]) {
  return (ctx: CommandContext): CommandResult => {
    const sub = ctx.argv[1];
    const run = sub !== undefined ? table[sub] : undefined;
    if (!run) {
      if (sub !== undefined && list.includes(sub)) return { stdout: "", stderr: `${sub}: not emulated by nflab\n`, exitCode: 1 };
      return { stdout: "", stderr: `ERROR: No valid subcommand given.\nValid subcommands:\n${list.map((n) => ` * ${n}\n`).join("")}`, exitCode: 1 };
    }
    return run({ ...ctx, argv: ctx.argv.slice(1) }, backend);
  };
}

export const xtablesNftMultiCommand: LabCommand = {
  name: "xtables-nft-multi",
  summary: "the iptables-nft binary behind every nf_tables iptables name",
  run: multi("nf_tables", NFT, NFT_LIST),
};

export const xtablesLegacyMultiCommand: LabCommand = {
  name: "xtables-legacy-multi",
  summary: "the iptables-legacy binary behind every legacy iptables name",
  run: multi("legacy", LEGACY, LEGACY_LIST),
};
