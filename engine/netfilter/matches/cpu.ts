/**
 * -m cpu (libxt_cpu.c, xt_cpu.c): the CPU that processes the packet. The lab
 * host has one CPU, numbered 0, so only --cpu 0 matches.
 */
import type { MatchModule } from "../extension.js";
import { x6Uint } from "../xt-helpers.js";

export interface CpuData {
  cpu: number;
  invert: boolean;
}

/** smp_processor_id() on the lab's single-CPU host. */
const LAB_CPU = 0;

export const cpuMatch: MatchModule<CpuData> = {
  name: "cpu",
  options: [{ name: "cpu", invert: true, mandatory: true }],
  init: () => ({ cpu: 0, invert: false }),
  parse(_d, opt, arg, invert) {
    const v = x6Uint("cpu", opt, arg!, 0, 0xffffffff);
    return typeof v === "number" ? { cpu: v, invert } : v;
  },
  save: (d) => `${d.invert ? " !" : ""} --cpu ${d.cpu}`,
  print: (d) => ` cpu ${d.invert ? "! " : ""}${d.cpu}`,
  match: (d) => (d.cpu === LAB_CPU) !== d.invert,
};
