/**
 * Entry point of the `nflab` command: parses the command line and hands over
 * to the lab shell (`sh`), the graders (`check`, `grade`) or the TUI (`play`,
 * the default, and `sandbox`).
 */
import { HELP, parseCli } from "./args.js";
import { readAll } from "./output.js";
import { nflabVersion } from "../scenario/nflab-version.js";
import { tuneHeap } from "./heap-tuning.js";

tuneHeap();

async function main(argv: readonly string[]): Promise<number> {
  const command = parseCli(argv);
  switch (command.kind) {
    case "help":
      process.stdout.write(HELP);
      return 0;
    case "version":
      process.stdout.write(`nflab ${nflabVersion()}\n`);
      return 0;
    case "error":
      process.stderr.write(`nflab: ${command.message}\nTry 'nflab --help' for more information.\n`);
      return 2;
    case "sh": {
      // Loaded on demand: `nflab sh` needs no React, and `--help` needs no shell.
      const { runSh } = await import("./run-sh.js");
      return runSh(command, () => readAll(process.stdin));
    }
    case "validate": {
      const { runValidate } = await import("./run-validate.js");
      return runValidate(command.path);
    }
    case "play": {
      const { runPlay } = await import("./run-play.js");
      return runPlay(command);
    }
    case "sandbox": {
      const { runSandbox } = await import("./run-play.js");
      return runSandbox(command);
    }
    case "check": {
      const { runCheck } = await import("./run-check.js");
      return runCheck(command);
    }
    case "grade": {
      const { runGrade } = await import("./run-grade.js");
      return runGrade(command);
    }
  }
}

process.stdout.on("error", () => {});
main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`nflab: ${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
    process.exitCode = 70;
  },
);
