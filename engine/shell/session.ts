/**
 * The lab shell: bash (just-bash's parser, interpreter and utilities) over the
 * emulated world. It reads input like bash — a line at a time, joining lines
 * until a command is complete — runs each top-level statement, and writes its
 * output to the sink as soon as that statement finishes. Shell state
 * (variables, functions, aliases, options, directory, $?) carries from one
 * statement to the next; `cmd &` becomes a job of the world.
 */
import { Bash, decodeBytesToUtf8, defineCommand, serialize, type StatementNode } from "just-bash";
import type { CommandContext, CommandResult, LabCommand } from "../commands/types.js";
import { LAB_COMMANDS } from "../commands/registry.js";
import { LabFs } from "../fs/lab-fs.js";
import { procSysMount } from "../fs/proc-sys.js";
import { writeSysctl } from "../net/sysctl-write.js";
import { visibleSysctls } from "../commands/sysctl/table.js";
import { devMount } from "../fs/dev.js";
import { xtRecentMount } from "../netfilter/proc-xt-recent.js";
import { binMount } from "../fs/bin.js";
import type { VirtualMount } from "../fs/types.js";
import { LAB_HOST } from "../world/spec.js";
import type { NetNamespace, World } from "../world/types.js";
import { justBashFs } from "./fs-adapter.js";
import { bytesToText, commandOutput } from "./byte-string.js";
import { readChunks, tryParse, type Chunk } from "./reader.js";
import { fullCaptureEpilogue, initialState, restorePrelude, takeArraysAndFunctions, takeScalars, type ShellState } from "./shell-state.js";
import { stateReach } from "./statement-kind.js";
import { shellQuote } from "./quote.js";
import { settleJobs, startJob, takeFinishedJobs } from "./jobs.js";
import { shellCommands } from "./shell-commands.js";
import { takeJobOutput } from "../trace/monitor.js";
import { SHELL_UTILITIES } from "./utilities.js";
import { OVERRIDDEN_BUILTINS, overrideBuiltins, renameOverriddenBuiltins, withOverriddenBuiltins } from "./builtin-overrides.js";
import { needsStreaming, streamed, streamLine, STREAM_DIR, STREAM_STDERR, STREAM_STDOUT, TERMINAL_VAR, TTY_VAR, DISCARD_VAR } from "./stream-output.js";
import { hasNestedJobs, JOB_BEGIN, JOB_END, jobText, LAST_JOB, readsLastJob, renameLastJob, withNestedJobs } from "./nested-jobs.js";
import { definedFunctions } from "./function-sources.js";
import type { LineStatus, OutputSink, RunResult } from "./types.js";

export interface LabShellOptions {
  world: World;
  /** A person at a terminal (the TUI) rather than a script: job notices, `[1] 1234`, history. */
  interactive: boolean;
  /** Where output goes unless a run names another sink. */
  sink?: OutputSink;
  /** The lab's commands. @default LAB_COMMANDS */
  commands?: readonly LabCommand[];
  /** For a script run from a file: the name bash puts before its errors ("setup.sh: line 3: ..."). */
  scriptName?: string;
  /** Positional parameters ($1, $2, ...) of a script. */
  args?: readonly string[];
  /**
   * The real time, for a lab a person plays in: before each line the world clock catches up
   * with it, so conntrack entries and jobs age as they would. Scripts and graders leave it out.
   */
  wallClock?: () => number;
  /**
   * The output is a terminal (the TUI, or `nflab sh` writing to one), as wide as this says:
   * tools that ask (ls) print for a screen. Left out, the output is a pipe or a file.
   */
  terminalColumns?: () => number;
}

/** Reads scalars, exports, aliases, options and the directory after a statement; exits with $? (its argument). */
const CAPTURE = "__nflab_capture";
/** Takes `declare -p` and function bodies on stdin. */
const CAPTURE_ALL = "__nflab_capture_all";
/** The variable that carries a statement's text to eval. */
const SOURCE_VAR = "__nflab_src";
/** Sets $? for the statement that follows. */
const STATUS = "__nflab_status";

