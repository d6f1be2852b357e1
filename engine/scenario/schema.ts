/**
 * The scenario format: a guided exercise as data. A pack is a folder with a
 * pack.yaml and one YAML file per scenario. Instructors write these; zod
 * checks them here and `nflab validate` reports each problem with its file
 * and line. scenarios/scenario.schema.json is generated from these schemas
 * so that editors can complete and check the YAML as it is typed.
 */
import { z } from "zod";

const id = z.string().regex(/^[a-z0-9][a-z0-9-]*$/, "an id is lowercase letters, digits and dashes");

/** Where a probe's packet goes: "host:port" or just "host" (for ping); host is a name or an IPv4 address. */
const target = z.string().regex(/^[\w.-]+(:\d{1,5})?$/, 'a target is "host" or "host:port", e.g. "lab:8080"');

/**
 * One packet test: a connection (or ping) from a host to a target, and what
 * must happen to it. A goal passes when all its checks do.
 */
export const CheckSchema = z
  .object({
    /** The host the packet starts from: "lab", a scenario host, or a container's name. */
    from: z.string().min(1),
    to: target,
    proto: z.enum(["tcp", "udp", "icmp"]).default("tcp"),
    /** The connection reaches a listening socket (optionally this host:port, after any NAT). */
    reaches: z.union([z.literal(true), target]).optional(),
    /** The connection reaches no socket (dropped, rejected, refused or unroutable). */
    blocked: z.literal(true).optional(),
    /** It is stopped in this chain ("filter/DOCKER-USER") — by its rules, its policy or a chain it jumps to. */
    stoppedIn: z.string().regex(/^(raw|mangle|nat|filter|security)\/[\w-]+$/, 'a chain is "table/CHAIN", e.g. "filter/DOCKER-USER"').optional(),
  })
  .strict()
  .refine((c) => [c.reaches, c.blocked, c.stoppedIn].some((v) => v !== undefined), {
    message: "a check needs reaches, blocked or stoppedIn",
  });

export const GoalSchema = z
  .object({
    id,
    /** What the learner sees in the checklist. */
    title: z.string().min(1),
    /** Packet tests that must all come out as they say. */
    checks: z.array(CheckSchema).min(1),
    /** Check the goal after the lab host reboots (the rules must be persistent). */
    afterReboot: z.boolean().default(false),
  })
  .strict();

export const HintSchema = z
  .object({
    /** Markdown. */
    text: z.string().min(1),
    /** Only offered while this goal fails. */
    whenFailing: id.optional(),
  })
  .strict();

export const HostSchema = z
  .object({
    name: id,
    /** Its address out on the internet, e.g. 203.0.113.7. */
    address: z.string().regex(/^\d{1,3}(\.\d{1,3}){3}$/, "an IPv4 address such as 203.0.113.7"),
    /** Services listening on this host, e.g. ["tcp/80"]. */
    listens: z.array(z.string().regex(/^(tcp|udp)\/\d{1,5}$/, 'a listener is "tcp/PORT" or "udp/PORT"')).default([]),
  })
  .strict();

export const WorldDefSchema = z
  .object({
    backend: z.enum(["nf_tables", "legacy"]).default("nf_tables"),
    seed: z.number().int().default(1),
    /** ISO date-time the world's clock starts at. */
    startTime: z.iso.datetime().optional(),
    /** The lab host's address on the internet side. */
    address: z.string().regex(/^\d{1,3}(\.\d{1,3}){3}\/\d{1,2}$/, "an address with its prefix, such as 198.51.100.10/24").default("198.51.100.10/24"),
    /** Machines out on the internet that can send and receive packets. */
    hosts: z.array(HostSchema).default([]),
    /** Shell commands run as root on the lab host when it boots (docker run, iptables, sysctl...). */
    boot: z.string().default(""),
  })
  .strict();

export const ScenarioSchema = z
  .object({
    id,
    title: z.string().min(1),
    summary: z.string().min(1),
    difficulty: z.enum(["beginner", "intermediate", "advanced"]),
    world: WorldDefSchema,
    /** What to do, in Markdown. */
    task: z.string().min(1),
    goals: z.array(GoalSchema).min(1),
    hints: z.array(HintSchema).default([]),
    /** A reference solution: shell commands that make every goal pass. */
    solution: z.string().min(1),
    /** Solutions replayed by the test suite: each must pass (or, under wrong, fail the named goal). */
    checks: z
      .object({
        correct: z.array(z.string()).default([]),
        wrong: z.array(z.object({ script: z.string(), fails: id }).strict()).default([]),
      })
      .strict()
      .default({ correct: [], wrong: [] }),
  })
  .strict();

/**
 * Checks that cross-reference one part of a scenario from another (a hint's
 * goal, a probe's host). They read the raw data, so that they are reported
 * together with any schema problems, not only once those are fixed.
 */
export function scenarioReferenceIssues(raw: unknown): { path: (string | number)[]; message: string }[] {
  const issues: { path: (string | number)[]; message: string }[] = [];
  const doc = (raw ?? {}) as Record<string, unknown>;
  const list = (value: unknown): Record<string, unknown>[] => (Array.isArray(value) ? value.filter((v) => v && typeof v === "object") : []);
  const goals = new Set(list(doc["goals"]).map((g) => g["id"]));
  list(doc["hints"]).forEach((h, i) => {
    if (typeof h["whenFailing"] === "string" && !goals.has(h["whenFailing"])) {
      issues.push({ path: ["hints", i, "whenFailing"], message: `no goal has the id "${h["whenFailing"]}"` });
    }
  });
  const checks = (doc["checks"] ?? {}) as Record<string, unknown>;
  list(checks["wrong"]).forEach((w, i) => {
    if (typeof w["fails"] === "string" && !goals.has(w["fails"])) {
      issues.push({ path: ["checks", "wrong", i, "fails"], message: `no goal has the id "${w["fails"]}"` });
    }
  });
  const world = (doc["world"] ?? {}) as Record<string, unknown>;
  const hosts = new Set(["lab", ...list(world["hosts"]).map((h) => h["name"])]);
  const boot = typeof world["boot"] === "string" ? world["boot"] : "";
  list(doc["goals"]).forEach((g, i) => {
    list(g["checks"]).forEach((c, j) => {
      const from = c["from"];
      if (typeof from === "string" && !/^[\d.]+$/.test(from) && !hosts.has(from) && !boot.includes(from)) {
        issues.push({ path: ["goals", i, "checks", j, "from"], message: `"${from}" is not a host of this world (hosts: ${[...hosts].join(", ")})` });
      }
    });
  });
  return issues;
}

export const PackSchema = z
  .object({
    id,
    title: z.string().min(1),
    summary: z.string().min(1),
    /** Scenario ids, in the order a learner should take them; each is <id>.yaml beside pack.yaml. */
    scenarios: z.array(id).min(1),
  })
  .strict();

export type Scenario = z.output<typeof ScenarioSchema>;
export type Goal = z.output<typeof GoalSchema>;
export type Hint = z.output<typeof HintSchema>;
export type Check = z.output<typeof CheckSchema>;
export type WorldDef = z.output<typeof WorldDefSchema>;
export type Pack = z.output<typeof PackSchema>;
