/**
 * The bridge driver's iptables work for a network, as v27.5's
 * setup_ip_tables_linux.go does it: the driver's chains at start
 * (setupIPChains), then for each bridge network the masquerade, ICC and
 * outgoing rules, the DOCKER jumps and the isolation rules — in Docker's
 * order, inserting at the top or appending as Docker does, so that each new
 * network's rules land above the older ones'.
 */
import type { World } from "../world/types.js";
import type { DaemonOptions, DockerNetwork } from "./types.js";
import {
  addReturnRule, ensureJumpRule, exists, newChain, programRule, raw, removeChain,
  ruleAppend, ruleDelete, ruleInsert, type IptRule,
} from "./iptables.js";

export const DOCKER_CHAIN = "DOCKER";
export const ISOLATION_1 = "DOCKER-ISOLATION-STAGE-1";
export const ISOLATION_2 = "DOCKER-ISOLATION-STAGE-2";
const OLD_ISOLATION = "DOCKER-ISOLATION";

/** removeIPChains: what a previous daemon left is removed before the chains are made anew. */
export function removeIPChains(world: World): void {
  programRule(world, "filter", "FORWARD", "-D", ["-j", OLD_ISOLATION]);
  removeChain(world, "nat", DOCKER_CHAIN);
  removeChain(world, "filter", DOCKER_CHAIN);
  removeChain(world, "filter", ISOLATION_1);
  removeChain(world, "filter", ISOLATION_2);
  removeChain(world, "filter", OLD_ISOLATION);
}

/** setupIPChains: nat DOCKER, filter DOCKER and the two isolation chains with their RETURN rules. */
export function setupIPChains(world: World): void {
  newChain(world, "nat", DOCKER_CHAIN);
  newChain(world, "filter", DOCKER_CHAIN);
  newChain(world, "filter", ISOLATION_1);
  newChain(world, "filter", ISOLATION_2);
  addReturnRule(world, ISOLATION_1);
  addReturnRule(world, ISOLATION_2);
  // mirroredWSL2Workaround: the rule is only for WSL2's loopback0; elsewhere it is deleted if present.
  ruleDelete(world, { table: "nat", chain: DOCKER_CHAIN, args: ["-i", "loopback0", "-d", "127.0.0.0/8", "-j", "RETURN"] });
}

interface BridgeRules {
  masquerade: IptRule;
  skipDnat: IptRule;
  hostMasquerade: IptRule;
  out: IptRule;
}

function bridgeRules(net: DockerNetwork): BridgeRules {
  const br = net.bridge!;
  const subnet = net.subnet!;
  return {
    masquerade: { table: "nat", chain: "POSTROUTING", args: ["-s", subnet, "!", "-o", br, "-j", "MASQUERADE"] },
    skipDnat: { table: "nat", chain: DOCKER_CHAIN, args: ["-i", br, "-j", "RETURN"] },
    hostMasquerade: { table: "nat", chain: "POSTROUTING", args: ["-m", "addrtype", "--src-type", "LOCAL", "-o", br, "-j", "MASQUERADE"] },
    out: { table: "filter", chain: "FORWARD", args: ["-i", br, "!", "-o", br, "-j", "ACCEPT"] },
  };
}

function iccRules(br: string): { accept: IptRule; drop: IptRule } {
  const args = ["-i", br, "-o", br, "-j"];
  return {
    accept: { table: "filter", chain: "FORWARD", args: [...args, "ACCEPT"] },
    drop: { table: "filter", chain: "FORWARD", args: [...args, "DROP"] },
  };
}

/** setIcc */
function setIcc(world: World, br: string, icc: boolean, enable: boolean): void {
  const { accept, drop } = iccRules(br);
  if (enable) {
    if (!icc) {
      ruleDelete(world, accept);
      ruleAppend(world, drop);
    } else {
      ruleDelete(world, drop);
      ruleInsert(world, accept);
    }
  } else ruleDelete(world, icc ? accept : drop);
}

const put = (world: World, r: IptRule, enable: boolean): void => void (enable ? ruleInsert(world, r) : ruleDelete(world, r));

