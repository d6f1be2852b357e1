/**
 * printenv (GNU coreutils 9.1): the exported environment, or the value of
 * each NAME given — exit status 1 when any of them is not set.
 */
import type { CommandResult, LabCommand } from "../types.js";
import { coreutilsVersion } from "./coreutils-version.js";
import { exportedEnvironment, formatEnvironment, underscore } from "./environment.js";

const TRY = "Try 'printenv --help' for more information.\n";

export const printenvCommand: LabCommand = {
  name: "printenv",
  summary: "print the exported environment, or the value of a variable",
  run(ctx): CommandResult {
    let nul = false;
    const names: string[] = [];
    let onlyNames = false;
    for (const arg of ctx.argv.slice(1)) {
      if (onlyNames || !arg.startsWith("-") || arg === "-") names.push(arg);
      else if (arg === "--") onlyNames = true;
      else if (arg === "--null" || arg === "-0" || (arg.startsWith("--") && "--null".startsWith(arg) && arg.length > 2)) nul = true;
      else if (arg.length > 2 && "--version".startsWith(arg)) return { stdout: coreutilsVersion("printenv", "David MacKenzie and Richard Mlynarik"), stderr: "", exitCode: 0 };
      else if (arg.startsWith("--")) return { stdout: "", stderr: `printenv: unrecognized option '${arg}'\n${TRY}`, exitCode: 2 };
      else {
        const bad = [...arg.slice(1)].find((c) => c !== "0");
        if (bad !== undefined) return { stdout: "", stderr: `printenv: invalid option -- '${bad}'\n${TRY}`, exitCode: 2 };
        nul = true;
      }
    }
    const vars = [...exportedEnvironment(ctx), ...underscore(ctx)];
    if (names.length === 0) return { stdout: formatEnvironment(vars, nul), stderr: "", exitCode: 0 };
    let stdout = "";
    let missing = false;
    for (const name of names) {
      // A name with = in it names no variable.
      const found = name.includes("=") ? undefined : vars.find(([n]) => n === name);
      if (found) stdout += `${found[1]}${nul ? "\0" : "\n"}`;
      else missing = true;
    }
    return { stdout, stderr: "", exitCode: missing ? 1 : 0 };
  },
};
