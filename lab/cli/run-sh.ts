/**
 * `nflab sh`: the lab shell without the TUI, like bash. Output goes straight
 * to this process's stdout and stderr as each statement finishes, so
 * `nflab sh FILE 2>&1` interleaves the way `bash FILE 2>&1` does.
 */
import { readFileSync } from "node:fs";
import { LabShell } from "../../engine/shell/session.js";
import { createWorld } from "../../engine/world/spec.js";
import type { CliCommand } from "./args.js";
import { writeOut } from "./output.js";

type ShCommand = Extract<CliCommand, { kind: "sh" }>;

export async function runSh(command: ShCommand, readStdin: () => Promise<string>): Promise<number> {
  const source = command.source;
  let text: string;
  let scriptName: string | undefined;
  if (source.from === "file") {
    try {
      text = readFileSync(source.path, "utf8");
    } catch {
      process.stderr.write(`nflab sh: ${source.path}: No such file or directory\n`);
      return 127;
    }
    scriptName = source.path;
  } else if (source.from === "string") {
    text = source.text;
  } else {
    text = await readStdin();
  }
  const world = createWorld({ backend: command.backend, startTimeMs: Date.now() });
  const shell = new LabShell({
    world,
    interactive: false,
    sink: { stdout: (t) => writeOut(process.stdout, t), stderr: (t) => writeOut(process.stderr, t) },
    ...(scriptName ? { scriptName } : {}),
    ...(source.from !== "stdin" ? { args: source.args } : {}),
    // As bash FILE on a terminal: ls prints columns there, and one name per line into a pipe or file.
    ...(process.stdout.isTTY ? { terminalColumns: () => process.stdout.columns || 80 } : {}),
  });
  const result = await shell.runScript(text);
  return result.exitCode;
}
