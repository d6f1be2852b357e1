/**
 * A classic BPF machine (struct sock_filter programs, as tcpdump -ddd and
 * nfbpf_compile write them): the checks sk_chk_filter makes when the program
 * is loaded, and a run over the packet's bytes from the IP header on, as
 * xt_bpf runs it in netfilter. A load past the end returns 0 (no match).
 */
export interface SockFilter {
  code: number;
  jt: number;
  jf: number;
  k: number;
}

const CLASS = (c: number): number => c & 0x07;
const SIZE = (c: number): number => c & 0x18;
const MODE = (c: number): number => c & 0xe0;
const OP = (c: number): number => c & 0xf0;
const SRC = (c: number): number => c & 0x08;
const LD = 0, LDX = 1, ST = 2, STX = 3, ALU = 4, JMP = 5, RET = 6, MISC = 7;
const W = 0x00, H = 0x08, B = 0x10;
const IMM = 0x00, ABS = 0x20, IND = 0x40, MEM = 0x60, LEN = 0x80, MSH = 0xa0;

/** Whether the kernel would load it: a RET at the end, jumps inside the program, scratch slots 0-15. */
export function validProgram(prog: readonly SockFilter[]): boolean {
  if (prog.length === 0 || prog.length > 4096) return false;
  for (let i = 0; i < prog.length; i++) {
    const { code, jt, jf, k } = prog[i]!;
    const cls = CLASS(code);
    if (cls === JMP) {
      if (OP(code) === 0x00) {
        if (i + 1 + k >= prog.length) return false;
      } else if (i + 1 + jt >= prog.length || i + 1 + jf >= prog.length) return false;
    }
    if ((cls === ST || cls === STX || ((cls === LD || cls === LDX) && MODE(code) === MEM)) && k >= 16) return false;
    if (cls === ALU && (OP(code) === 0x30 || OP(code) === 0x90) && SRC(code) === 0 && k === 0) return false;
  }
  return CLASS(prog[prog.length - 1]!.code) === RET;
}

function load(b: Uint8Array, at: number, size: number): number | undefined {
  const n = size === W ? 4 : size === H ? 2 : 1;
  if (at < 0 || at + n > b.length) return undefined;
  let v = 0;
  for (let i = 0; i < n; i++) v = v * 256 + b[at + i]!;
  return v >>> 0;
}

function alu(op: number, a: number, x: number): number | undefined {
  switch (op) {
    case 0x00: return (a + x) >>> 0;
    case 0x10: return (a - x) >>> 0;
    case 0x20: return Math.imul(a, x) >>> 0;
    case 0x30: return x === 0 ? undefined : Math.floor(a / x) >>> 0;
    case 0x40: return (a | x) >>> 0;
    case 0x50: return (a & x) >>> 0;
    case 0x60: return x >= 32 ? 0 : (a << x) >>> 0;
    case 0x70: return x >= 32 ? 0 : a >>> x;
    case 0x80: return (-a) >>> 0;
    case 0x90: return x === 0 ? undefined : a % x;
    case 0xa0: return (a ^ x) >>> 0;
    default: return undefined;
  }
}

/** The program's return value on the packet (0: no match). */
export function runBpf(prog: readonly SockFilter[], b: Uint8Array): number {
  let a = 0;
  let x = 0;
  const mem = new Array<number>(16).fill(0);
  for (let pc = 0, steps = 0; pc < prog.length && steps < 100_000; pc++, steps++) {
    const { code, jt, jf, k } = prog[pc]!;
    switch (CLASS(code)) {
      case LD: {
        const m = MODE(code);
        const v = m === IMM ? k : m === LEN ? b.length : m === MEM ? mem[k & 15]! : load(b, m === ABS ? k : x + k, SIZE(code));
        if (v === undefined) return 0;
        a = v >>> 0;
        break;
      }
      case LDX: {
        const m = MODE(code);
        if (m === MSH) {
          const v = load(b, k, B);
          if (v === undefined) return 0;
          x = (v & 0xf) << 2;
        } else x = (m === IMM ? k : m === LEN ? b.length : mem[k & 15]!) >>> 0;
        break;
      }
      case ST: mem[k & 15] = a; break;
      case STX: mem[k & 15] = x; break;
      case ALU: {
        const v = alu(OP(code), a, SRC(code) ? x : k);
        if (v === undefined) return 0;
        a = v;
        break;
      }
      case JMP: {
        const op = OP(code);
        if (op === 0x00) {
          pc += k;
          break;
        }
        const v = SRC(code) ? x : k;
        const yes = op === 0x10 ? a === v : op === 0x20 ? a > v : op === 0x30 ? a >= v : op === 0x40 ? (a & v) !== 0 : false;
        pc += yes ? jt : jf;
        break;
      }
      case RET: return (MODE(code) === 0x10 ? a : k) >>> 0;
      case MISC: if (code & 0x80) a = x; else x = a; break;
    }
  }
  return 0;
}
