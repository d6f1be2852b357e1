/**
 * Where a background nc's later output goes. The lab runs a job's command at
 * once, so what the listener receives afterwards is written where the job's
 * command line sent its streams: the redirections as typed (`> FILE`,
 * `>> FILE`, `2> FILE`, `2>&1`, `&> FILE`), or, without one, the terminal
 * (the job's output, which the shell prints after the next statement).
 */
import type { CommandContext } from "../types.js";
import type { Job } from "../../world/types.js";

export type StreamTarget = { readonly kind: "file"; readonly path: string } | { readonly kind: "null" } | { readonly kind: "terminal" };

export interface JobCommand {
  /** The words that are not redirections. */
  readonly words: readonly string[];
  readonly stdout: StreamTarget;
  readonly stderr: StreamTarget;
}

const REDIRECT = /^(\d?|&)(>>?|<)(&?)(.*)$/;

function target(path: string): StreamTarget {
  return path === "/dev/null" ? { kind: "null" } : { kind: "file", path };
}

/** Splits a job's command line into its words and where its stdout and stderr go. */
export function parseJobCommand(command: string): JobCommand {
  const tokens = command.trim().split(/\s+/).filter(Boolean);
  const words: string[] = [];
  let stdout: StreamTarget = { kind: "terminal" };
  let stderr: StreamTarget = { kind: "terminal" };
  for (let i = 0; i < tokens.length; i++) {
    const m = REDIRECT.exec(tokens[i]!);
    if (!m || (m[1] === "" && m[2] === undefined)) {
      words.push(tokens[i]!);
      continue;
    }
    const [, fd, op, dup, rest] = m;
    const word = rest !== "" ? rest! : tokens[++i] ?? "";
    if (op === "<") continue;
    if (dup === "&") {
      if (fd === "2" && word === "1") stderr = stdout;
      else if ((fd === "" || fd === "1") && word === "2") stdout = stderr;
      continue;
    }
    const t = target(word);
    if (fd === "&") stdout = stderr = t;
    else if (fd === "2") stderr = t;
    else stdout = t;
  }
  return { words, stdout, stderr };
}

/** Writes what a background job prints later, where its command line sent that stream. */
export function writeFromJob(ctx: CommandContext, job: Job, stream: "stdout" | "stderr", text: string): void {
  if (text === "") return;
  const t = parseJobCommand(job.command)[stream];
  if (t.kind === "null") return;
  if (t.kind === "terminal") {
    job.output = (job.output ?? "") + text;
    return;
  }
  const path = t.path.startsWith("/") ? t.path : `${ctx.cwd.replace(/\/$/, "")}/${t.path}`;
  try {
    ctx.fs.writeFile(path, text, true);
  } catch {
    // The file went away or cannot be written: the real nc's write would fail as silently.
  }
}