export class LabShell {
  readonly world: World;
  readonly history: string[] = [];
  private readonly bash: Bash;
  private readonly fs: LabFs;
  private sink: OutputSink;
  private readonly interactive: boolean;
  private readonly scriptName: string | undefined;
  private readonly wallClock: (() => number) | undefined;
  private readonly nsStack: string[] = [LAB_HOST];
  /** Every command this shell runs beyond the shell's utilities (the lab's, a scenario's, its own). */
  private readonly commands: readonly LabCommand[];
  /** Names of the commands whose stdout and stderr interleave (curl -v, ping, ip netns exec). */
  private readonly interleaving: ReadonlySet<string>;
  /** Names of the commands that print differently to a terminal (ls). */
  private readonly terminalAware: ReadonlySet<string>;
  private readonly terminalColumns: (() => number) | undefined;
  /** What the shell itself remembers between statements, and the bash text that restores it. */
  private state: ShellState = initialState("/root");
  private prelude = "";
  /** `set -- ARGS` for a script's $1...; kept as given (shift and set -- do not outlive a statement). */
  private readonly positional: string;
  private captureSeen = false;
  /** Functions the running statement defines (name -> text), and every function text recorded so far. */
  private definedNow: ReadonlyMap<string, string> = new Map();
  private readonly everDefined = new Map<string, string>();
  /** The script line of the statement that is running (for `FILE: line N:` in streamed errors). */
  private currentLine = 0;
  private status = 0;
  private exitedFlag = false;
  /** While background jobs run (one inside another), their sleeps add to the job's time instead of the world's. */
  private readonly jobStack: { id: number; elapsedMs: number }[] = [];
  /** What `$!` says: the process ID of the job started last. */
  private lastJobPid: number | undefined;
  private abort: AbortController | undefined;

  constructor(options: LabShellOptions) {
    this.world = options.world;
    this.sink = options.sink ?? { stdout: () => {}, stderr: () => {} };
    this.interactive = options.interactive;
    this.scriptName = options.scriptName;
    this.wallClock = options.wallClock;
    // An interactive bash expands aliases; a script's does not.
    if (this.interactive) this.state.bashopts = "expand_aliases";
    this.prelude = restorePrelude(this.state);
    this.positional = options.args && options.args.length > 0 ? `set -- ${options.args.map(shellQuote).join(" ")}` : "";
    const commands = [...(options.commands ?? LAB_COMMANDS), ...shellCommands(this.control())];
    this.commands = commands;
    this.interleaving = new Set(namesOf(commands.filter((c) => c.interleavesOutput)));
    this.terminalColumns = options.terminalColumns;
    this.terminalAware = new Set(this.terminalColumns ? namesOf(commands.filter((c) => c.asksTerminal)) : []);
    const binNames = [
      ...SHELL_UTILITIES,
      ...namesOf(commands),
      ...Object.values(OVERRIDDEN_BUILTINS),
      CAPTURE,
      CAPTURE_ALL,
      STATUS,
      JOB_BEGIN,
      LAST_JOB,
      JOB_END,
    ];
    const mounts: VirtualMount[] = [
      procSysMount({
        values: () => visibleSysctls(this.currentNs()),
        write: (key, text) => writeSysctl(this.currentNs(), key, text),
      }),
      {
        prefix: STREAM_DIR,
        list: (path) => (path === STREAM_DIR ? ["stdout", "stderr"] : undefined),
        file: (path) =>
          path === STREAM_STDOUT || path === STREAM_STDERR || streamLine(path) !== undefined
            ? {
                read: () => "",
                write: (text) => {
                  this.writeStream(path, text);
                  return undefined;
                },
              }
            : undefined,
      },
      xtRecentMount(() => this.currentNs().netfilter, () => this.world.clock.nowMs, () => this.world.kernel?.bootMs ?? 0),
      devMount(),
      binMount("/usr/bin", () => binNames),
      binMount("/bin", () => binNames),
    ];
    this.fs = new LabFs(this.world.files, () => this.world.clock.nowMs, () => mounts);
    const custom = commands.flatMap((command) =>
      [command.name, ...(command.aliases ?? [])].map((name) =>
        defineCommand(OVERRIDDEN_BUILTINS[name] ?? name, async (args, ctx) => this.invoke(command, [name, ...args], ctx)),
      ),
    );
    custom.push(
      defineCommand(CAPTURE, async (args, ctx) => {
        this.captureSeen = true;
        this.state = takeScalars(this.state, ctx.env, ctx.exportedEnv ?? {}, ctx.cwd);
        this.prelude = restorePrelude(this.state);
        return { stdout: "", stderr: "", exitCode: Number(args[0] ?? 0) };
      }),
      defineCommand(CAPTURE_ALL, async (_args, ctx) => {
        this.state = takeArraysAndFunctions(this.state, decodeBytesToUtf8(ctx.stdin), this.definedNow, this.everDefined);
        return { stdout: "", stderr: "", exitCode: 0 };
      }),
      defineCommand(STATUS, async (args) => ({ stdout: "", stderr: "", exitCode: Number(args[0] ?? 0) })),
      defineCommand(JOB_BEGIN, async (args) => {
        this.beginJob(args[0] ?? "");
        return { stdout: "", stderr: "", exitCode: 0 };
      }),
      defineCommand(LAST_JOB, async () => ({ stdout: this.lastJobPid === undefined ? "" : `${this.lastJobPid}\n`, stderr: "", exitCode: 0 })),
      defineCommand(JOB_END, async (args) => {
        this.endJob(Number(args[0] ?? 0));
        return { stdout: "", stderr: "", exitCode: 0 };
      }),
    );
    this.bash = new Bash({
      fs: justBashFs(this.fs, () => this.world.clock.nowMs),
      cwd: "/root",
      env: this.initialEnv(),
      commands: SHELL_UTILITIES,
      customCommands: custom,
      sleep: async (ms) => this.sleep(ms),
      processInfo: { pid: 1, ppid: 0, uid: 0, gid: 0 },
      executionLimits: { maxExecutionTimeMs: 30_000 },
      // Its guard patches JavaScript's globals while a script runs, which leaves every regular
      // expression and string split in the process (the engine's too) many times slower for
      // good. Nothing a lab script can type runs JavaScript, so there is nothing for it to guard.
      defenseInDepth: false,
    });
    this.bash.registerTransformPlugin(overrideBuiltins);
  }

