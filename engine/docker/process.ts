/**
 * What a container's main process does, decided from its command line: a
 * server the image runs (nginx listens on 80), something that waits
 * (`sleep 300`, `tail -f`, a shell with a terminal or open stdin), or a
 * command that runs once and exits. The lab does not run container images;
 * this is the part of their behaviour the network lab can see.
 */
import type { ImageInfo, ImageServer } from "./images.js";

export interface MainProcess {
  /** "server": runs until stopped; "wait": runs for `runsForMs` (undefined: until stopped); "once": exits at once. */
  kind: "server" | "wait" | "once";
  runsForMs?: number;
  servers: ImageServer[];
  /** Exits at `docker stop`'s signal; otherwise it is killed after the timeout (exit 137). */
  stopsOnSignal: boolean;
}

const SHELLS = new Set(["sh", "bash", "ash", "zsh", "dash"]);

const base = (path: string): string => path.slice(path.lastIndexOf("/") + 1);

/** sleep's argument: 10, 10s, 2m, 1h, infinity. */
function sleepMs(arg: string | undefined): number | undefined | "bad" {
  if (arg === undefined) return "bad";
  if (arg === "infinity") return undefined;
  const m = /^(\d+(?:\.\d+)?)([smhd]?)$/.exec(arg);
  if (!m) return "bad";
  const unit = { "": 1000, s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 }[m[2]!]!;
  return Math.round(Number(m[1]) * unit);
}

export function mainProcess(image: ImageInfo, cmd: readonly string[], usesImageCmd: boolean, tty: boolean, openStdin: boolean): MainProcess {
  if (usesImageCmd && image.servers.length > 0) return { kind: "server", servers: image.servers, stopsOnSignal: image.stopsOnSignal };
  const [prog, ...args] = cmd;
  const name = base(prog ?? "");
  const known = image.servers.find((s) => s.command === name || (name === "httpd-foreground" && s.command === "httpd"));
  if (known) return { kind: "server", servers: [known], stopsOnSignal: image.stopsOnSignal };
  if (name === "sleep") {
    const ms = sleepMs(args[0]);
    if (ms === "bad") return { kind: "once", servers: [], stopsOnSignal: true };
    return { kind: "wait", ...(ms !== undefined ? { runsForMs: ms } : {}), servers: [], stopsOnSignal: false };
  }
  if (name === "tail" && args.includes("-f")) return { kind: "wait", servers: [], stopsOnSignal: false };
  if (SHELLS.has(name)) {
    const script = args[args.indexOf("-c") + 1];
    if (args.includes("-c") && script !== undefined) {
      const forever = /while\s+(true|:)|sleep\s+infinity|tail\s+-f/.test(script);
      const sleeps = /^\s*sleep\s+(\S+)\s*$/.exec(script);
      if (sleeps) {
        const ms = sleepMs(sleeps[1]);
        if (ms !== "bad") return { kind: "wait", ...(ms !== undefined ? { runsForMs: ms } : {}), servers: [], stopsOnSignal: false };
      }
      return forever ? { kind: "wait", servers: [], stopsOnSignal: false } : { kind: "once", servers: [], stopsOnSignal: true };
    }
    if (tty || openStdin) return { kind: "wait", servers: [], stopsOnSignal: false };
    return { kind: "once", servers: [], stopsOnSignal: true };
  }
  return { kind: "once", servers: [], stopsOnSignal: true };
}
