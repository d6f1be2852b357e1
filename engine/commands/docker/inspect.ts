/**
 * `docker inspect`, `docker container inspect`: the JSON array the CLI
 * prints (or each object through -f), "[]" when nothing was found, and the
 * errors after it with status 1.
 */
import type { CommandResult } from "../types.js";
import { isDaemonError } from "../../docker/errors.js";
import { findContainer, syncContainers } from "../../docker/containers.js";
import { findNetwork } from "../../docker/networks.js";
import { flagString } from "./flags.js";
import type { DockerSub } from "./cli.js";
import type { GoJson } from "./go-json.js";
import { containerInspect, inspectOutput, networkInspect } from "./views.js";
import { execTemplate, TemplateError } from "./template.js";

/** inspect.Inspect: objects found, formatted; errors (strings) collected and printed last. */
export function inspectResult(refs: readonly string[], format: string | undefined, get: (ref: string) => GoJson | string): CommandResult {
  const found: GoJson[] = [];
  const errors: string[] = [];
  for (const ref of refs) {
    const v = get(ref);
    if (typeof v === "string") errors.push(v);
    else found.push(v);
  }
  let stdout = "";
  if (format === undefined || format === "") stdout = found.length === 0 && errors.length > 0 ? "[]\n" : inspectOutput(found);
  else {
    const tmpl = format === "json" ? "{{json .}}" : format.replaceAll("\\t", "\t").replaceAll("\\n", "\n");
    try {
      for (const v of found) stdout += `${execTemplate(tmpl, v)}\n`;
    } catch (e) {
      if (e instanceof TemplateError) return { stdout: "", stderr: `template parsing error: ${e.message}\n`, exitCode: 64 };
      throw e;
    }
  }
  return { stdout, stderr: errors.map((e) => `${e}\n`).join(""), exitCode: errors.length ? 1 : 0 };
}

const FLAGS = [{ long: "format", short: "f", type: "string" }, { long: "size", short: "s", type: "bool" }, { long: "type", type: "string" }] as const;

export const inspectSub: DockerSub = {
  path: "docker inspect",
  use: "[OPTIONS] NAME|ID [NAME|ID...]",
  short: "Return low-level information on Docker objects",
  flags: FLAGS,
  args: { min: 1 },
  run(d, p) {
    syncContainers(d.world, d.state);
    const type = flagString(p, "type");
    return inspectResult(p.args, flagString(p, "format"), (ref) => {
      if (type === undefined || type === "container") {
        const c = findContainer(d.state, ref);
        if (!isDaemonError(c)) return containerInspect(d.world, d.state, c);
      }
      if (type === undefined || type === "network") {
        const n = findNetwork(d.state, ref);
        if (!isDaemonError(n)) return networkInspect(d.state, n);
      }
      return `Error: No such object: ${ref}`;
    });
  },
};

export const containerInspectSub: DockerSub = {
  path: "docker container inspect",
  use: "[OPTIONS] CONTAINER [CONTAINER...]",
  short: "Display detailed information on one or more containers",
  flags: [FLAGS[0], FLAGS[1]],
  args: { min: 1 },
  run(d, p) {
    syncContainers(d.world, d.state);
    return inspectResult(p.args, flagString(p, "format"), (ref) => {
      const c = findContainer(d.state, ref);
      return isDaemonError(c) ? `Error response from daemon: ${c.message}` : containerInspect(d.world, d.state, c);
    });
  },
};
