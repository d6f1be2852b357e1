/** Says, for a person reading a failed test, how the lab's output differs from the real one. */
import type { CommandOutput } from "./run-in-lab.js";

export function sameOutput(a: CommandOutput, b: CommandOutput): boolean {
  return a.stdout === b.stdout && a.stderr === b.stderr && a.exitCode === b.exitCode;
}

export function describeDifference(id: string, real: CommandOutput, lab: CommandOutput): string {
  const parts = [`${id}: ${real.cmd}`];
  if (real.exitCode !== lab.exitCode) parts.push(`  exit code: real ${real.exitCode}, lab ${lab.exitCode}`);
  for (const stream of ["stdout", "stderr"] as const) {
    if (real[stream] === lab[stream]) continue;
    parts.push(`  ${stream}, real:`, indent(real[stream]), `  ${stream}, lab:`, indent(lab[stream]));
  }
  return parts.join("\n");
}

function indent(text: string): string {
  if (text === "") return "    (empty)";
  return text
    .replace(/\n$/, "")
    .split("\n")
    .map((line) => `    | ${line}`)
    .join("\n") + (text.endsWith("\n") ? "" : "\n    (no newline at end)");
}
