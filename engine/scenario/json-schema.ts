/** The JSON Schemas editors use for pack.yaml and scenario files, generated from the zod schemas. */
import { z } from "zod";
import { PackSchema, ScenarioSchema } from "./schema.js";

export function scenarioJsonSchemas(): { "scenario.schema.json": string; "pack.schema.json": string } {
  const render = (schema: z.ZodType, title: string): string =>
    JSON.stringify({ title, ...z.toJSONSchema(schema, { io: "input", unrepresentable: "any" }) }, null, 2) + "\n";
  return {
    "scenario.schema.json": render(ScenarioSchema, "nflab scenario"),
    "pack.schema.json": render(PackSchema, "nflab scenario pack"),
  };
}