  /** The prompt bash would show: `[root@lab ~]# `. */
  get prompt(): string {
    const cwd = this.cwd;
    const short = cwd === "/root" ? "~" : cwd === "/" ? "/" : cwd.slice(cwd.lastIndexOf("/") + 1);
    return `[root@${this.currentNs().hostname} ${short}]# `;
  }

  get cwd(): string {
    return this.state.cwd;
  }

  get exited(): boolean {
    return this.exitedFlag;
  }

  get lastStatus(): number {
    return this.status;
  }

  /** Whether text typed so far is a complete command, or bash would ask for more (`> `). */
  lineStatus(text: string): LineStatus {
    return tryParse(text).kind === "incomplete" ? "incomplete" : "complete";
  }

  /** Runs what a person typed at the prompt (possibly several lines joined by continuation). */
  async runLine(text: string, sink?: OutputSink): Promise<RunResult> {
    if (text.trim() !== "") this.history.push(text);
    const wall = this.wallClock?.();
    if (wall !== undefined && wall > this.world.clock.nowMs) this.world.clock.nowMs = wall;
    return this.withSink(sink, () => this.runSource(text));
  }

  /** Runs a whole script, as `bash FILE` or `bash -c TEXT` would. */
  async runScript(text: string, sink?: OutputSink): Promise<RunResult> {
    return this.withSink(sink, () => this.runSource(text));
  }

  private async withSink<T>(sink: OutputSink | undefined, run: () => Promise<T>): Promise<T> {
    if (!sink) return run();
    const previous = this.sink;
    this.sink = sink;
    try {
      return await run();
    } finally {
      this.sink = previous;
    }
  }

  /** Interrupts the statement that is running (Ctrl-C). */
  cancel(): void {
    this.abort?.abort();
  }

  /** Job notices an interactive shell prints before its next prompt. */
  pendingNotices(): string {
    return this.interactive ? takeFinishedJobs(this.world) : "";
  }

