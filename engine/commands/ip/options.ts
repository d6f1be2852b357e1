/**
 * ip's own options (ip/ip.c main): -4, -6, -0, -f FAMILY, -s, -d, -o, -br,
 * -j, -p, -c[=WHEN], -n NETNS, -V, ... each matched as a prefix in the
 * tool's order, so "-b" is -batch and "-br" is -brief.
 */
import { exitWith, invarg } from "./errors.js";
import { matches } from "./matches.js";
import { IP_USAGE } from "./usage-texts.js";

export type Family = "unspec" | "inet" | "inet6" | "packet" | "mpls" | "bridge";

export interface IpOptions {
  family: Family;
  stats: number;
  details: number;
  oneline: boolean;
  brief: boolean;
  json: boolean;
  pretty: boolean;
  color: "always" | "auto" | "never" | undefined;
  netns?: string;
  all: boolean;
  force: boolean;
  numeric: boolean;
  resolve: boolean;
}

export const IP_VERSION = "ip utility, iproute2-6.1.0, libbpf 1.1.2\n";

export function usage(): never {
  return exitWith(255, IP_USAGE);
}

export function readFamily(name: string): Family {
  switch (name) {
    case "inet":
      return "inet";
    case "inet6":
      return "inet6";
    case "link":
      return "packet";
    case "mpls":
      return "mpls";
    case "bridge":
      return "bridge";
    default:
      return "unspec";
  }
}

function matchesColor(opt: string): IpOptions["color"] | false {
  const eq = opt.indexOf("=");
  const name = eq < 0 ? opt : opt.slice(0, eq);
  const value = eq < 0 ? "" : opt.slice(eq + 1);
  if (!matches(name, "-color")) return false;
  if (value === "" || value === "always") return "always";
  if (value === "auto" || value === "never") return value;
  return false;
}

/** Parses the options before the object; returns them and the rest of argv, or exits as ip does. */
export function parseIpOptions(argv: readonly string[]): { opts: IpOptions; rest: string[]; version?: true } {
  const opts: IpOptions = {
    family: "unspec",
    stats: 0,
    details: 0,
    oneline: false,
    brief: false,
    json: false,
    pretty: false,
    color: undefined,
    all: false,
    force: false,
    numeric: false,
    resolve: false,
  };
  const args = [...argv];
  while (args.length > 0) {
    let opt = args[0]!;
    if (opt === "--") {
      args.shift();
      break;
    }
    if (!opt.startsWith("-")) break;
    if (opt[1] === "-") opt = opt.slice(1);
    const value = (): string => {
      args.shift();
      if (args.length === 0) usage();
      return args[0]!;
    };
    const color = matchesColor(opt);
    if (matches(opt, "-loops")) value();
    else if (matches(opt, "-family")) {
      const name = value();
      if (name === "help") usage();
      opts.family = readFamily(name);
      if (opts.family === "unspec") invarg("invalid protocol family", name);
    } else if (opt === "-4") opts.family = "inet";
    else if (opt === "-6") opts.family = "inet6";
    else if (opt === "-0") opts.family = "packet";
    else if (opt === "-M") opts.family = "mpls";
    else if (opt === "-B") opts.family = "bridge";
    else if (matches(opt, "-human") || matches(opt, "-human-readable")) void 0;
    else if (matches(opt, "-iec")) void 0;
    else if (matches(opt, "-stats") || matches(opt, "-statistics")) opts.stats++;
    else if (matches(opt, "-details")) opts.details++;
    else if (matches(opt, "-resolve")) opts.resolve = true;
    else if (matches(opt, "-oneline")) opts.oneline = true;
    else if (matches(opt, "-timestamp") || matches(opt, "-tshort")) void 0;
    else if (matches(opt, "-Version")) return { opts, rest: [], version: true };
    else if (matches(opt, "-force")) opts.force = true;
    else if (matches(opt, "-batch")) {
      value();
      exitWith(255, "nflab: ip -batch is not emulated\n");
    } else if (matches(opt, "-brief")) opts.brief = true;
    else if (matches(opt, "-json")) opts.json = true;
    else if (matches(opt, "-pretty")) opts.pretty = true;
    else if (matches(opt, "-rcvbuf")) {
      const size = value();
      if (!/^\d+$/.test(size)) exitWith(255, `Invalid rcvbuf size '${size}'\n`);
    } else if (color !== false) opts.color = color;
    else if (matches(opt, "-help")) usage();
    else if (matches(opt, "-netns")) {
      args.shift();
      if (args.length === 0) exitWith(255, 'Command line is not complete. Try option "help"\n');
      opts.netns = args[0]!;
    } else if (matches(opt, "-Numeric")) opts.numeric = true;
    else if (matches(opt, "-all")) opts.all = true;
    else if (opt === "-echo") void 0;
    else exitWith(255, `Option "${opt}" is unknown, try "ip -help".\n`);
    args.shift();
  }
  return { opts, rest: args };
}