/** setupIPTablesInternal */
function setupIPTablesInternal(world: World, opts: DaemonOptions, net: DockerNetwork, enable: boolean): void {
  const rules = bridgeRules(net);
  const hairpin = !opts.userlandProxy;
  if (net.ipMasq) {
    put(world, rules.masquerade, enable);
    if (!hairpin) put(world, rules.skipDnat, enable);
  }
  put(world, rules.hostMasquerade, enable && hairpin);
  setIcc(world, net.bridge!, net.icc, enable);
  put(world, rules.out, enable);
}

/** IPTable.ProgramChain for nat DOCKER: the PREROUTING and OUTPUT jumps, once. */
function programNatChain(world: World, hairpin: boolean, enable: boolean): void {
  const pre = ["-m", "addrtype", "--dst-type", "LOCAL", "-j", DOCKER_CHAIN];
  const out = hairpin ? pre : [...pre, "!", "--dst", "127.0.0.0/8"];
  for (const [chain, rule] of [["PREROUTING", pre], ["OUTPUT", out]] as const) {
    const present = exists(world, "nat", chain, rule);
    if (!present && enable) raw(world, ["-t", "nat", "-A", chain, ...rule]);
    else if (present && !enable) raw(world, ["-t", "nat", "-D", chain, ...rule]);
  }
}

/** IPTable.ProgramChain for filter DOCKER: the jump for the bridge and its established rule, inserted. */
function programFilterChain(world: World, br: string, enable: boolean): void {
  const link = ["-o", br, "-j", DOCKER_CHAIN];
  const established = ["-o", br, "-m", "conntrack", "--ctstate", "RELATED,ESTABLISHED", "-j", "ACCEPT"];
  for (const rule of [link, established]) {
    const present = exists(world, "filter", "FORWARD", rule);
    if (!present && enable) raw(world, ["-I", "FORWARD", ...rule]);
    else if (present && !enable) raw(world, ["-D", "FORWARD", ...rule]);
  }
}

/** setupInternalNetworkRules: traffic may not leave or enter the subnet through the bridge. */
function setupInternalNetworkRules(world: World, net: DockerNetwork, enable: boolean): void {
  const br = net.bridge!;
  const inDrop: IptRule = { table: "filter", chain: ISOLATION_1, args: ["-i", br, "!", "-d", net.subnet!, "-j", "DROP"] };
  const outDrop: IptRule = { table: "filter", chain: ISOLATION_1, args: ["-o", br, "!", "-s", net.subnet!, "-j", "DROP"] };
  put(world, inDrop, enable);
  put(world, outDrop, enable);
  setIcc(world, br, net.icc, enable);
}

/** setupIP4Tables: a bridge network's rules, then the isolation jump moved back to the top of FORWARD. */
export function setupNetworkIptables(world: World, opts: DaemonOptions, net: DockerNetwork): void {
  const hairpin = !opts.userlandProxy;
  if (net.internal) setupInternalNetworkRules(world, net, true);
  else {
    setupIPTablesInternal(world, opts, net, true);
    programNatChain(world, hairpin, true);
    programFilterChain(world, net.bridge!, true);
  }
  ensureJumpRule(world, "FORWARD", ISOLATION_1);
}

/**
 * The cleanup functions a network registered, run in that order when it is
 * deleted: its rules, its filter DOCKER jumps, its isolation rules. The nat
 * PREROUTING and OUTPUT jumps stay: they are the daemon's, not the network's.
 */
export function teardownNetworkIptables(world: World, opts: DaemonOptions, net: DockerNetwork): void {
  if (net.internal) setupInternalNetworkRules(world, net, false);
  else {
    setupIPTablesInternal(world, opts, net, false);
    programFilterChain(world, net.bridge!, false);
  }
  isolateNetwork(world, net, false);
}

/** setINC: the network's isolation rules, inserted at the top of the two stages (or deleted). */
export function isolateNetwork(world: World, net: DockerNetwork, enable: boolean): void {
  if (net.internal) return;
  const br = net.bridge!;
  const action = enable ? "-I" : "-D";
  programRule(world, "filter", ISOLATION_1, action, ["-i", br, "!", "-o", br, "-j", ISOLATION_2]);
  programRule(world, "filter", ISOLATION_2, action, ["-o", br, "-j", "DROP"]);
}

/** setupUserChain: DOCKER-USER with its RETURN rule, and its jump at the top of FORWARD. */
export function setupUserChain(world: World): void {
  newChain(world, "filter", "DOCKER-USER");
  addReturnRule(world, "DOCKER-USER");
  ensureJumpRule(world, "FORWARD", "DOCKER-USER");
}
