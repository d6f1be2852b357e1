/**
 * -m bpf (libxt_bpf.c revision 1, xt_bpf.c): a classic BPF program given as
 * bytecode ("N,code jt jf k,..." as nfbpf_compile writes it), at most 64
 * instructions; pinned eBPF objects (--object-pinned) are not emulated.
 * -L prints the code after "match bpf " and ends it with a NUL byte, as
 * libxt_bpf's printf("%c", '\0') does. The program runs on the packet's
 * bytes from the IP header (packet-bytes.ts); a non-zero return matches.
 */
import type { MatchModule } from "../extension.js";
import { packetBytes } from "../packet-bytes.js";
import { fail } from "../xt-helpers.js";
import { runBpf, validProgram, type SockFilter } from "./bpf-vm.js";

export interface BpfData {
  program: SockFilter[];
}

/** XT_BPF_MAX_NUM_INSTR. */
const MAX = 64;

/** sscanf("%hu"): optional blanks and sign, decimal digits, kept modulo 2^16. */
function scanU(text: string, bits: number): { value: number; rest: string } | undefined {
  const m = /^\s*([+-]?)(\d+)/.exec(text);
  if (!m) return undefined;
  const mod = 2n ** BigInt(bits);
  let v = BigInt(m[2]!) % mod;
  if (m[1] === "-") v = (mod - v) % mod;
  return { value: Number(v), rest: text.slice(m[0].length) };
}

function parseProgram(text: string): SockFilter[] | ReturnType<typeof fail> {
  const head = scanU(text, 16);
  if (!head || !head.rest.startsWith(",")) return fail("bpf: error parsing program length");
  const len = head.value;
  if (!len) return fail("bpf: illegal zero length program");
  if (len > MAX) return fail("bpf: number of instructions exceeds maximum");
  const program: SockFilter[] = [];
  let at = text.indexOf(",");
  while (at >= 0 && at + 1 < text.length) {
    const token = text.slice(at + 1);
    if (program.length >= len) return fail("bpf: real program length exceeds the encoded length parameter");
    const code = scanU(token, 16);
    const jt = code && scanU(code.rest, 8);
    const jf = jt && scanU(jt.rest, 8);
    const k = jf && scanU(jf.rest, 32);
    if (!code || !jt || !jf || !k) return fail(`bpf: error at instr ${program.length}`);
    program.push({ code: code.value, jt: jt.value, jf: jf.value, k: k.value });
    at = text.indexOf(",", at + 1);
  }
  if (program.length !== len) return fail("bpf: parsed program length is less than the encoded length parameter");
  return program;
}

const code = (d: BpfData): string => d.program.map((i) => `${i.code} ${i.jt} ${i.jf} ${i.k}`).join(",");

export const bpfMatch: MatchModule<BpfData> = {
  name: "bpf",
  options: [{ name: "bytecode" }, { name: "object-pinned" }],
  init: () => ({ program: [] }),
  parse(_d, opt, arg) {
    if (opt === "object-pinned") return fail("bpf: --object-pinned is not emulated by nflab", "other");
    const program = parseProgram(arg!);
    return Array.isArray(program) ? { program } : program;
  },
  finalCheck: (_d, _c, seen) => (seen.size !== 1 ? fail("bpf: one of --bytecode or --pinned is required") : undefined),
  save: (d) => ` --bytecode "${d.program.length},${code(d)}"`,
  print: (d) => `match bpf ${code(d)}\u0000`,
  check: (d) => (validProgram(d.program) ? undefined : { dmesg: "" }),
  match: (d, p) => runBpf(d.program, packetBytes(p)) !== 0,
};