  /** Names the shell can run, for completion. */
  commandNames(): string[] {
    const names = new Set<string>([...SHELL_UTILITIES, ...this.state.functionNames]);
    for (const c of this.commands) {
      names.add(c.name);
      for (const a of c.aliases ?? []) names.add(a);
    }
    for (const b of ["cd", "export", "unset", "set", "alias", "exit", "source", "read", "declare", "local", "type", "echo", "printf", "test"]) names.add(b);
    return [...names].filter((n) => !n.startsWith("__")).sort();
  }

  /** The lab filesystem the shell sees (for completion of paths). */
  get files(): LabFs {
    return this.fs;
  }

  private async runSource(text: string): Promise<RunResult> {
    for (const chunk of readChunks(text)) {
      if (this.exitedFlag) break;
      if (chunk.kind === "error") {
        this.reportSyntaxError(chunk);
        this.status = 2;
        if (!this.interactive) this.exitedFlag = true;
        break;
      }
      for (const statement of chunk.script.statements) {
        if (this.exitedFlag) break;
        await this.runStatement(statement, chunk.line);
      }
    }
    return { exitCode: this.status, exited: this.exitedFlag };
  }

  private reportSyntaxError(chunk: Extract<Chunk, { kind: "error" }>): void {
    const where = this.scriptName ? `${this.scriptName}: line ${chunk.line}: ` : "bash: ";
    const echo = /near unexpected token/.test(chunk.message) ? `${where}\`${chunk.text.split("\n")[0]}'\n` : "";
    this.sink.stderr(`${where}${chunk.message}\n${this.interactive ? "" : echo}`);
  }

  private async runStatement(statement: StatementNode, line: number): Promise<void> {
    this.currentLine = line;
    const source = statementSource(statement);
    if (statement.background) return this.runBackground(jobText(statement), source.replace(/&\s*$/, "").trim());
    const reach = stateReach(statement, new Set(this.state.functionNames));
    // The statement is handed over in a variable and run by eval: parsed on its own, it cannot
    // swallow the lines around it, and aliases defined earlier expand in it.
    const runnable = this.runnable(statement, source);
    this.definedNow = reach === "all" ? definedFunctions(runnable.tree) : new Map();
    for (const [name, text] of this.definedNow) this.everDefined.set(name, text);
    const body = `${SOURCE_VAR}=${shellQuote(runnable.text)}\neval "unset ${SOURCE_VAR}; ${STATUS} ${this.status}\n$${SOURCE_VAR}"`;
    const epilogue =
      reach === "none" ? "" : reach === "scalars" ? `${CAPTURE} $?` : `__nflab_rc=$?\n${fullCaptureEpilogue(CAPTURE_ALL)}\n${CAPTURE} $__nflab_rc`;
    const script = [this.prelude, this.positional, body, epilogue].join("\n");
    this.captureSeen = false;
    const result = await this.exec(script);
    this.emit(result, line);
    this.status = result.exitCode;
    if (reach !== "none" && !this.captureSeen) this.exitedFlag = true;
    settleJobs(this.world);
  }

  /**
   * The statement as it will run, as text and tree: builtins renamed, nested `cmd &` made jobs,
   * and output streamed where commands could interleave it.
   */
  private runnable(statement: StatementNode, source: string): { text: string; tree: StatementNode } {
    // (The text is searched first: most statements have neither.)
    const nested = source.includes("&") && hasNestedJobs(statement);
    const lastJob = source.includes("!") && readsLastJob(statement);
    // A definition is recorded from the tree that runs (see function-sources.ts), its body made ready to stream.
    const defined = source.includes("(") ? definedFunctions(statement) : new Map<string, string>();
    const names = { interleaving: this.interleaving, terminalAware: this.terminalAware, functions: new Set([...this.state.functionNames, ...defined.keys()]) };
    const stream = defined.size > 0 || needsStreaming(statement, names);
    if (!nested && !stream && !lastJob) return { text: withOverriddenBuiltins(statement, source), tree: statement };
    try {
      let copy = nested ? withNestedJobs(statement) : structuredClone(statement);
      if (stream) copy = streamed(copy, names, this.currentLine || 1);
      renameOverriddenBuiltins(copy);
      renameLastJob(copy);
      return { text: serialize({ type: "Script", statements: [{ ...copy, background: false }] }), tree: copy };
    } catch {
      // A statement just-bash cannot print back (an unterminated here-document) runs as typed.
      return { text: withOverriddenBuiltins(statement, source), tree: statement };
    }
  }

