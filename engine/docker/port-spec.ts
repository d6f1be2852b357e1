/**
 * `-p` and `--expose` as the CLI parses them (go-connections nat.ParsePortSpec):
 * [IP:][HOSTPORT[-END]:]CONTAINERPORT[-END][/PROTO], IPv6 hosts in brackets;
 * a container port range maps port by port onto an equal host range.
 */
import type { PortProto, PortRequest } from "./types.js";
import { parseIpv4 } from "../addr/ipv4.js";

export type PortSpecResult = PortRequest[] | { error: string };

function parseRange(text: string): [number, number] | undefined {
  const m = /^(\d+)(?:-(\d+))?$/.exec(text);
  if (!m) return undefined;
  const start = Number(m[1]);
  const end = m[2] === undefined ? start : Number(m[2]);
  if (start > 65535 || end > 65535 || end < start) return undefined;
  return [start, end];
}

function isIp(text: string): boolean {
  return parseIpv4(text) !== undefined || (/^[0-9a-fA-F:.]+$/.test(text) && text.includes(":"));
}

function splitParts(raw: string): [string, string, string] {
  const parts = raw.split(":");
  const n = parts.length;
  const containerPort = parts[n - 1]!;
  if (n === 1) return ["", "", containerPort];
  if (n === 2) return ["", parts[0]!, containerPort];
  if (n === 3) return [parts[0]!, parts[1]!, containerPort];
  return [parts.slice(0, n - 2).join(":"), parts[n - 2]!, containerPort];
}

export function parsePortSpec(raw: string): PortSpecResult {
  let [ip, hostPort, containerPort] = splitParts(raw);
  ip = ip.replace(/^\[(.*)\]$/, "$1");
  if (ip !== "" && !isIp(ip)) return { error: `invalid IP address: ${ip}` };
  const slash = containerPort.indexOf("/");
  const proto = (slash >= 0 ? containerPort.slice(slash + 1) : "tcp").toLowerCase();
  containerPort = slash >= 0 ? containerPort.slice(0, slash) : containerPort;
  if (containerPort === "") return { error: `no port specified: ${raw}<empty>` };
  if (!["tcp", "udp", "sctp"].includes(proto)) return { error: `invalid proto: ${proto}` };
  const c = parseRange(containerPort);
  if (!c) return { error: `invalid containerPort: ${containerPort}` };
  let h: [number, number] = [0, 0];
  if (hostPort !== "") {
    const parsed = parseRange(hostPort);
    if (!parsed) return { error: `invalid hostPort: ${hostPort}` };
    h = parsed;
  }
  const cCount = c[1] - c[0];
  const hCount = h[1] - h[0];
  if (hostPort !== "" && cCount !== hCount && cCount !== 0) {
    return { error: `invalid ranges specified for container and host Ports: ${containerPort} and ${hostPort}` };
  }
  const out: PortRequest[] = [];
  for (let i = 0; i <= cCount; i++) {
    const port = c[0] + i;
    let start = 0;
    let end = 0;
    if (hostPort !== "") {
      if (cCount === hCount) start = end = h[0] + i;
      else [start, end] = h;
    }
    out.push({ proto: proto as PortProto, containerPort: port, hostIp: ip, hostPort: start, hostPortEnd: end });
  }
  return out;
}

/** "80/tcp" */
export function portKey(proto: string, port: number): string {
  return `${port}/${proto}`;
}
