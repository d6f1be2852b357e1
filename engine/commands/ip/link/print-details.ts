/**
 * The -d part of print_linkinfo: promiscuity, MTU range, the kind's own
 * attributes (bridge, bridge_slave; veth and dummy have none), addrgenmode
 * and the queue and offload sizes, as Linux 6.18 reports them.
 */
import type { Link } from "../../../world/types.js";
import type { IpRun } from "../context.js";
import { MTU_RANGE } from "../../../net/link-ops.js";
import { bridgeOf, portsOf } from "../../../net/bridge.js";
import type { Printer } from "../print/printer.js";

type Attr = readonly [key: string, fmt: string, value: number | string | boolean, kind?: "u" | "s" | "x" | "timer" | "onoff" | "fp-onoff"];

function printAttrs(out: Printer, attrs: readonly Attr[]): void {
  for (const [key, fmt, value, kind = typeof value === "number" ? "u" : "s"] of attrs) {
    if (kind === "timer") {
      if (out.isJson) out.jsonRaw(key, "0.00");
      else out.raw(`${key}    0.00 `);
    } else if (kind === "x") out.hex0x("any", key, fmt, value as number);
    else if (kind === "onoff") out.onOff("any", key, fmt, value as boolean);
    else if (kind === "fp-onoff") out.raw(fmt.replace("%s", value ? "on" : "off"));
    else if (typeof value === "number") out.number("any", key, fmt, value);
    else out.string("any", key, fmt, String(value));
  }
}

/** ether_ntoa: the bridge id's MAC without leading zeros ("8000.2:0:0:0:0:1"). */
function bridgeIdText(mac: string): string {
  return `8000.${mac.split(":").map((b) => parseInt(b, 16).toString(16)).join(":")}`;
}

function bridgeAttrs(link: Link): Attr[] {
  const id = bridgeIdText(link.bridgeId ?? "00:00:00:00:00:00");
  return [
    ["forward_delay", "forward_delay %u ", 1500],
    ["hello_time", "hello_time %u ", 200],
    ["max_age", "max_age %u ", 2000],
    ["ageing_time", "ageing_time %u ", 30000],
    ["stp_state", "stp_state %u ", 0],
    ["priority", "priority %u ", 32768],
    ["vlan_filtering", "vlan_filtering %u ", 0],
    ["bridge_id", "bridge_id %s ", id],
    ["root_id", "designated_root %s ", id],
    ["root_port", "root_port %u ", 0],
    ["root_path_cost", "root_path_cost %u ", 0],
    ["topology_change", "topology_change %u ", 0],
    ["topology_change_detected", "topology_change_detected %u ", 0],
    ["hello_timer", "", 0, "timer"],
    ["tcn_timer", "", 0, "timer"],
    ["topology_change_timer", "", 0, "timer"],
    ["gc_timer", "", 0, "timer"],
    ["group_fwd_mask", "group_fwd_mask %#x ", 0, "x"],
    ["group_addr", "group_address %s ", "01:80:c2:00:00:00"],
    ["mcast_snooping", "mcast_snooping %u ", 1],
    ["no_linklocal_learn", "no_linklocal_learn %u ", 0],
    ["mcast_vlan_snooping", "mcast_vlan_snooping %u ", 0],
    ["mcast_router", "mcast_router %u ", 1],
    ["mcast_query_use_ifaddr", "mcast_query_use_ifaddr %u ", 0],
    ["mcast_querier", "mcast_querier %u ", 0],
    ["mcast_hash_elasticity", "mcast_hash_elasticity %u ", 16],
    ["mcast_hash_max", "mcast_hash_max %u ", 4096],
    ["mcast_last_member_cnt", "mcast_last_member_count %u ", 2],
    ["mcast_startup_query_cnt", "mcast_startup_query_count %u ", 2],
    ["mcast_last_member_intvl", "mcast_last_member_interval %u ", 100],
    ["mcast_membership_intvl", "mcast_membership_interval %u ", 26000],
    ["mcast_querier_intvl", "mcast_querier_interval %u ", 25500],
    ["mcast_query_intvl", "mcast_query_interval %u ", 12500],
    ["mcast_query_response_intvl", "mcast_query_response_interval %u ", 1000],
    ["mcast_startup_query_intvl", "mcast_startup_query_interval %u ", 3124],
    ["mcast_stats_enabled", "mcast_stats_enabled %u ", 0],
    ["mcast_igmp_version", "mcast_igmp_version %u ", 2],
    ["mcast_mld_version", "mcast_mld_version %u ", 1],
    ["nf_call_iptables", "nf_call_iptables %u ", 0],
    ["nf_call_ip6tables", "nf_call_ip6tables %u ", 0],
    ["nf_call_arptables", "nf_call_arptables %u ", 0],
  ];
}