  private async runBackground(command: string, source: string): Promise<void> {
    this.beginJob(command);
    let exitCode = 0;
    try {
      const result = await this.exec([this.prelude, `( ${source}\n)`].join("\n"));
      this.emit(result, 0);
      exitCode = result.exitCode;
    } finally {
      this.endJob(exitCode);
    }
    this.status = 0;
  }

  /** A background job starts: it joins the world's job table, and its sleeps count on its own time. */
  private beginJob(command: string): void {
    const job = startJob(this.world, command);
    this.lastJobPid = job.pid;
    if (this.interactive) this.sink.stderr(`[${job.id}] ${job.pid}\n`);
    this.jobStack.push({ id: job.id, elapsedMs: 0 });
  }

  /** The job's commands have run: it stays Running until the world's clock reaches the end of its sleeps. */
  private endJob(exitCode: number): void {
    const running = this.jobStack.pop();
    const job = running && this.world.processes.jobs.find((j) => j.id === running.id);
    if (!running || !job) return;
    job.exitCode = exitCode;
    job.endsAtMs = this.world.clock.nowMs + running.elapsedMs;
  }

  private get runningJob(): { id: number; elapsedMs: number } | undefined {
    return this.jobStack[this.jobStack.length - 1];
  }

  private async exec(script: string, env?: Record<string, string>): Promise<{ stdout: string; stderr: string; exitCode: number }> {
    this.abort = new AbortController();
    try {
      return await this.bash.exec(script, { cwd: this.cwd, signal: this.abort.signal, rawScript: true, ...(env ? { env } : {}) });
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      // A redirection whose file cannot be opened escapes just-bash as an errno error; bash reports it and goes on.
      const errno = /^E[A-Z]+: ([^,]+), \w+ '(.*)'$/.exec(message);
      if (errno) return { stdout: "", stderr: `bash: ${errno[2]}: ${sentenceCase(errno[1]!)}\n`, exitCode: 1 };
      // Anything else thrown is a bug, which must not take the shell down.
      return { stdout: "", stderr: `bash: internal error: ${message}\n`, exitCode: 1 };
    } finally {
      this.abort = undefined;
    }
  }

  private emit(result: { stdout: string; stderr: string }, line: number): void {
    if (result.stdout) this.sink.stdout(result.stdout);
    // Background monitors (xtables-monitor --trace &, conntrack -E &) print what they saw meanwhile.
    const background = takeJobOutput(this.world);
    if (background) this.sink.stdout(background);
    if (result.stderr) {
      const where = this.scriptName && line > 0 ? `${this.scriptName}: line ${line}: ` : undefined;
      this.sink.stderr(where ? result.stderr.replace(/^bash: /gm, where) : result.stderr);
    }
  }

  /** A write to one of the stream devices: straight to the terminal, errors named as bash names them in a script. */
  private writeStream(path: string, text: string): void {
    if (text === "") return;
    if (path === STREAM_STDOUT) return this.sink.stdout(text);
    const line = streamLine(path) ?? this.currentLine;
    this.sink.stderr(this.scriptName && line > 0 ? text.replace(/^bash: /gm, `${this.scriptName}: line ${line}: `) : text);
  }

  private async sleep(ms: number): Promise<void> {
    if (this.runningJob) this.runningJob.elapsedMs += ms;
    else this.world.clock.nowMs += Math.max(0, Math.round(ms));
  }

  private currentNs(): NetNamespace {
    const id = this.nsStack[this.nsStack.length - 1]!;
    return this.world.namespaces[id] ?? this.world.namespaces[LAB_HOST]!;
  }

  private initialEnv(): Record<string, string> {
    return {
      HOME: "/root",
      USER: "root",
      LOGNAME: "root",
      SHELL: "/bin/bash",
      PATH: "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
      HOSTNAME: this.currentNs().hostname,
      LANG: "C.UTF-8",
      TERM: "xterm-256color",
      // A root login shell is the first level.
      SHLVL: "1",
    };
  }

  private control(): ShellControl {
    return {
      world: () => this.world,
      history: () => this.history,
      interactive: () => this.interactive,
      commands: () => this.commands,
    };
  }

