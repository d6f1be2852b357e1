/**
 * The probe a goal sends, as the packet walk runs it. The walk is wired in
 * engine/scenario/run-probe.ts, which exports `runProbe: ProbeRunner`; until
 * that file exists the lab says plainly that goals cannot be checked yet.
 */
import type { ProbeOutcome, ProbeRunner } from "../../engine/scenario/probe.js";

/** Where the walk's entry point lives, relative to this file (in lab/ and in dist/lab/ alike). */
const RUN_PROBE = "../../engine/scenario/run-probe.js";

/** The packet walk's runner, or undefined when this nflab has none yet. */
export async function loadProbeRunner(): Promise<ProbeRunner | undefined> {
  let module: Record<string, unknown>;
  try {
    module = (await import(/* @vite-ignore */ RUN_PROBE)) as Record<string, unknown>;
  } catch (e) {
    if (isMissing(e)) return undefined;
    throw e;
  }
  const runner = module["runProbe"] ?? module["default"];
  if (typeof runner !== "function") throw new Error(`${RUN_PROBE} exports no runProbe function`);
  return guarded(runner as ProbeRunner);
}

/** A walk that throws has a bug: the goal fails with the message instead of the lab crashing. */
export function guarded(runner: ProbeRunner): ProbeRunner {
  return (world, request): ProbeOutcome => {
    try {
      return runner(world, request);
    } catch (e) {
      return { end: "unreachable", summary: `internal error in the packet walk: ${e instanceof Error ? e.message : String(e)}` };
    }
  };
}

function isMissing(e: unknown): boolean {
  const error = e as { code?: string; message?: string };
  const code = error?.code;
  return (code === "ERR_MODULE_NOT_FOUND" || code === "MODULE_NOT_FOUND" || /Failed to load url|Cannot find module/.test(error?.message ?? "")) && /run-probe/.test(error?.message ?? "");
}
