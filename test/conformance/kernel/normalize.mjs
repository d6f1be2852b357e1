/**
 * What a kernel recording cannot reproduce, replaced the same way on the real
 * side and in the lab (README.md lists the rules and why each is needed).
 * Everything else is compared byte for byte.
 */
import { readFileSync } from "node:fs";
import { normalizeOutput } from "../lib/normalize.mjs";

/**
 * @typedef {{ counters: "exact" | "hit" }} ScriptOptions
 * @typedef {{ text: string, options: ScriptOptions }} Script
 */

/** Reads a script and its `# nflab-counters: hit` header option. @param {string} path @returns {Script} */
export function readScript(path) {
  const text = readFileSync(path, "utf8");
  const counters = /^# nflab-counters: hit$/m.test(text) ? "hit" : "exact";
  return { text, options: { counters } };
}

const EPHEMERAL_LOW = 32768;
const EPHEMERAL_HIGH = 60999;

/** A port the kernel picked from ip_local_port_range becomes <EPH> (five characters, like the port). @param {string} port */
function ephemeral(port) {
  const n = Number(port);
  return n >= EPHEMERAL_LOW && n <= EPHEMERAL_HIGH ? "<EPH>" : port;
}

/** @param {string} ms @param {number} step */
function floorTo(ms, step) {
  return String(Math.floor(Number(ms) / step) * step);
}

/** @param {string} text @param {ScriptOptions} options */
export function normalizeScriptOutput(text, options) {
  let out = normalizeOutput(text);
  // ping: round-trip times, and the run time in the statistics floored to 100 ms.
  out = out.replace(/ time=\d+(?:\.\d+)? ms/g, " time=<RTT> ms");
  out = out.replace(/^rtt min\/avg\/max\/mdev = [\d./]+ ms$/gm, "rtt min/avg/max/mdev = <RTT> ms");
  out = out.replace(/(packet loss, time )(\d+)ms$/gm, (_, head, ms) => `${head}${floorTo(ms, 100)}ms`);
  // curl: elapsed milliseconds floored to the second.
  out = out.replace(/\bafter (\d+) (ms|milliseconds)\b/g, (_, ms, unit) => `after ${floorTo(ms, 1000)} ${unit}`);
  // Ephemeral ports: conntrack's sport=/dport=, ss's addr:port, nc -l -v's "Connection received on A P".
  out = out.replace(/\b(sport|dport)=(\d+)/g, (_, key, port) => `${key}=${ephemeral(port)}`);
  out = out.replace(/(\d+\.\d+\.\d+\.\d+):(\d+)\b/g, (_, addr, port) => `${addr}:${ephemeral(port)}`);
  out = out.replace(/^(Connection received on \S+ )(\d+)$/gm, (_, head, port) => `${head}${ephemeral(port)}`);
  // conntrack -L: the seconds left before the entry expires, and ping's random ICMP id.
  out = out.replace(/^(\w+ +\d+ )\d+ /gm, "$1<T> ");
  out = out.replace(/\bid=\d+/g, "id=<ID>");
  if (options.counters === "hit") out = countersAsHit(out);
  return out;
}

/**
 * Counters where retransmissions make the numbers vary: any nonzero count
 * becomes `*`, in iptables-save -c's [P:B], in -L -v's first two columns and
 * in its policy line.
 * @param {string} text
 */
export function countersAsHit(text) {
  const hit = (/** @type {string} */ n) => (/^0+$/.test(n) ? "0" : "*");
  let out = text.replace(/\[(\d+):(\d+)\]/g, (_, p, b) => `[${hit(p)}:${hit(b)}]`);
  out = out.replace(/^( *)(\d+[KMGT]?)( +)(\d+[KMGT]?)( +(?:[A-Za-z]|all|tcp|udp|icmp))/gm, (_m, _s, p, _g, b, rest) =>
    `${hit(p).padStart(5)} ${hit(b).padStart(5)}${rest}`,
  );
  out = out.replace(/\(policy (\w+) (\d+) packets, (\d+) bytes\)/g, (_, policy, p, b) => `(policy ${policy} ${hit(p)} packets, ${hit(b)} bytes)`);
  return out;
}

/**
 * Splits a script's output at its `== label` lines: section 0 is what comes
 * before the first label, section N the output after the Nth label (the label
 * line included).
 * @param {string} text
 * @returns {string[]}
 */
export function splitSections(text) {
  const sections = [""];
  for (const line of text.split(/(?<=\n)/)) {
    if (line.startsWith("== ")) sections.push("");
    sections[sections.length - 1] += line;
  }
  return sections;
}
