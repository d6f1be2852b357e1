/**
 * Every command the lab shell knows beyond the shell's own utilities.
 * Each tool is one module under commands/<tool>/; add it here to make it
 * callable from the shell.
 */
import type { LabCommand } from "./types.js";
import { iptablesCommand } from "./iptables/iptables.js";
import { iptablesRestoreCommand } from "./iptables/restore.js";
import { ipsetCommand } from "./iptables/ipset.js";
import { iptablesSaveCommand } from "./iptables/iptables-save.js";
import { xtablesLegacyMultiCommand, xtablesNftMultiCommand } from "./iptables/multi.js";
import { ipCommand } from "./ip/index.js";
import { sysctlCommand } from "./sysctl/index.js";
import { hostnameCommand } from "./hostname/index.js";
import { bridgeCommand } from "./bridge/index.js";
import { dockerCommand } from "./docker/docker.js";
import { ncCommand } from "./nc/nc.js";
import { pingCommand } from "./ping/ping.js";
import { ssCommand } from "./ss/ss.js";
import { curlCommand } from "./curl/curl.js";
import { traceCommand } from "./trace/trace.js";
import { dmesgCommand } from "./dmesg/dmesg.js";
import { conntrackCommand } from "./conntrack/conntrack.js";
import { xtablesMonitorCommand } from "./xtables-monitor/xtables-monitor.js";
import { nftCommand } from "./nft/nft.js";
import { netfilterPersistentCommand } from "./persistence/netfilter-persistent.js";
import { serviceCommand } from "./persistence/service.js";
import { lsCommand } from "./ls/index.js";
import { envCommand } from "./env/env.js";
import { printenvCommand } from "./env/printenv.js";

export const LAB_COMMANDS: readonly LabCommand[] = [
  iptablesCommand,
  iptablesSaveCommand,
  iptablesRestoreCommand,
  ipsetCommand,
  xtablesNftMultiCommand,
  xtablesLegacyMultiCommand,
  ipCommand,
  sysctlCommand,
  hostnameCommand,
  bridgeCommand,
  dockerCommand,
  ncCommand,
  pingCommand,
  ssCommand,
  curlCommand,
  traceCommand,
  dmesgCommand,
  conntrackCommand,
  xtablesMonitorCommand,
  nftCommand,
  netfilterPersistentCommand,
  serviceCommand,
  lsCommand,
  envCommand,
  printenvCommand,
];
