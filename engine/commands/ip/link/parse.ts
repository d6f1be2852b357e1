/**
 * iplink_parse (ip/iplink.c): the attributes of `ip link add|set|delete`,
 * up to "type", with the tool's checks and messages. What the lab does not
 * emulate (xdp, vf, alias, ...) is refused with a clear message.
 */
import { Args, matches } from "../matches.js";
import { duparg, duparg2, exitWith, invarg } from "../errors.js";
import { IPLINK_USAGE } from "../usage-texts.js";

export interface LinkReq {
  name?: string;
  dev?: string;
  up?: boolean;
  mtu?: number;
  txqlen?: number;
  address?: string;
  netns?: string;
  master?: string;
  nomaster?: boolean;
  index?: number;
  type?: string;
  /** What follows "type TYPE". */
  typeArgs: string[];
}

/**
 * ll_addr_a2n: colon-separated hex bytes (as sscanf "%x" reads each, so
 * "0x2" and "2zz" pass), as many as given; the complaint names the piece
 * that failed.
 */
export function llAddrBytes(text: string): number[] {
  const bytes: number[] = [];
  for (const part of text.split(":")) {
    const m = /^\s*[+-]?(?:0[xX])?([0-9a-fA-F]+)/.exec(part);
    const value = m ? parseInt(m[1]!, 16) * (part.trim().startsWith("-") ? -1 : 1) : NaN;
    if (!m || value < 0 || value > 255) exitWith(1, `"${part}" is invalid lladdr.\n`);
    bytes.push(value);
    if (bytes.length >= 32) break;
  }
  return bytes;
}

export function llAddr(text: string): string {
  return llAddrBytes(text).map((b) => b.toString(16).padStart(2, "0")).join(":");
}

function checkIfname(name: string): boolean {
  return name.length > 0 && name.length < 16 && !/[/\s]/.test(name);
}

function integer(text: string): number | undefined {
  if (!/^[+-]?(0[xX][0-9a-fA-F]+|0[0-7]*|[1-9][0-9]*)$/.test(text)) return undefined;
  const sign = text.startsWith("-") ? -1 : 1;
  const body = text.replace(/^[+-]/, "");
  const v = /^0[xX]/.test(body) ? parseInt(body.slice(2), 16) : body.length > 1 && body.startsWith("0") ? parseInt(body, 8) : Number(body);
  const n = sign * v;
  return n >= -2147483648 && n <= 2147483647 ? n : undefined;
}

const NOT_EMULATED = ["xdp", "xdpgeneric", "xdpdrv", "xdpoffload", "vf", "link-netns", "link-netnsid", "protodown", "protodown_reason", "addrgenmode", "parentdev"];

export function parseLinkReq(argv: readonly string[], create: boolean): LinkReq {
  const req: LinkReq = { typeArgs: [] };
  const args = new Args(argv);
  while (!args.done) {
    const arg = args.take();
    if (arg === "up") req.up = true;
    else if (arg === "down") req.up = false;
    else if (arg === "name") {
      const v = args.next();
      if (req.name !== undefined) duparg("name", v);
      if (!checkIfname(v)) invarg('"name" not a valid ifname', v);
      req.name = v;
      req.dev ??= v;
    } else if (arg === "index") {
      const v = args.next();
      if (req.index) duparg("index", v);
      const n = Number.parseInt(v, 10);
      if (!(n > 0)) invarg('Invalid "index" value', v);
      req.index = n;
    } else if (matches(arg, "link")) {
      args.next();
      exitWith(255, "nflab: ip link ... link DEV is not emulated\n");
    } else if (matches(arg, "address")) req.address = llAddr(args.next());
    else if (matches(arg, "broadcast") || arg === "brd") llAddr(args.next());
    else if (matches(arg, "txqueuelen") || arg === "qlen" || matches(arg, "txqlen")) {
      const v = args.next();
      if (req.txqlen !== undefined) duparg("txqueuelen", v);
      const n = integer(v);
      if (n === undefined) invarg('Invalid "txqueuelen" value\n', v);
      req.txqlen = n;
    } else if (arg === "mtu") {
      const v = args.next();
      if (req.mtu !== undefined) duparg("mtu", v);
      const n = integer(v);
      if (n === undefined) invarg('Invalid "mtu" value\n', v);
      req.mtu = n;
    } else if (arg === "netns") {
      const v = args.next();
      if (req.netns !== undefined) duparg("netns", v);
      req.netns = v;
    } else if (["multicast", "allmulticast", "promisc", "trailers", "arp", "dynamic", "carrier"].includes(arg) || matches(arg, "dynamic")) {
      const v = args.next();
      if (v !== "on" && v !== "off") exitWith(1, `Error: argument of "${arg}" must be "on" or "off", not "${v}"\n`);
      exitWith(255, `nflab: ip link set ${arg} is not emulated\n`);
    } else if (matches(arg, "master")) req.master = args.next();
    else if (arg === "vrf") invarg("Not a valid VRF name\n", args.next());
    else if (matches(arg, "nomaster")) req.nomaster = true;
    else if (matches(arg, "type")) {
      req.type = args.next();
      req.typeArgs = [...args.rest];
      break;
    } else if (matches(arg, "alias") || arg === "group" || arg === "mode" || arg === "state" || matches(arg, "numtxqueues") || matches(arg, "numrxqueues") || arg.startsWith("gso_") || arg === "gro_max_size" || NOT_EMULATED.includes(arg)) {
      exitWith(255, `nflab: ip link ... ${arg} is not emulated\n`);
    } else {
      if (matches(arg, "help")) exitWith(255, IPLINK_USAGE);
      let dev = arg;
      if (arg === "dev") dev = args.next();
      if (req.dev !== req.name) duparg2("dev", dev);
      if (dev.length === 0 || /[/\s]/.test(dev)) invarg('"dev" not a valid ifname', dev);
      req.dev = dev;
    }
  }
  if (req.name === undefined) req.name = req.dev;
  else if (req.dev === undefined) req.dev = req.name;
  if (req.index && !create && req.netns === undefined) {
    exitWith(255, "index can be used only when creating devices or when moving device to another netns.\n");
  }
  if (!create && req.dev === undefined) exitWith(255, 'Not enough information: "dev" argument is required.\n');
  if (!create && req.address !== undefined && req.address.split(":").length !== 6) {
    exitWith(1, `Invalid address length ${req.address.split(":").length} - must be 6 bytes\n`);
  }
  if (create && req.name !== req.dev) exitWith(255, 'both "name" and "dev" cannot be used when creating devices.\n');
  return req;
}