  private async invoke(
    command: LabCommand,
    argv: string[],
    ctx: {
      stdin: Parameters<typeof decodeBytesToUtf8>[0];
      env: Map<string, string>;
      exportedEnv?: Record<string, string>;
      cwd: string;
      exec?: (line: string, opts: { cwd: string; stdin?: string; env?: Record<string, string>; replaceEnv?: boolean }) => Promise<CommandResult>;
    },
  ): Promise<CommandResult> {
    // Both of its streams reach the terminal: it may write them in the order it made them.
    const tty = ctx.env.get(TTY_VAR) === argv[0];
    const onTerminal = this.terminalColumns !== undefined && ctx.env.get(TERMINAL_VAR) === argv[0];
    const discarded = ctx.env.get(DISCARD_VAR) === argv[0];
    const context: CommandContext = {
      world: this.world,
      ns: this.currentNs(),
      argv,
      stdin: bytesToText(ctx.stdin),
      env: ctx.env,
      exportedEnv: ctx.exportedEnv ?? {},
      cwd: ctx.cwd,
      fs: this.fs,
      interactive: this.interactive,
      ...(onTerminal ? { terminal: { columns: Math.max(1, this.terminalColumns!()) } } : {}),
      ...(this.runningJob ? { jobId: this.runningJob.id } : {}),
      exec: async (childArgv, options) => {
        if (options?.ns && !this.world.namespaces[options.ns]) throw new Error(`no namespace ${options.ns}`);
        if (!ctx.exec) return { stdout: "", stderr: "bash: cannot run a command here\n", exitCode: 126 };
        this.nsStack.push(options?.ns ?? this.currentNs().id);
        try {
          const line = childArgv.map(shellQuote).join(" ");
          const child = childArgv[0] !== undefined && options?.passThrough ? shellQuote(childArgv[0]) : undefined;
          const passed = child === undefined ? "" : `${tty ? `${TTY_VAR}=${child} ` : ""}${onTerminal ? `${TERMINAL_VAR}=${child} ` : ""}`;
          return await ctx.exec(`${passed}${line}`, {
            cwd: ctx.cwd,
            ...(options?.stdin !== undefined ? { stdin: options.stdin } : {}),
            ...(options?.env !== undefined ? { env: { ...options.env }, replaceEnv: true } : {}),
          });
        } finally {
          this.nsStack.pop();
        }
      },
    };
    try {
      const result = await command.run(context);
      if (tty && result.output !== undefined) {
        for (const chunk of result.output) this.writeStream(chunk.fd === 1 ? STREAM_STDOUT : STREAM_STDERR, chunk.text);
        return { stdout: "", stderr: "", exitCode: result.exitCode };
      }
      // Output for /dev/null is not assembled; read stdout once otherwise (a result in parts joins it then).
      if (discarded) return { stdout: "", stderr: result.stderr, exitCode: result.exitCode };
      return { stderr: result.stderr, exitCode: result.exitCode, ...commandOutput(result.stdout) };
    } catch (e) {
      // A command that throws has a bug; say so plainly instead of crashing the lab.
      const message = e instanceof Error ? e.message : String(e);
      return { stdout: "", stderr: `${argv[0]}: internal error in the lab: ${message}\n`, exitCode: 70 };
    }
  }
}

/** What shell-level commands (jobs, history, wait, kill) may see of the session. */
export interface ShellControl {
  world(): World;
  history(): readonly string[];
  interactive(): boolean;
  /** Every command of the session, for `help`. */
  commands(): readonly LabCommand[];
}

/** The statement as typed; here-documents, whose bodies sourceText leaves out, are re-printed from the tree. */
function statementSource(statement: StatementNode): string {
  const text = (statement as StatementNode & { sourceText?: string }).sourceText;
  if (text !== undefined && !text.includes("<<")) return text;
  try {
    return serialize({ type: "Script", statements: [statement] });
  } catch {
    // An unterminated here-document cannot be re-printed; run it as typed and let bash complain.
    return text ?? "";
  }
}

/** Every name the commands answer to (iptables, iptables-nft, ...). */
function namesOf(commands: readonly LabCommand[]): string[] {
  return commands.flatMap((c) => [c.name, ...(c.aliases ?? [])]);
}

function sentenceCase(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