function bridgeSlaveAttrs(run: IpRun, link: Link): Attr[] {
  const port = link.brport!;
  const br = bridgeOf(run.ns, link);
  const id = bridgeIdText(br?.bridgeId ?? "00:00:00:00:00:00");
  const portId = (port.priority << 10) | port.portNo;
  return [
    ["state", "state %s ", port.state],
    ["priority", "priority %d ", port.priority],
    ["cost", "cost %d ", port.cost],
    ["hairpin", "hairpin %s ", false, "onoff"],
    ["guard", "guard %s ", false, "onoff"],
    ["root_block", "root_block %s ", false, "onoff"],
    ["fastleave", "fastleave %s ", false, "onoff"],
    ["learning", "learning %s ", true, "onoff"],
    ["flood", "flood %s ", true, "onoff"],
    ["id", "port_id %#x ", portId, "x"],
    ["no", "port_no %#x ", port.portNo, "x"],
    ["designated_port", "designated_port %u ", portId],
    ["designated_cost", "designated_cost %u ", 0],
    ["bridge_id", "designated_bridge %s ", id],
    ["root_id", "designated_root %s ", id],
    ["hold_timer", "", 0, "timer"],
    ["message_age_timer", "", 0, "timer"],
    ["forward_delay_timer", "", 0, "timer"],
    ["topology_change_ack", "topology_change_ack %u ", 0],
    ["config_pending", "config_pending %u ", 0],
    ["proxy_arp", "proxy_arp %s ", false, "onoff"],
    ["proxy_arp_wifi", "proxy_arp_wifi %s ", false, "onoff"],
    ["multicast_router", "mcast_router %u ", 1],
    // iproute2 6.1 prints this one in text only.
    ["mcast_fast_leave", "mcast_fast_leave %s ", false, "fp-onoff"],
    ["mcast_flood", "mcast_flood %s ", true, "onoff"],
    ["bcast_flood", "bcast_flood %s ", true, "onoff"],
    ["mcast_to_unicast", "mcast_to_unicast %s ", false, "onoff"],
    ["neigh_suppress", "neigh_suppress %s ", false, "onoff"],
    ["group_fwd_mask", "group_fwd_mask %#x ", 0, "x"],
    ["group_fwd_mask_str", "group_fwd_mask_str %s ", "0x0"],
    ["vlan_tunnel", "vlan_tunnel %s ", false, "onoff"],
    ["isolated", "isolated %s ", false, "onoff"],
    ["locked", "locked %s ", false, "onoff"],
  ];
}

/** The queue and offload limits each kind of link reports. */
function queueAttrs(run: IpRun, link: Link): Attr[] {
  const queues = link.kind === "veth" ? 2 : 1;
  let tsoMax = link.kind === "bridge" || link.kind === "ether" ? 65536 : 524280;
  if (link.kind === "bridge" && (portsOf(run.ns, link).length > 0 || link.bridgeId !== undefined)) tsoMax = 524280;
  return [
    ["num_tx_queues", "numtxqueues %u ", queues],
    ["num_rx_queues", "numrxqueues %u ", queues],
    ["gso_max_size", "gso_max_size %u ", 65536],
    ["gso_max_segs", "gso_max_segs %u ", 65535],
    ["tso_max_size", "tso_max_size %u ", tsoMax],
    ["tso_max_segs", "tso_max_segs %u ", 65535],
    ["gro_max_size", "gro_max_size %u ", 65536],
  ];
}

export function printLinkDetails(run: IpRun, link: Link, doLink: boolean): void {
  const out = run.out;
  const port = link.brport !== undefined;
  out.number("any", "promiscuity", " promiscuity %u ", port ? 1 : 0);
  out.number("any", "allmulti", " allmulti %u ", port ? 1 : 0);
  const [min, max] = MTU_RANGE[link.kind];
  out.number("any", "min_mtu", "minmtu %u ", min);
  out.number("any", "max_mtu", "maxmtu %u ", max);
  const kind = link.kind === "veth" || link.kind === "bridge" || link.kind === "dummy" ? link.kind : undefined;
  if (kind || port) {
    out.openObject("linkinfo");
    if (kind) {
      out.nl();
      out.string("any", "info_kind", "    %s ", kind);
      if (kind === "bridge") {
        out.openObject("info_data");
        printAttrs(out, bridgeAttrs(link));
        out.closeObject();
      }
    }
    if (port) {
      out.nl();
      out.string("any", "info_slave_kind", "    %s_slave ", "bridge");
      out.openObject("info_slave_data");
      printAttrs(out, bridgeSlaveAttrs(run, link));
      out.closeObject();
    }
    out.closeObject();
  }
  if (doLink && link.mtu >= 1280) out.string("any", "inet6_addr_gen_mode", "addrgenmode %s ", "eui64");
  printAttrs(out, queueAttrs(run, link));
}
